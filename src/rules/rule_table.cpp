// The rule registry: adding a rule is one file and one row here.
#include <algorithm>
#include <array>

#include "check/suppressions.hpp"
#include "rules/rule.hpp"
#include "text/did_you_mean.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint {
namespace {

struct RuleEntry {
  RuleDescription description;
  RuleFunction check;
};

constexpr auto E = Severity::error;
constexpr auto W = Severity::warning;
constexpr auto O = Severity::off;

// Sorted by name.
constexpr std::array kRules = {
    RuleEntry{{"ambiguous-link", E, "a link or reference that matches two or more notes"}, check_ambiguous_link},
    RuleEntry{{"broken-block", E, "a link to a block id the target note does not have"}, check_broken_block},
    RuleEntry{{"broken-embed", E, "an embed whose target matches no note or file"}, check_broken_embed},
    RuleEntry{{"broken-heading", E, "a link to a heading the target note does not have"}, check_broken_heading},
    RuleEntry{{"broken-link", E, "a wikilink whose target matches no note or file"}, check_broken_link},
    RuleEntry{{"broken-markdown-link", E, "a Markdown link to a file that does not exist"}, check_broken_markdown_link},
    RuleEntry{{"broken-related", E, "a front-matter reference (related, challenges, ...) to no note"}, check_broken_related},
    RuleEntry{{"conflicting-fields", W, "synonym front-matter keys (source_url, sourceUrl) with different values"}, check_conflicting_fields},
    RuleEntry{{"duplicate-id", E, "two or more notes declare the same id"}, check_duplicate_id},
    RuleEntry{{"id-filename-mismatch", O, "a note whose id is not its file name"}, check_id_filename_mismatch},
    RuleEntry{{"invalid-encoding", E, "a note that is binary or not valid UTF-8"}, check_invalid_encoding},
    RuleEntry{{"invalid-frontmatter", E, "front matter that is not a valid YAML mapping"}, check_invalid_frontmatter},
    RuleEntry{{"missing-frontmatter", W, "a note without front matter"}, check_missing_frontmatter},
    RuleEntry{{"orphan", W, "a concept that no other note points to"}, check_orphan},
    RuleEntry{{"schema-violation", E, "a front-matter value that breaks the note type's JSON Schema"}, check_schema_violation},
    RuleEntry{{"unknown-suppression", W, "a suppression that names an unknown rule or directive, or cannot be read"}, check_unknown_suppression},
    RuleEntry{{"unknown-type", E, "a note type that no schema or configured type list names"}, check_unknown_type},
    RuleEntry{{"unreadable-file", E, "a note that cannot be read, or is over the size cap"}, check_unreadable_file},
    RuleEntry{{"unsourced-claim", W, "a claim with none of the source fields set"}, check_unsourced_claim},
    RuleEntry{{"unused-suppression", O, "a suppression that suppressed no finding"}, check_unused_suppression},
};

constexpr std::array<RuleDescription, kRules.size()> descriptions() {
  std::array<RuleDescription, kRules.size()> out{};
  for (std::size_t i = 0; i < kRules.size(); ++i) out[i] = kRules[i].description;
  return out;
}
constexpr auto kDescriptions = descriptions();

/// Runs the rules that are not off: those about the findings of other rules
/// (whether a suppression covered any) only once suppressions were applied.
void run_rules(const RuleContext& ctx, bool after_suppressions,
               std::vector<Diagnostic>& diagnostics) {
  for (const auto& rule : kRules) {
    if ((rule.check == check_unused_suppression) != after_suppressions) continue;
    const Severity severity = rule_severity(ctx.config, rule.description.name);
    if (severity == Severity::off) continue;
    const std::size_t first = diagnostics.size();
    Findings findings(rule.description.name, diagnostics);
    rule.check(ctx, findings);
    for (std::size_t i = first; i < diagnostics.size(); ++i) diagnostics[i].severity = severity;
  }
}

}  // namespace

std::span<const RuleDescription> rule_descriptions() { return kDescriptions; }

bool is_known_rule(std::string_view name) {
  return std::any_of(kRules.begin(), kRules.end(),
                     [name](const RuleEntry& rule) { return rule.description.name == name; });
}

std::vector<std::string> rules_like(std::string_view name) {
  std::vector<std::string> names;
  for (const auto& rule : kRules) names.emplace_back(rule.description.name);
  return did_you_mean(name, names);
}

Severity rule_severity(const Config& config, std::string_view rule) {
  if (const auto it = config.severities.find(std::string(rule)); it != config.severities.end()) {
    return it->second;
  }
  for (const auto& entry : kRules) {
    if (entry.description.name == rule) return entry.description.default_severity;
  }
  return Severity::off;
}

std::vector<Diagnostic> check_vault(const Vault& vault, const Config& config,
                                    const VaultRest* rest) {
  std::vector<Diagnostic> diagnostics;
  const NearNames near_names(vault, rest);
  const NearNames* suggestions = config.did_you_mean ? &near_names : nullptr;
  run_rules(RuleContext{vault, config, nullptr, suggestions, rest}, false, diagnostics);
  SuppressionUse use;
  drop_suppressed(vault, diagnostics, &use);
  run_rules(RuleContext{vault, config, &use, suggestions, rest}, true, diagnostics);
  sort_diagnostics(diagnostics);
  return diagnostics;
}

}  // namespace vaultlint
