#include <fmt/format.h>

#include "rules/rule.hpp"

namespace vaultlint {

void check_broken_heading(const RuleContext& ctx, Findings& findings) {
  const Vault& vault = ctx.vault;
  for_each_reference(vault, {RefStatus::missing_heading}, [&](const Reference& ref) {
    const Link& link = vault.link_of(ref);
    const Note& target = vault.notes[static_cast<std::size_t>(ref.target)];
    const std::string hint =
        ctx.near_names ? did_you_mean_suffix(NearNames::for_heading(target, link.fragment())) : "";
    findings.add(vault.notes[ref.source].path, link.pos,
                 fmt::format("no heading '{}' in '{}'{}", link.fragment(), target.path, hint),
                 link.written());
  });
}

}  // namespace vaultlint
