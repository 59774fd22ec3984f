// vaultlint graph: export the concept graph, or a filtered part of it.
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/command.hpp"
#include "cli/vault_session.hpp"
#include "io/atomic_file.hpp"
#include "vaultlint/check.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint::cli {
namespace {

struct GraphArgs {
  VaultOptions vault;
  std::string format = "dot";
  std::string output;
  std::string cluster;
  bool include_missing = false;
  std::string direction = "both";
  GraphFilter filter;
  std::string from;
};

/// A format of several files: each written atomically into `directory`,
/// which is created when missing.
bool write_directory(const GraphFormat& format, const std::string& directory, const Vault& vault,
                     const GraphSelection& selection, const ExportOptions& options) {
  if (directory.empty() || directory == "-") {
    std::cerr << "vaultlint: --format " << format.name
              << " writes several files; name a directory with -o DIR\n";
    return false;
  }
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  if (ec) {
    std::cerr << "vaultlint: cannot create " << directory << ": " << ec.message() << '\n';
    return false;
  }
  for (const auto& file : format.files) {
    AtomicFileWriter writer;
    std::string error;
    const bool written = writer.open(std::filesystem::path(directory) / file.name, &error) &&
                         (file.write(writer.stream(), vault, selection, options), true) &&
                         writer.commit(&error);
    if (!written) {
      std::cerr << "vaultlint: cannot write " << error << '\n';
      return false;
    }
  }
  return true;
}

int run_graph(GraphArgs& args) {
  Config config;
  Vault& vault = kept_until_exit<Vault>();
  if (!open_vault(args.vault, &config, &vault)) return kExitUsage;
  if (!args.from.empty()) args.filter.from = args.from;
  args.filter.direction = args.direction == "out" ? Direction::out
                          : args.direction == "in" ? Direction::in
                                                   : Direction::both;
  GraphSelection selection;
  std::string error;
  if (!select_graph(vault, args.filter, &selection, &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return kExitUsage;
  }
  const GraphFormat& format = *find_graph_format(args.format);
  ExportOptions options;
  options.cluster = args.cluster;
  options.include_missing = args.include_missing;
  if (format.page) {
    options.findings = check_vault(vault, config, nullptr, args.vault.jobs);
    options.front_matter = read_front_matter_texts(vault, selection.notes);
  }
  if (!format.files.empty()) {
    return write_directory(format, args.output, vault, selection, options) ? kExitClean
                                                                          : kExitUsage;
  }
  OutputTarget output;
  if (!output.open(args.output)) return kExitUsage;
  format.write(output.stream(), vault, selection, options);
  return output.finish() ? kExitClean : kExitUsage;
}

}  // namespace

std::function<int()> setup_graph(CLI::App& command) {
  auto args = std::make_shared<GraphArgs>();
  add_vault_options(command, args->vault);
  std::vector<std::string> formats;
  std::string help = "Output format (default: dot):";
  for (const auto& format : graph_formats()) {
    formats.emplace_back(format.name);
    help += "\n  " + std::string(format.name) + ": " + std::string(format.help);
  }
  command.add_option("-f,--format", args->format, help)->check(CLI::IsMember(formats));
  command.add_option("-o,--output", args->output,
                     "Write to FILE instead of standard output (neo4j: into directory DIR)");
  command.add_option("--cluster", args->cluster, "DOT: group nodes by type or folder")
      ->check(CLI::IsMember({"type", "folder"}));
  command.add_flag("--include-missing", args->include_missing,
                   "DOT: show unresolved link targets as dashed nodes");
  command.add_option("--type", args->filter.types, "Keep notes of this type (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--tag", args->filter.tags, "Keep notes with this tag (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--edge-kinds", args->filter.edge_kinds,
                     "Keep edges of these kinds, comma-separated (e.g. wikilink,related)")
      ->delimiter(',')
      ->allow_extra_args(false);
  command.add_option("--exclude-glob", args->filter.exclude_globs,
                     "Drop notes whose path matches this glob (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--from", args->from, "Keep only notes near NOTE (path, id, stem or alias)");
  command.add_option("--depth", args->filter.depth, "Hops from --from (default: 1)")
      ->check(CLI::NonNegativeNumber);
  command.add_option("--direction", args->direction,
                     "Follow edges out of, into or both ways from --from (default: both)")
      ->check(CLI::IsMember({"out", "in", "both"}));
  command.footer(
      "Examples:\n  vaultlint graph ~/notes | dot -Tsvg > vault.svg\n"
      "  vaultlint graph --format json -o graph.json .\n"
      "  vaultlint graph --format html -o graph.html .   (open it in a browser)\n"
      "  vaultlint graph --from concept-x --depth 2 --edge-kinds related,challenges .\n"
      "  vaultlint graph --format neo4j -o import/ .   (then neo4j-admin database import, see "
      "docs/graph.md)");
  return [args] { return run_graph(*args); };
}

}  // namespace vaultlint::cli
