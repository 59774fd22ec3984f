#pragma once
/// Running the rules over a loaded vault.

#include <functional>
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

/// What a check of part of a vault must be told about the notes it does not
/// hold (the incremental check gives the rules a few notes, not 100,000).
struct VaultRest {
  /// Per note of the part: whether a note outside the part points to it.
  std::vector<bool> linked_from_rest;
  /// The whole vault's note names (stems; ids and aliases of notes with
  /// valid front matter) and note paths without ".md": what did-you-mean
  /// picks from. Called only when a suggestion is needed.
  std::function<std::vector<std::string>()> note_names;
  std::function<std::vector<std::string>()> note_paths;
};

/// Runs every rule whose severity is not off, drops the findings the notes'
/// suppressions cover (docs/suppressions.md), and returns the rest sorted.
/// With `rest`, `vault` is part of a vault; only the findings in notes whose
/// links and names the part holds whole are meaningful. The rules run on
/// `threads` threads (0: one per core); the result is the same for any count.
std::vector<Diagnostic> check_vault(const Vault& vault, const Config& config,
                                    const VaultRest* rest = nullptr, unsigned threads = 0);

}  // namespace vaultlint
