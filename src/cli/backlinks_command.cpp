// vaultlint backlinks NOTE: every resolved reference into one note.
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "cli/vault_session.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint::cli {

std::function<int()> setup_backlinks(CLI::App& command) {
  struct Args {
    std::string note;
    VaultOptions vault;
  };
  auto args = std::make_shared<Args>();
  command.add_option("note", args->note, "The note (path, id, stem or alias)")->required();
  command.footer(
      "Examples:\n"
      "  vaultlint backlinks \"Spaced Repetition\" ~/notes\n"
      "  vaultlint backlinks concepts/entropy.md .");
  add_vault_options(command, args->vault);
  return [args] {
    Config config;
    Vault vault;
    if (!open_vault(args->vault, &config, &vault)) return kExitUsage;
    std::uint32_t note = 0;
    std::string error;
    if (!find_note(vault, args->note, &note, &error)) {
      std::cerr << "vaultlint: " << error << '\n';
      return kExitUsage;
    }
    for (const auto& e : backlinks(vault, note)) {
      std::cout << vault.notes[e.source].path << ':' << e.pos.line << ':' << e.pos.column << ": "
                << vault.graph.kind_names[e.kind] << '\n';
    }
    return kExitClean;
  };
}

}  // namespace vaultlint::cli
