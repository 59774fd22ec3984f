#pragma once
/// Running the rules over a loaded vault.

#include <optional>
#include <span>
#include <string>
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
/// The rule names closest to a mistyped one (docs/did-you-mean.md); empty
/// when none is close.
std::vector<std::string> rules_like(std::string_view name);
/// The rule's page, docs/rules/RULE.md, as built into the library; nullopt
/// for a name that is not a rule.
std::optional<std::string_view> rule_page(std::string_view rule);
/// The severity `config` gives a rule: its override, else its default.
Severity rule_severity(const Config& config, std::string_view rule);

/// Runs every rule whose severity is not off, drops the findings the notes'
/// suppressions cover (docs/suppressions.md), and returns the rest sorted.
std::vector<Diagnostic> check_vault(const Vault& vault, const Config& config);

}  // namespace vaultlint
