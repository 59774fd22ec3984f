#pragma once
/// What every rule sees and how it reports. A rule reads the resolved vault
/// and appends findings; it never parses or resolves anything itself.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/suppressions.hpp"
#include "resolve/near_names.hpp"
#include "vaultlint/config.hpp"
#include "vaultlint/diagnostic.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

struct RuleContext {
  const Vault& vault;
  const Config& config;
  /// Which suppressions covered a finding; set only for the rules that run
  /// after suppressions are applied (unused-suppression).
  const SuppressionUse* suppression_use = nullptr;
  /// Suggestions for broken references; nullptr when `did_you_mean` is off.
  const NearNames* near_names = nullptr;
  /// Set when `vault` is part of a vault (see VaultRest).
  const VaultRest* rest = nullptr;
};

/// "; did you mean '...'?" for a target that matches nothing, or "".
inline std::string target_suggestion(const RuleContext& ctx, std::string_view target, bool files) {
  return ctx.near_names ? did_you_mean_suffix(ctx.near_names->for_target(target, files)) : "";
}

/// Collects one rule's findings; severity is filled in by check_vault.
class Findings {
 public:
  explicit Findings(std::string_view rule, std::vector<Diagnostic>& out) : rule_(rule), out_(out) {}

  void add(const std::string& file, SourcePos pos, std::string message,
           std::optional<std::string_view> target = std::nullopt) {
    out_.push_back(Diagnostic{std::string(rule_), Severity::error, file, pos, std::move(message),
                              target ? std::optional<std::string>(*target) : std::nullopt});
  }

 private:
  std::string_view rule_;
  std::vector<Diagnostic>& out_;
};

using RuleFunction = void (*)(const RuleContext&, Findings&);

/// Calls `visit(ref)` for each reference whose status is one of `statuses`.
template <typename Visit>
void for_each_reference(const Vault& vault, std::initializer_list<RefStatus> statuses,
                        Visit&& visit) {
  for (const auto& ref : vault.references) {
    for (const RefStatus status : statuses) {
      if (ref.status == status) {
        visit(ref);
        break;
      }
    }
  }
}

/// Reports the findings the reader left in the notes for `rule` (checks
/// that need front-matter values run while the note is read).
inline void report_field_findings(const Vault& vault, std::string_view rule, Findings& findings) {
  for (const Note& note : vault.notes) {
    if (note.front_matter != FrontMatterState::valid) continue;
    for (const FieldFinding& finding : note.extras().field_findings) {
      if (finding.rule != rule) continue;
      findings.add(note.path, finding.pos, finding.message,
                   finding.target.empty() ? std::nullopt
                                          : std::optional<std::string_view>(finding.target));
    }
  }
}

/// Whether `note` is of a type the orphan rule looks at (its front matter
/// valid, its type one of `orphan_types`).
bool may_be_orphan(const Note& note, const Config& config);

// One function per rule; each lives in the file named after the rule.
void check_broken_link(const RuleContext&, Findings&);
void check_broken_embed(const RuleContext&, Findings&);
void check_broken_heading(const RuleContext&, Findings&);
void check_broken_block(const RuleContext&, Findings&);
void check_broken_markdown_link(const RuleContext&, Findings&);
void check_broken_related(const RuleContext&, Findings&);
void check_ambiguous_link(const RuleContext&, Findings&);
void check_orphan(const RuleContext&, Findings&);
void check_unsourced_claim(const RuleContext&, Findings&);
void check_duplicate_id(const RuleContext&, Findings&);
void check_invalid_frontmatter(const RuleContext&, Findings&);
void check_missing_frontmatter(const RuleContext&, Findings&);
void check_invalid_encoding(const RuleContext&, Findings&);
void check_unreadable_file(const RuleContext&, Findings&);
void check_schema_violation(const RuleContext&, Findings&);
void check_unknown_type(const RuleContext&, Findings&);
void check_id_filename_mismatch(const RuleContext&, Findings&);
void check_conflicting_fields(const RuleContext&, Findings&);
void check_unknown_suppression(const RuleContext&, Findings&);
void check_unused_suppression(const RuleContext&, Findings&);

}  // namespace vaultlint
