#include <fmt/format.h>

#include "rules/rule.hpp"

namespace vaultlint {

void check_broken_related(const RuleContext& ctx, Findings& findings) {
  const Vault& vault = ctx.vault;
  for_each_reference(vault, {RefStatus::broken, RefStatus::outside_vault}, [&](const Reference& ref) {
    if (!ref.from_field) return;
    const FieldRef& field = vault.field_of(ref);
    findings.add(vault.notes[ref.source].path, field.pos,
                 fmt::format("'{}' names '{}', which matches no note", field.field, field.value),
                 field.value);
  });
}

}  // namespace vaultlint
