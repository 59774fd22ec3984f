// vaultlint stats: counts, components and rankings for a vault's graph.
#include <memory>

#include "cli/command.hpp"
#include "cli/vault_session.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint::cli {

std::function<int()> setup_stats(CLI::App& command) {
  struct Args {
    VaultOptions vault;
    std::string format = "text";
    std::string output;
  };
  auto args = std::make_shared<Args>();
  add_vault_options(command, args->vault);
  command.add_option("-f,--format", args->format, "text or json (default: text)")
      ->check(CLI::IsMember({"text", "json"}));
  command.add_option("-o,--output", args->output, "Write to FILE instead of standard output");
  command.footer(
      "Examples:\n"
      "  vaultlint stats ~/notes\n"
      "  vaultlint stats --format json -o stats.json .   (counts, components, PageRank; docs/graph.md)");
  return [args] {
    Config config;
    Vault vault;
    if (!open_vault(args->vault, &config, &vault)) return kExitUsage;
    OutputTarget output;
    if (!output.open(args->output)) return kExitUsage;
    const auto stats = graph_stats(vault);
    if (args->format == "json") {
      write_stats_json(output.stream(), vault, stats);
    } else {
      write_stats_text(output.stream(), vault, stats);
    }
    return output.finish() ? kExitClean : kExitUsage;
  };
}

}  // namespace vaultlint::cli
