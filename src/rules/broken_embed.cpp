#include <fmt/format.h>

#include "rules/rule.hpp"

namespace vaultlint {

void check_broken_embed(const RuleContext& ctx, Findings& findings) {
  const Vault& vault = ctx.vault;
  for_each_reference(vault, {RefStatus::broken, RefStatus::outside_vault}, [&](const Reference& ref) {
    if (ref.from_field || vault.link_of(ref).syntax != LinkSyntax::embed) return;
    const Link& link = vault.link_of(ref);
    std::string message = ref.status == RefStatus::outside_vault
                              ? fmt::format("embedded '{}' points outside the vault", link.target())
                              : fmt::format("embedded '{}' matches no note or file{}", link.target(),
                                            target_suggestion(ctx, link.target(), true));
    findings.add(vault.notes[ref.source].path, link.pos, std::move(message), link.written());
  });
}

}  // namespace vaultlint
