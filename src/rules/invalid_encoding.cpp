#include <fmt/format.h>

#include "rules/rule.hpp"

namespace vaultlint {

void check_invalid_encoding(const RuleContext& ctx, Findings& findings) {
  for (const Note& note : ctx.vault.notes) {
    const SourcePos pos = note.extras().problem_pos;
    if (note.problem == ContentProblem::nul_byte) {
      findings.add(note.path, pos,
                   fmt::format("file contains a NUL byte at line {}, column {}; not parsed",
                               pos.line, pos.column));
    } else if (note.problem == ContentProblem::invalid_utf8) {
      findings.add(note.path, pos,
                   fmt::format("file is not valid UTF-8 (line {}, column {}); not parsed", pos.line,
                               pos.column));
    }
  }
}

}  // namespace vaultlint
