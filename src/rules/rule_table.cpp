// The rule registry: adding a rule is one file and one row here.
#include <algorithm>
#include <array>
#include <atomic>

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

#include "check/suppressions.hpp"
#include "resolve/resolver.hpp"
#include "rules/rule.hpp"
#include "text/did_you_mean.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint {
namespace {

struct RuleEntry {
  RuleDescription description;
  RuleFunction check;
  /// Asks NearNames for did-you-mean suggestions (see warm_up_suggestions).
  bool suggests = false;
};

constexpr auto E = Severity::error;
constexpr auto W = Severity::warning;
constexpr auto O = Severity::off;

// Sorted by name.
constexpr std::array kRules = {
    RuleEntry{{"ambiguous-link", E, "a link or reference that matches two or more notes"}, check_ambiguous_link},
    RuleEntry{{"broken-block", E, "a link to a block id the target note does not have"}, check_broken_block},
    RuleEntry{{"broken-embed", E, "an embed whose target matches no note or file"}, check_broken_embed, true},
    RuleEntry{{"broken-heading", E, "a link to a heading the target note does not have"}, check_broken_heading},
    RuleEntry{{"broken-link", E, "a wikilink whose target matches no note or file"}, check_broken_link, true},
    RuleEntry{{"broken-markdown-link", E, "a Markdown link to a file that does not exist"}, check_broken_markdown_link},
    RuleEntry{{"broken-related", E, "a front-matter reference (related, challenges, ...) to no note"}, check_broken_related, true},
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

/// The rule that reports a broken reference, and whether it asks for
/// suggestions: Markdown links get none (docs/did-you-mean.md).
std::string_view rule_of_broken(const Vault& vault, const Reference& ref, bool* suggests) {
  *suggests = true;
  if (ref.from_field) return "broken-related";
  const LinkSyntax syntax = vault.link_of(ref).syntax;
  *suggests = syntax != LinkSyntax::markdown;
  return syntax == LinkSyntax::embed      ? "broken-embed"
         : syntax == LinkSyntax::wikilink ? "broken-link"
                                          : "broken-markdown-link";
}

/// Asks for the suggestions of the first broken reference a rule will
/// report, which builds the did-you-mean index all the others use too. At
/// 100k notes that is the longest step of the rules; as a task of its own,
/// posted first, it overlaps the rules that need no suggestions. A vault
/// with no broken reference does not build it.
void warm_up_suggestions(const RuleContext& ctx) {
  const Vault& vault = ctx.vault;
  for (const Reference& ref : vault.references) {
    if (ref.status != RefStatus::broken) continue;
    bool suggests = false;
    const std::string_view rule = rule_of_broken(vault, ref, &suggests);
    if (!suggests || rule_severity(ctx.config, rule) == Severity::off) continue;
    if (ref.from_field) {
      (void)ctx.near_names->for_target(field_target(vault.field_of(ref).value), false);
    } else {
      (void)ctx.near_names->for_target(vault.link_of(ref).target(), true);
    }
    return;
  }
}

/// Runs the rules that are not off: those about the findings of other rules
/// (whether a suppression covered any) only once suppressions were applied.
/// Rules only read the vault, so they run side by side, each into its own
/// list; the lists are joined in the table's order, so the result does not
/// depend on which finished first.
///
/// The calling thread first builds the did-you-mean index, while the pool
/// takes the rules that need no suggestions; then it takes rules too. On
/// the calling thread, the index reuses the memory that reading and
/// resolving freed there: built on a pool thread it took 40 MB more at
/// peak (100k notes, mimalloc keeps freed pages per thread).
void run_rules(const RuleContext& ctx, bool after_suppressions, unsigned threads,
               std::vector<Diagnostic>& diagnostics) {
  struct Run {
    const RuleEntry* rule;
    Severity severity;
    std::vector<Diagnostic> found;
  };
  std::vector<Run> runs;
  for (const bool suggests : {false, true}) {
    for (const auto& rule : kRules) {
      if (rule.suggests != suggests) continue;
      if ((rule.check == check_unused_suppression) != after_suppressions) continue;
      const Severity severity = rule_severity(ctx.config, rule.description.name);
      if (severity != Severity::off) runs.push_back({&rule, severity, {}});
    }
  }
  std::atomic<std::size_t> next{0};
  const auto take_rules = [&ctx, &runs, &next] {
    for (std::size_t i = next++; i < runs.size(); i = next++) {
      Findings findings(runs[i].rule->description.name, runs[i].found);
      runs[i].rule->check(ctx, findings);
    }
  };
  if (threads > 1 && runs.size() > 1) {
    boost::asio::thread_pool pool(std::min<std::size_t>(threads - 1, runs.size()));
    for (unsigned i = 1; i < threads; ++i) boost::asio::post(pool, take_rules);
    if (ctx.near_names != nullptr && !after_suppressions) warm_up_suggestions(ctx);
    take_rules();
    pool.join();
  } else {
    take_rules();
  }
  // The table's order, whatever order they ran in.
  std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.rule < b.rule; });
  for (Run& one : runs) {
    for (Diagnostic& diagnostic : one.found) {
      diagnostic.severity = one.severity;
      diagnostics.push_back(std::move(diagnostic));
    }
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
                                    const VaultRest* rest, unsigned threads) {
  threads = thread_count(threads);
  std::vector<Diagnostic> diagnostics;
  const NearNames near_names(vault, rest);
  const NearNames* suggestions = config.did_you_mean ? &near_names : nullptr;
  run_rules(RuleContext{vault, config, nullptr, suggestions, rest}, false, threads, diagnostics);
  SuppressionUse use;
  drop_suppressed(vault, diagnostics, &use);
  run_rules(RuleContext{vault, config, &use, suggestions, rest}, true, threads, diagnostics);
  sort_diagnostics(diagnostics);
  return diagnostics;
}

}  // namespace vaultlint
