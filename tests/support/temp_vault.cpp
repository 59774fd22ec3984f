#include "support/temp_vault.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>

namespace vaultlint::testing {

TempVault::TempVault() {
  std::string pattern = (std::filesystem::temp_directory_path() / "vaultlint-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  root_ = pattern;
}

TempVault::~TempVault() {
  std::error_code ec;
  std::filesystem::permissions(root_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(root_, ec);
}

void TempVault::write(std::string_view path, std::string_view content) const {
  const auto file = root_ / std::filesystem::path(std::string(path));
  std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

Vault TempVault::load(const Config& config, unsigned threads) const {
  LoadOptions options;
  options.threads = threads;
  return load(config, options);
}

Vault TempVault::load(const Config& config, const LoadOptions& options) const {
  Vault vault;
  std::string error;
  if (!load_vault(root_, config, options, &vault, &error)) {
    throw std::runtime_error(error);
  }
  return vault;
}

std::vector<std::string> TempVault::findings(const Config& config) const {
  return brief(check_vault(load(config), config));
}

Config TempVault::config(std::string_view yaml) const {
  Config config;
  std::string error;
  if (!parse_config(std::string(yaml), (root_ / kConfigFileName).string(), &config, &error)) {
    throw std::runtime_error(error);
  }
  return config;
}

std::vector<std::string> TempVault::messages(const Config& config, std::string_view rule) const {
  std::vector<std::string> out;
  for (const auto& d : check_vault(load(config), config)) {
    if (d.rule != rule) continue;
    out.push_back(fmt::format("{}:{}:{}: {} [{}]", d.file, d.pos.line, d.pos.column, d.message, d.rule));
  }
  return out;
}

std::vector<std::string> brief(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) {
    out.push_back(fmt::format("{}:{}:{}: {}", d.file, d.pos.line, d.pos.column, d.rule));
  }
  return out;
}

}  // namespace vaultlint::testing
