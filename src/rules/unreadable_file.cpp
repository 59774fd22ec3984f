#include <fmt/format.h>

#include "rules/rule.hpp"

namespace vaultlint {

void check_unreadable_file(const RuleContext& ctx, Findings& findings) {
  for (const Note& note : ctx.vault.notes) {
    switch (note.problem) {
      case ContentProblem::unreadable:
        findings.add(note.path, SourcePos{1, 1},
                     fmt::format("cannot read file: {}", note.extras().problem_detail));
        break;
      case ContentProblem::too_large:
        findings.add(note.path, SourcePos{1, 1},
                     fmt::format("file is {} bytes, over the max_file_size cap of {} bytes; not read",
                                 note.size, ctx.config.max_file_size));
        break;
      case ContentProblem::outside_vault:
        findings.add(note.path, SourcePos{1, 1},
                     "symbolic link to a file outside the vault; not read");
        break;
      default:
        break;
    }
    if (!note.extras().body_not_parsed.empty()) {
      findings.add(note.path, note.extras().body_not_parsed_pos, note.extras().body_not_parsed);
    }
  }
  for (const auto& folder : ctx.vault.unreadable_folders) {
    findings.add(folder.path.empty() ? "." : folder.path, SourcePos{1, 1},
                 fmt::format("cannot read folder: {}", folder.reason));
  }
}

}  // namespace vaultlint
