#include <fmt/format.h>

#include "rules/rule.hpp"

namespace vaultlint {

void check_broken_link(const RuleContext& ctx, Findings& findings) {
  const Vault& vault = ctx.vault;
  for_each_reference(vault, {RefStatus::broken, RefStatus::outside_vault}, [&](const Reference& ref) {
    if (ref.from_field || vault.link_of(ref).syntax != LinkSyntax::wikilink) return;
    const Link& link = vault.link_of(ref);
    std::string message = ref.status == RefStatus::outside_vault
                              ? fmt::format("'{}' points outside the vault", link.target())
                              : fmt::format("no note matches '{}'{}", link.target(),
                                            target_suggestion(ctx, link.target(), true));
    findings.add(vault.notes[ref.source].path, link.pos, std::move(message), link.written());
  });
}

}  // namespace vaultlint
