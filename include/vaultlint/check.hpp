#pragma once
/// Running the rules over a loaded vault.

#include <span>
#include <string_view>
#include <vector>

#include "vaultlint/config.hpp"
#include "vaultlint/diagnostic.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

struct RuleDescription {
  std::string_view name;
  Severity default_severity;
  std::string_view summary;
};

/// Every rule vaultlint knows, sorted by name.
std::span<const RuleDescription> rule_descriptions();
bool is_known_rule(std::string_view name);
/// The severity `config` gives a rule: its override, else its default.
Severity rule_severity(const Config& config, std::string_view rule);

/// Runs every rule whose severity is not off, drops the findings the notes'
/// suppressions cover (docs/suppressions.md), and returns the rest sorted.
std::vector<Diagnostic> check_vault(const Vault& vault, const Config& config);

}  // namespace vaultlint
