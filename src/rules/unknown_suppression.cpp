#include <fmt/format.h>

#include "rules/rule.hpp"
#include "text/did_you_mean.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint {

void check_unknown_suppression(const RuleContext& ctx, Findings& findings) {
  for (const Note& note : ctx.vault.notes) {
    for (const auto& problem : note.extras().suppression_problems) {
      findings.add(note.path, problem.pos, problem.message);
    }
    for (const auto& suppression : note.extras().suppressions) {
      for (const auto& rule : suppression.rules) {
        if (is_known_rule(rule.name)) continue;
        findings.add(note.path, rule.pos,
                     fmt::format("unknown rule '{}' in a suppression{}", rule.name,
                                 ctx.config.did_you_mean ? did_you_mean_suffix(rules_like(rule.name)) : ""),
                     rule.name);
      }
    }
  }
}

}  // namespace vaultlint
