#pragma once
/// A vault in a fresh temporary folder, removed when the object dies.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "vaultlint/check.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint::testing {

class TempVault {
 public:
  TempVault();
  ~TempVault();
  TempVault(const TempVault&) = delete;
  TempVault& operator=(const TempVault&) = delete;

  /// Writes `content` to the vault-relative `path`, creating folders.
  void write(std::string_view path, std::string_view content) const;
  const std::filesystem::path& root() const { return root_; }

  /// Loads the vault with `config` (single-threaded unless asked).
  Vault load(const Config& config = {}, unsigned threads = 1) const;
  Vault load(const Config& config, const LoadOptions& options) const;
  /// Loads and checks; returns "file:line:col: rule" lines.
  std::vector<std::string> findings(const Config& config = {}) const;
  /// A config read from `yaml` as if it were the vault's .vaultlint.yaml
  /// (paths in it are relative to the vault root); throws on errors.
  Config config(std::string_view yaml) const;
  /// Loads and checks; returns "file:line:col: message [rule]" lines of
  /// the findings of `rule`.
  std::vector<std::string> messages(const Config& config, std::string_view rule) const;

 private:
  std::filesystem::path root_;
};

/// "file:line:col: rule" for each diagnostic.
std::vector<std::string> brief(const std::vector<Diagnostic>& diagnostics);

}  // namespace vaultlint::testing
