#include "cli/vault_session.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace vaultlint::cli {

void add_vault_options(CLI::App& command, VaultOptions& options) {
  command.add_option("vault", options.vault, "Vault folder (default: the current folder)");
  command.add_option("-c,--config", options.config_file,
                     "Config file (default: VAULT/.vaultlint.yaml when present)");
  command.add_option("-j,--jobs", options.jobs, "Parallel readers (default: one per core)");
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

bool open_vault(const VaultOptions& options, Config* config, Vault* vault) {
  if (!load_session_config(options, config)) return false;
  std::string error;
  if (!load_vault(options.vault, *config, LoadOptions{options.jobs}, vault, &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return false;
  }
  return true;
}

bool OutputTarget::open(const std::string& path) {
  if (path.empty() || path == "-") return true;
  path_ = path;
  file_ = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (!*file_) {
    std::cerr << "vaultlint: cannot write " << path << '\n';
    return false;
  }
  return true;
}

std::ostream& OutputTarget::stream() { return file_ ? *file_ : std::cout; }

bool OutputTarget::finish() {
  stream().flush();
  if (!stream()) {
    std::cerr << "vaultlint: error writing " << (file_ ? path_ : std::string("standard output"))
              << '\n';
    return false;
  }
  return true;
}

}  // namespace vaultlint::cli
