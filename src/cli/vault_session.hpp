#pragma once
/// What every vault-reading subcommand does first: find the config, load
/// it, read the vault. Errors are printed and mapped to exit code 2.

#include <CLI/CLI.hpp>

#include <fstream>
#include <memory>
#include <string>

#include "vaultlint/config.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint::cli {

struct VaultOptions {
  std::string vault = ".";
  std::string config_file;
  unsigned jobs = 0;
};

/// Adds the VAULT argument and --config / --jobs to `command`.
void add_vault_options(CLI::App& command, VaultOptions& options);

/// Loads the config: --config, else VAULT/.vaultlint.yaml when present, else
/// the defaults. Prints "vaultlint: ..." to stderr and returns false on failure.
bool load_session_config(const VaultOptions& options, Config* config);

/// Loads the config (as load_session_config) and the vault.
/// Prints "vaultlint: ..." to stderr and returns false on failure.
bool open_vault(const VaultOptions& options, Config* config, Vault* vault);

/// Writes to --output FILE or stdout.
class OutputTarget {
 public:
  /// Returns false (and prints why) when the file cannot be created.
  bool open(const std::string& path);
  std::ostream& stream();
  bool is_stdout() const { return !file_; }
  /// Flushes; false (and prints why) on a write error.
  bool finish();

 private:
  std::unique_ptr<std::ofstream> file_;
  std::string path_;
};

}  // namespace vaultlint::cli
