#pragma once
/// What every vault-reading subcommand does first: find the config, load
/// it, read the vault. Errors are printed and mapped to exit code 2.

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "io/atomic_file.hpp"
#include "vaultlint/config.hpp"
#include "vaultlint/diagnostic.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint::cli {

struct VaultOptions {
  std::string vault = ".";
  std::string config_file;
  unsigned jobs = 0;
  std::string cache_dir;  ///< "" : default_cache_file()'s folder
  bool no_cache = false;
};

/// Adds the VAULT argument and --config / --jobs / --cache-dir / --no-cache.
void add_vault_options(CLI::App& command, VaultOptions& options);
/// Adds --config / --jobs / --cache-dir / --no-cache (for commands with
/// their own arguments).
void add_reading_options(CLI::App& command, VaultOptions& options);
/// Adds the VAULT argument, --config, --jobs and --cache-dir: for commands
/// that cannot work without the cache.
void add_cache_dir_vault_options(CLI::App& command, VaultOptions& options);
/// Adds the VAULT argument, --config and --jobs: for commands that need
/// what the cache does not keep (the front matter's values).
void add_uncached_vault_options(CLI::App& command, VaultOptions& options);

/// Loads the config: --config, else VAULT/.vaultlint.yaml when present, else
/// the defaults. Prints "vaultlint: ..." to stderr and returns false on failure.
bool load_session_config(const VaultOptions& options, Config* config);

/// Reads the vault with a config already loaded.
/// Prints "vaultlint: ..." to stderr and returns false on failure.
bool read_vault(const VaultOptions& options, const Config& config, Vault* vault);

/// Reads the whole vault, checks it, and (with the cache) leaves the
/// snapshot the next incremental check answers from. Prints
/// "vaultlint: ..." to stderr and returns false on failure.
bool check_whole_vault(const VaultOptions& options, const Config& config, Vault* vault,
                       std::vector<Diagnostic>* diagnostics);

/// A T that lives until the process ends and is never freed, for what a
/// one-shot command reads: freeing a 100k-note vault string by string took
/// 0.04 s of one core after the report was out, for nothing the OS would not
/// do at exit. It stays reachable from a static, so leak checkers do not
/// count it. Not for `watch`, which reads the vault again and again.
template <typename T>
T& kept_until_exit() {
  static T* const kept = new T();
  return *kept;
}

/// Loads the config (as load_session_config) and the vault.
/// Prints "vaultlint: ..." to stderr and returns false on failure.
bool open_vault(const VaultOptions& options, Config* config, Vault* vault);

/// Writes to --output FILE (replaced atomically when finished) or stdout.
class OutputTarget {
 public:
  /// `path` empty or "-" means standard output.
  bool open(const std::string& path);
  std::ostream& stream();
  bool is_stdout() const { return !file_; }
  /// Writes the file or flushes stdout; false (and prints why) on an error.
  bool finish();

 private:
  std::unique_ptr<AtomicFileWriter> file_;
};

}  // namespace vaultlint::cli
