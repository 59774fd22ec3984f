#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <unordered_set>

#include "cli/check_targets.hpp"
#include "cli/command.hpp"
#include "cli/vault_session.hpp"
#include "vaultlint/baseline.hpp"
#include "vaultlint/changes.hpp"
#include "vaultlint/check.hpp"
#include "vaultlint/incremental.hpp"
#include "vaultlint/report.hpp"

namespace vaultlint::cli {
namespace {

/// Everything a reporter may need about one run.
struct ReportInput {
  const std::vector<Diagnostic>& diagnostics;
  const ReportSummary& summary;
  const std::vector<std::string>& notes;  ///< every note's vault-relative path
  bool color;
  const std::string& graph_page;  ///< html: where notes link to
};

/// The output formats of `check`: adding one is a reporter and a row here.
struct OutputFormat {
  const char* name;
  const char* help;
  void (*write)(std::ostream& out, const ReportInput& input);
};

constexpr std::array kFormats = {
    OutputFormat{"text", "gcc-style lines and a summary, for people",
                 [](std::ostream& out, const ReportInput& in) {
                   write_text_report(out, in.diagnostics, in.summary, in.color);
                 }},
    OutputFormat{"json", "the document of docs/json-output.md",
                 [](std::ostream& out, const ReportInput& in) {
                   write_json_report(out, in.diagnostics, in.summary);
                 }},
    OutputFormat{"sarif", "SARIF 2.1.0, for code-scanning services",
                 [](std::ostream& out, const ReportInput& in) {
                   write_sarif_report(out, in.diagnostics);
                 }},
    OutputFormat{"github", "GitHub Actions annotations (::error ...)",
                 [](std::ostream& out, const ReportInput& in) {
                   write_github_report(out, in.diagnostics);
                 }},
    OutputFormat{"junit", "JUnit XML: a test case per note, a failure per finding",
                 [](std::ostream& out, const ReportInput& in) {
                   write_junit_report(out, in.diagnostics, in.notes);
                 }},
    OutputFormat{"html", "one HTML page: counts, a chart, findings by rule and by file",
                 [](std::ostream& out, const ReportInput& in) {
                   write_html_report(out, in.diagnostics, in.summary, in.graph_page);
                 }},
};

const OutputFormat* find_format(const std::string& name) {
  for (const auto& format : kFormats) {
    if (name == format.name) return &format;
  }
  return nullptr;
}

struct CheckOptions {
  VaultOptions vault;
  std::vector<std::string> paths;
  bool staged = false;
  std::string baseline;
  std::string write_baseline;
  std::vector<std::string> formats;
  std::vector<std::string> outputs;
  std::string color = "auto";
  std::optional<std::size_t> max_warnings;
  bool quiet = false;
  std::string graph_page = "graph.html";
};

/// Writes one report; false (already printed) on an I/O error.
bool write_report(const OutputFormat& format, const std::string& path, const CheckOptions& options,
                  const std::vector<Diagnostic>& diagnostics, const ReportSummary& summary,
                  const std::vector<std::string>& notes) {
  OutputTarget output;
  if (!output.open(path)) return false;
  const bool color = options.color == "always" ||
                     (options.color == "auto" && output.is_stdout() && isatty(STDOUT_FILENO) &&
                      std::getenv("NO_COLOR") == nullptr);
  format.write(output.stream(), ReportInput{diagnostics, summary, notes, color, options.graph_page});
  return output.finish();
}

/// The named notes that are notes of the vault; the others are reported
/// and left out.
std::vector<std::string> named_notes(const CheckTargets& targets,
                                     const std::vector<std::string>& notes) {
  std::vector<std::string> named;
  const std::unordered_set<std::string> known(notes.begin(), notes.end());
  for (std::size_t i = 0; i < targets.files.size(); ++i) {
    if (known.contains(targets.files[i])) {
      named.push_back(targets.files[i]);
    } else {
      std::cerr << "vaultlint: " << targets.inputs[i]
                << " is not a note of the vault (not .md, hidden or ignored); not checked\n";
    }
  }
  return named;
}

/// A check's findings before any narrowing: from the incremental check when
/// the snapshot can answer, else from reading the whole vault (which then
/// leaves a new snapshot).
struct CheckFindings {
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> notes;  ///< every note's path
  /// Set when the vault was read whole: what narrowing to a change needs.
  std::optional<Vault> vault;
  /// Set by the incremental check instead: see finding_targets().
  std::vector<std::vector<std::string>> targets;
};

/// Fills *found for the vault of `vault_options`. Staged removals need the
/// whole vault (they are matched against every broken reference), so they
/// turn the incremental check off. False (already printed) on an error.
bool find_findings(const VaultOptions& vault_options, const Config& config,
                   const std::vector<RemovedFile>& removed, CheckFindings* found) {
  const auto cache_file =
      vault_options.no_cache ? std::filesystem::path()
                             : cache_file_for(vault_options.vault, vault_options.cache_dir);
  IncrementalCheck quick;
  if (!cache_file.empty() && removed.empty() &&
      check_incrementally(vault_options.vault, config, snapshot_file_for(cache_file),
                          vault_options.jobs, &quick)) {
    found->diagnostics = std::move(quick.diagnostics);
    found->notes = std::move(quick.notes);
    found->targets = std::move(quick.targets);
    return true;
  }
  Vault& vault = found->vault.emplace();
  if (!check_whole_vault(vault_options, config, &vault, &found->diagnostics)) return false;
  found->notes.reserve(vault.notes.size());
  for (const auto& note : vault.notes) found->notes.push_back(note.path);
  return true;
}

/// Keeps the findings the change is to blame for; *notes becomes the named notes.
void narrow_to_change(const CheckTargets& targets, const std::vector<RemovedFile>& removed,
                      CheckFindings* found) {
  ChangeSet change;
  change.files = named_notes(targets, found->notes);
  change.removed = removed;
  found->diagnostics = found->vault
                           ? findings_for_change(*found->vault, found->diagnostics, change)
                           : findings_for_change(found->diagnostics, found->targets, change.files, {});
  found->notes = change.files;
}

/// Hides the findings recorded in the baseline FILE. False (already
/// printed) when it cannot be read.
bool apply_baseline(const std::string& file, bool change, std::vector<Diagnostic>* diagnostics) {
  Baseline baseline;
  std::string error;
  if (!load_baseline(file, &baseline, &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return false;
  }
  BaselineMatch match = match_baseline(baseline, *diagnostics);
  *diagnostics = std::move(match.fresh);
  // A check of a change sees a few notes, so most entries are naturally unmatched.
  if (match.stale > 0 && !change) {
    std::cerr << "vaultlint: " << file << ": " << match.stale << " recorded finding"
              << (match.stale == 1 ? "" : "s")
              << " no longer found; --write-baseline records the vault as it is now\n";
  }
  return true;
}

int record_baseline(const std::string& file, const std::vector<Diagnostic>& diagnostics) {
  std::string error;
  if (!save_baseline(file, make_baseline(diagnostics), &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return kExitUsage;
  }
  std::cerr << "vaultlint: recorded " << diagnostics.size() << " finding"
            << (diagnostics.size() == 1 ? "" : "s") << " in " << file << '\n';
  return kExitClean;
}

int exit_status(const ReportSummary& found, const std::optional<std::size_t>& max_warnings) {
  if (found.errors > 0) return kExitFindings;
  if (max_warnings && found.warnings > *max_warnings) {
    std::cerr << "vaultlint: " << found.warnings << " warnings, more than --max-warnings "
              << *max_warnings << '\n';
    return kExitFindings;
  }
  return kExitClean;
}

int run_check(const CheckOptions& options) {
  std::vector<std::string> formats = options.formats;
  if (formats.empty()) formats.push_back("text");
  if (options.outputs.size() > formats.size()) {
    std::cerr << "vaultlint: more --output than --format; each --output goes with the --format "
                 "in the same position\n";
    return kExitUsage;
  }
  CheckTargets targets;
  if (!resolve_check_targets(options.paths, options.staged, &targets)) return kExitUsage;
  if (targets.change && !options.write_baseline.empty()) {
    std::cerr << "vaultlint: --write-baseline records a whole vault: name no file and no --staged\n";
    return kExitUsage;
  }
  VaultOptions vault_options = options.vault;
  vault_options.vault = targets.vault;
  Config config;
  if (!load_session_config(vault_options, &config)) return kExitUsage;
  std::vector<RemovedFile> removed;
  if (std::string error; options.staged && !staged_removals(targets.vault, config, &removed, &error)) {
    std::cerr << "vaultlint: --staged: " << error << '\n';
    return kExitUsage;
  }
  CheckFindings& result = kept_until_exit<CheckFindings>();
  if (!find_findings(vault_options, config, removed, &result)) return kExitUsage;
  auto& diagnostics = result.diagnostics;
  if (!options.write_baseline.empty()) return record_baseline(options.write_baseline, diagnostics);
  if (targets.change) narrow_to_change(targets, removed, &result);
  const std::vector<std::string>& notes = result.notes;
  if (!options.baseline.empty() && !apply_baseline(options.baseline, targets.change, &diagnostics)) {
    return kExitUsage;
  }
  const ReportSummary found = summarize(diagnostics, notes.size());
  if (options.quiet) {
    std::erase_if(diagnostics, [](const Diagnostic& d) { return d.severity != Severity::error; });
  }
  const auto summary = summarize(diagnostics, notes.size());
  for (std::size_t i = 0; i < formats.size(); ++i) {
    const std::string path = i < options.outputs.size() ? options.outputs[i] : std::string();
    if (!write_report(*find_format(formats[i]), path, options, diagnostics, summary, notes)) {
      return kExitUsage;
    }
  }
  return exit_status(found, options.max_warnings);
}

}  // namespace

std::function<int()> setup_check(CLI::App& command) {
  auto options = std::make_shared<CheckOptions>();
  command.add_option("path", options->paths,
                     "The vault folder (default: the current folder), and/or notes of it to "
                     "check as a change");
  add_reading_options(command, options->vault);
  command.add_flag("--staged", options->staged,
                   "Check a change: the named notes, and what git's staged deletions and renames "
                   "break elsewhere (for pre-commit)");
  auto* baseline = command.add_option("--baseline", options->baseline,
                                      "Report only findings not recorded in this baseline file");
  command.add_option("--write-baseline", options->write_baseline,
                     "Record every finding in this baseline file and exit 0, reporting nothing")
      ->excludes(baseline);
  std::vector<std::string> names;
  std::string help = "Output format (repeatable):";
  for (const auto& format : kFormats) {
    names.emplace_back(format.name);
    help += std::string("\n  ") + format.name + ": " + format.help;
  }
  command.add_option("-f,--format", options->formats, help)->check(CLI::IsMember(names))->allow_extra_args(false);
  command.add_option("--color", options->color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command.add_option("-o,--output", options->outputs,
                     "Write the report of the --format in the same position to FILE ('-': "
                     "stdout, the default)")
      ->allow_extra_args(false);
  command.add_option("--max-warnings", options->max_warnings,
                     "Exit 1 when there are more than N warnings (counted before --quiet)")
      ->check(CLI::NonNegativeNumber);
  command.add_flag("-q,--quiet", options->quiet, "Report errors only");
  command.add_option("--graph-page", options->graph_page,
                     "html: link each note to this page of `graph --format html` (default: "
                     "graph.html beside the report; '' for no links)");
  command.footer(
      "Examples:\n  vaultlint check ~/notes\n  vaultlint check --format json -o report.json .\n"
      "  vaultlint check --format text --format sarif -o - -o report.sarif .\n"
      "  vaultlint check --format html -o report.html . && vaultlint graph --format html -o "
      "graph.html .\n"
      "  vaultlint check notes/a.md notes/b.md       (a change: these notes, in their vault)\n"
      "  vaultlint check --staged                    (what the staged commit breaks)\n"
      "  vaultlint check --write-baseline base.json . && vaultlint check --baseline base.json .\n\n"
      "Exit status: 0 no error-severity finding (and no more warnings than --max-warnings), 1 "
      "findings with errors or too many warnings, 2 usage, config or I/O error.");
  return [options] { return run_check(*options); };
}

}  // namespace vaultlint::cli
