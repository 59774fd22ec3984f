// vaultlint path A B: the shortest chain of references from one note to
// another, each hop with its kind and where it is written.
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "cli/vault_session.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint::cli {

std::function<int()> setup_path(CLI::App& command) {
  struct Args {
    std::string from;
    std::string to;
    VaultOptions vault;
  };
  auto args = std::make_shared<Args>();
  command.add_option("from", args->from, "Start note (path, id, stem or alias)")->required();
  command.add_option("to", args->to, "End note (path, id, stem or alias)")->required();
  command.footer(
      "Examples:\n"
      "  vaultlint path concept-spaced-repetition \"Hermann Ebbinghaus\" ~/notes\n"
      "  vaultlint path a b .   (exit 1 when no chain of links joins them)");
  add_vault_options(command, args->vault);
  return [args] {
    Config config;
    Vault vault;
    if (!open_vault(args->vault, &config, &vault)) return kExitUsage;
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    std::string error;
    if (!find_note(vault, args->from, &from, &error) || !find_note(vault, args->to, &to, &error)) {
      std::cerr << "vaultlint: " << error << '\n';
      return kExitUsage;
    }
    const auto& a = vault.notes[from].path;
    const auto& b = vault.notes[to].path;
    auto hops = [](std::size_t n) { return n == 1 ? std::string("1 hop") : std::to_string(n) + " hops"; };
    auto path = shortest_path(vault, from, to, false);
    if (!path) {
      path = shortest_path(vault, from, to, true);
      if (!path) {
        std::cerr << "vaultlint: no path between " << a << " and " << b
                  << ", even ignoring link direction\n";
        return kExitFindings;
      }
      std::cout << "no directed path from " << a << " to " << b
                << "; shortest path ignoring direction (" << hops(path->size()) << "):\n";
    } else {
      std::cout << "path from " << a << " to " << b << " (" << hops(path->size()) << "):\n";
    }
    std::cout << a << '\n';
    for (const auto& hop : *path) {
      const auto& e = hop.edge;
      const auto& next = vault.notes[hop.reversed ? e.source : e.target].path;
      std::cout << "  " << (hop.reversed ? "<-" : "->") << ' ' << vault.graph.kind_names[e.kind]
                << " at " << vault.notes[e.source].path << ':' << e.pos.line << ':'
                << e.pos.column << '\n'
                << next << '\n';
    }
    return kExitClean;
  };
}

}  // namespace vaultlint::cli
