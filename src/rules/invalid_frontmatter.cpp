#include "rules/rule.hpp"

namespace vaultlint {

void check_invalid_frontmatter(const RuleContext& ctx, Findings& findings) {
  for (const Note& note : ctx.vault.notes) {
    if (note.front_matter == FrontMatterState::invalid) {
      findings.add(note.path, note.extras().front_matter_error_pos, note.extras().front_matter_error);
    }
  }
}

}  // namespace vaultlint
