#include <fmt/format.h>

#include "resolve/resolver.hpp"
#include "rules/rule.hpp"

namespace vaultlint {

void check_broken_related(const RuleContext& ctx, Findings& findings) {
  const Vault& vault = ctx.vault;
  for_each_reference(vault, {RefStatus::broken, RefStatus::outside_vault}, [&](const Reference& ref) {
    if (!ref.from_field) return;
    const FieldRef& field = vault.field_of(ref);
    findings.add(vault.notes[ref.source].path, field.pos,
                 fmt::format("'{}' names '{}', which matches no note{}", field.field, field.value,
                             ref.status == RefStatus::broken
                                 ? target_suggestion(ctx, field_target(field.value), false)
                                 : ""),
                 field.value);
  });
}

}  // namespace vaultlint
