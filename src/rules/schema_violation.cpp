#include "rules/rule.hpp"
#include "schema/field_checks.hpp"

namespace vaultlint {

// The reader validates each note against its schemas (see
// schema/field_checks.hpp); this rule reports what it found.
void check_schema_violation(const RuleContext& ctx, Findings& findings) {
  report_field_findings(ctx.vault, kSchemaViolationRule, findings);
}

}  // namespace vaultlint
