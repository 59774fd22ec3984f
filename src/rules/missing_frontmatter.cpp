#include "rules/rule.hpp"

namespace vaultlint {

void check_missing_frontmatter(const RuleContext& ctx, Findings& findings) {
  for (const Note& note : ctx.vault.notes) {
    if (note.problem != ContentProblem::none || note.front_matter != FrontMatterState::absent) {
      continue;
    }
    findings.add(note.path, SourcePos{1, 1},
                 note.empty ? "note is empty" : "note has no front matter");
  }
}

}  // namespace vaultlint
