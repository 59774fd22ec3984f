// The command line: parse arguments and hand over to a subcommand. Nothing
// here knows how a vault is read or checked.
#include <CLI/CLI.hpp>

#include <array>
#include <iostream>
#include <vector>

#include "cli/command.hpp"
#include "vaultlint/version.hpp"

using namespace vaultlint::cli;

namespace {

constexpr std::array kCommands = {
    Command{"init", "Write a starting .vaultlint.yaml guessed from the vault's notes", setup_init},
    Command{"check", "Check every note of a vault; exit 1 on errors", setup_check},
    Command{"watch", "Check a vault, then again whenever one of its files changes", setup_watch},
    Command{"rules", "List every rule with its default severity and summary", setup_rules},
    Command{"explain", "Print a rule's page: what it checks, why, examples, configuration", setup_explain},
    Command{"graph", "Export the concept graph: DOT, JSON, GraphML, Neo4j CSV or an HTML page", setup_graph},
    Command{"stats", "Count notes, edges and components; rank notes", setup_stats},
    Command{"path", "Show the shortest chain of links from note A to note B", setup_path},
    Command{"backlinks", "List every reference into a note", setup_backlinks},
    Command{"schema", "Note schemas: `schema infer` writes a starting schema per type", setup_schema},
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"vaultlint: lint a Markdown knowledge vault and build its concept graph"};
  app.set_version_flag("--version", std::string("vaultlint ") + vaultlint::kVersion);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  vaultlint init ~/notes          # a starting .vaultlint.yaml\n"
      "  vaultlint check ~/notes         # every finding; exit 1 on errors\n"
      "  vaultlint explain broken-link   # what a rule checks and how to fix it\n"
      "  vaultlint COMMAND --help        # each command's options and examples\n\n"
      "Docs: docs/ in the source tree; `man vaultlint` once installed.");

  std::vector<std::pair<CLI::App*, std::function<int()>>> runners;
  for (const auto& command : kCommands) {
    CLI::App* sub = app.add_subcommand(command.name, command.help);
    runners.emplace_back(sub, command.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitClean : kExitUsage;
  }
  try {
    for (auto& [sub, run] : runners) {
      if (sub->parsed()) return run();
    }
  } catch (const std::exception& e) {
    std::cerr << "vaultlint: internal error: " << e.what() << '\n';
  }
  return kExitUsage;
}
