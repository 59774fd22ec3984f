#include "rules/rule.hpp"
#include "schema/field_checks.hpp"

namespace vaultlint {

// The reader compares the values of each `synonyms` group while it holds
// them (see schema/field_checks.hpp); this rule reports what it found.
void check_conflicting_fields(const RuleContext& ctx, Findings& findings) {
  report_field_findings(ctx.vault, kConflictingFieldsRule, findings);
}

}  // namespace vaultlint
