#include "cli/vault_session.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "io/atomic_file.hpp"
#include "vaultlint/check.hpp"
#include "vaultlint/incremental.hpp"

namespace vaultlint::cli {
namespace {

void add_config_and_jobs_options(CLI::App& command, VaultOptions& options) {
  command.add_option("-c,--config", options.config_file,
                     "Config file (default: VAULT/.vaultlint.yaml when present)");
  command.add_option("-j,--jobs", options.jobs, "Parallel readers (default: one per core)");
}

}  // namespace

void add_vault_options(CLI::App& command, VaultOptions& options) {
  command.add_option("vault", options.vault, "Vault folder (default: the current folder)");
  add_reading_options(command, options);
}

void add_cache_dir_vault_options(CLI::App& command, VaultOptions& options) {
  command.add_option("vault", options.vault, "Vault folder (default: the current folder)");
  add_config_and_jobs_options(command, options);
  command.add_option("--cache-dir", options.cache_dir,
                     "Keep the incremental cache in DIR (default: $XDG_CACHE_HOME/vaultlint)");
}

void add_uncached_vault_options(CLI::App& command, VaultOptions& options) {
  command.add_option("vault", options.vault, "Vault folder (default: the current folder)");
  add_config_and_jobs_options(command, options);
}

void add_reading_options(CLI::App& command, VaultOptions& options) {
  add_config_and_jobs_options(command, options);
  command.add_option("--cache-dir", options.cache_dir,
                     "Keep the incremental cache in DIR (default: $XDG_CACHE_HOME/vaultlint)");
  command.add_flag("--no-cache", options.no_cache,
                   "Read every note afresh; neither use nor write the cache");
}

bool load_session_config(const VaultOptions& options, Config* config) {
  std::filesystem::path file = options.config_file;
  if (file.empty()) {
    const auto default_file = std::filesystem::path(options.vault) / kConfigFileName;
    std::error_code ec;
    if (std::filesystem::exists(default_file, ec)) file = default_file;
  }
  std::string error;
  if (!file.empty() && !load_config(file, config, &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return false;
  }
  return true;
}

bool check_whole_vault(const VaultOptions& options, const Config& config, Vault* vault,
                       std::vector<Diagnostic>* diagnostics) {
  if (!read_vault(options, config, vault)) return false;
  *diagnostics = check_vault(*vault, config, nullptr, options.jobs);
  // A cache folder that could not take the note cache (already reported)
  // will not take the snapshot either.
  std::string error;
  if (!options.no_cache && vault->cache_error.empty() &&
      !save_check_snapshot(snapshot_file_for(cache_file_for(options.vault, options.cache_dir)), *vault,
                           config, *diagnostics, &error)) {
    // The answers are complete without it; only the next run is slower.
    std::cerr << "vaultlint: warning: incremental snapshot not saved: " << error << '\n';
  }
  return true;
}

bool open_vault(const VaultOptions& options, Config* config, Vault* vault) {
  return load_session_config(options, config) && read_vault(options, *config, vault);
}

bool read_vault(const VaultOptions& options, const Config& config, Vault* vault) {
  std::string error;
  LoadOptions load;
  load.threads = options.jobs;
  if (!options.no_cache) load.cache_file = cache_file_for(options.vault, options.cache_dir);
  if (!load_vault(options.vault, config, load, vault, &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return false;
  }
  if (!vault->cache_error.empty()) {
    // The answers are complete without the cache; only the next run is slower.
    std::cerr << "vaultlint: warning: cache not saved: " << vault->cache_error << '\n';
  }
  return true;
}

bool OutputTarget::open(const std::string& path) {
  if (path.empty() || path == "-") return true;
  // Streamed into a temporary file and renamed on finish: a reader of the
  // file (or a failed run) never sees half a report, and a large export is
  // never held in memory whole.
  file_ = std::make_unique<AtomicFileWriter>();
  std::string error;
  if (!file_->open(path, &error)) {
    std::cerr << "vaultlint: cannot write " << error << '\n';
    return false;
  }
  return true;
}

std::ostream& OutputTarget::stream() { return file_ ? file_->stream() : std::cout; }

bool OutputTarget::finish() {
  if (file_) {
    std::string error;
    if (!file_->commit(&error)) {
      std::cerr << "vaultlint: cannot write " << error << '\n';
      return false;
    }
    return true;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "vaultlint: error writing standard output\n";
    return false;
  }
  return true;
}

}  // namespace vaultlint::cli
