// `vaultlint watch`: a check, then another each time a file of the vault
// changes (docs/watch.md). The watcher says which files were touched, so a
// re-check after an edit stats and reads those alone, not every note.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <ctime>
#include <iostream>
#include <memory>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/vault_session.hpp"
#include "vaultlint/check.hpp"
#include "vaultlint/incremental.hpp"
#include "vaultlint/report.hpp"
#include "watch/vault_watcher.hpp"

namespace vaultlint::cli {
namespace {

std::atomic<bool> stop_requested{false};

extern "C" void request_stop(int) { stop_requested = true; }

struct WatchOptions {
  VaultOptions vault;
  std::string format = "text";
  std::string color = "auto";
  unsigned debounce_ms = 50;
  std::size_t max_runs = 0;  ///< 0: until interrupted
};

/// One run's answer and how it was reached.
struct WatchRun {
  std::vector<Diagnostic> diagnostics;
  std::size_t notes = 0;
  std::string how;
};

/// The findings now. From the snapshot and the touched files alone when the
/// watcher vouches for the listing; else from the snapshot and a walk; else
/// from the whole vault, which writes a new snapshot (and then *touched,
/// the files touched since the snapshot, starts again). `memo` keeps the
/// decoded snapshot from one run to the next. False (already printed) when
/// the vault cannot be read.
bool answer(const VaultOptions& options, const Config& config, bool walk,
            std::set<std::string>* touched, SnapshotMemo* memo, WatchRun* run) {
  const auto snapshot = snapshot_file_for(cache_file_for(options.vault, options.cache_dir));
  IncrementalCheck quick;
  const std::vector<std::string> paths(touched->begin(), touched->end());
  if (!walk && check_incrementally(options.vault, config, snapshot, options.jobs, &quick, &paths, memo)) {
    run->how = fmt::format("{} touched file{}, {} note{} re-read", paths.size(),
                           paths.size() == 1 ? "" : "s", quick.notes_read, quick.notes_read == 1 ? "" : "s");
  } else if (check_incrementally(options.vault, config, snapshot, options.jobs, &quick, nullptr, memo)) {
    run->how = fmt::format("every file stat-ed, {} note{} re-read", quick.notes_read,
                           quick.notes_read == 1 ? "" : "s");
  } else {
    Vault vault;
    if (!check_whole_vault(options, config, &vault, &run->diagnostics)) return false;
    run->notes = vault.notes.size();
    run->how = "whole vault read";
    touched->clear();
    return true;
  }
  // Notes that changed before the watch began are found by the walk, not
  // told: from now on they count as touched, or the next told run would
  // take the snapshot's word for them.
  touched->insert(quick.read_paths.begin(), quick.read_paths.end());
  run->diagnostics = std::move(quick.diagnostics);
  run->notes = quick.notes.size();
  return true;
}

std::string clock_time() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return fmt::format("{:02}:{:02}:{:02}", local.tm_hour, local.tm_min, local.tm_sec);
}

/// The config file `load_session_config` reads, or would once it exists.
std::filesystem::path config_file_of(const VaultOptions& options) {
  return options.config_file.empty() ? std::filesystem::path(options.vault) / kConfigFileName
                                     : std::filesystem::path(options.config_file);
}

int run_watch(const WatchOptions& options) {
  Config config;
  if (!load_session_config(options.vault, &config)) return kExitUsage;
  auto watcher = std::make_unique<VaultWatcher>();
  std::string error;
  if (!watcher->start(options.vault.vault, config.ignore, config_file_of(options.vault), &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return kExitUsage;
  }
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  const bool color = options.color == "always" ||
                     (options.color == "auto" && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr);
  std::set<std::string> touched;
  SnapshotMemo memo;
  bool walk = true;  // the first run walks: nothing is known yet
  int status = kExitClean;
  for (std::size_t runs = 1;; ++runs) {
    const auto start = std::chrono::steady_clock::now();
    WatchRun run;
    if (answer(options.vault, config, walk || watcher->saw_symlink(), &touched, &memo, &run)) {
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const ReportSummary summary = summarize(run.diagnostics, run.notes);
      const std::string status_line =
          fmt::format("[{}] checked in {:.3f} s ({}); watching for changes\n", clock_time(), seconds, run.how);
      if (options.format == "json") {
        // One report a line, so that a reader can take each line as it comes.
        write_json_report(std::cout, run.diagnostics, summary, /*one_line=*/true);
        std::cout << std::flush;
        std::cerr << status_line << std::flush;
      } else {
        write_text_report(std::cout, run.diagnostics, summary, color);
        std::cout << status_line << std::flush;
      }
      status = summary.errors > 0 ? kExitFindings : kExitClean;
    } else {
      status = kExitUsage;
      std::error_code error_code;
      if (!std::filesystem::is_directory(options.vault.vault, error_code)) return status;  // nothing left to watch
    }
    if (options.max_runs != 0 && runs >= options.max_runs) return status;
    const auto changes = watcher->wait(std::chrono::milliseconds(options.debounce_ms), stop_requested);
    if (!changes) return status;
    walk = changes->listing_changed;
    touched.insert(changes->paths.begin(), changes->paths.end());
    if (changes->config_touched || std::any_of(changes->paths.begin(), changes->paths.end(), [](const auto& p) {
          return p.size() < 3 || p.compare(p.size() - 3, 3, ".md") != 0;
        })) {
      // The config, or a file it may name (a schema), changed: read it
      // again. Its ignore globs decide what is watched, so the watch too.
      Config reloaded;
      if (!load_session_config(options.vault, &reloaded)) continue;  // reported; keep the last good one
      if (reloaded.ignore != config.ignore) {
        auto fresh = std::make_unique<VaultWatcher>();
        if (!fresh->start(options.vault.vault, reloaded.ignore, config_file_of(options.vault), &error)) {
          std::cerr << "vaultlint: " << error << '\n';
          return kExitUsage;
        }
        watcher = std::move(fresh);
        walk = true;
      }
      config = std::move(reloaded);
    }
  }
}

}  // namespace

std::function<int()> setup_watch(CLI::App& command) {
  auto options = std::make_shared<WatchOptions>();
  add_cache_dir_vault_options(command, options->vault);
  command.add_option("-f,--format", options->format,
                     "text: check's text report and a status line after it; json: check's JSON "
                     "document on one line per run (the status line goes to stderr)")
      ->check(CLI::IsMember({"text", "json"}));
  command.add_option("--color", options->color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command.add_option("--debounce", options->debounce_ms,
                     "Wait until no file has changed for this many milliseconds before checking "
                     "(default: 50; one save is often several events)");
  command.add_option("--max-runs", options->max_runs,
                     "Stop after this many checks, the first included (default: until interrupted)");
  command.footer(
      "Each run prints the report of `check` and a line saying how it was answered.\n"
      "Linux only (inotify). The config in use is watched too, in the vault or out of it.\n\n"
      "Exit status (after --max-runs, or when interrupted): that of the last run, as `check`.");
  return [options] { return run_watch(*options); };
}

}  // namespace vaultlint::cli
