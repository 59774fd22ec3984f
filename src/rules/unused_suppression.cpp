#include <fmt/format.h>

#include "rules/rule.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint {
namespace {

// In SuppressionKind order.
constexpr const char* kDirectiveNames[] = {"vaultlint-disable-line", "vaultlint-disable-next-line",
                                           "vaultlint-disable", "vaultlint-enable",
                                           "vaultlint.disable"};

const char* directive_name(SuppressionKind kind) {
  return kDirectiveNames[static_cast<std::size_t>(kind)];
}

}  // namespace

// Runs after suppressions were applied: ctx.suppression_use says which of
// them covered a finding. Unknown rule names are unknown-suppression's.
void check_unused_suppression(const RuleContext& ctx, Findings& findings) {
  if (ctx.suppression_use == nullptr) return;
  const SuppressionUse& use = *ctx.suppression_use;
  const auto& notes = ctx.vault.notes;
  for (std::size_t n = 0; n < notes.size(); ++n) {
    for (std::size_t s = 0; s < notes[n].extras().suppressions.size(); ++s) {
      const Suppression& suppression = notes[n].extras().suppressions[s];
      if (suppression.kind == SuppressionKind::enable) continue;
      if (suppression.rules.empty() && !use.contains({n, s, kEveryRule})) {
        findings.add(notes[n].path, suppression.pos,
                     fmt::format("{} of every rule suppressed no finding",
                                 directive_name(suppression.kind)));
      }
      for (std::size_t m = 0; m < suppression.rules.size(); ++m) {
        const RuleMention& rule = suppression.rules[m];
        if (!is_known_rule(rule.name) || use.contains({n, s, m})) continue;
        findings.add(notes[n].path, rule.pos,
                     fmt::format("{} of '{}' suppressed no finding",
                                 directive_name(suppression.kind), rule.name),
                     rule.name);
      }
    }
  }
}

}  // namespace vaultlint
