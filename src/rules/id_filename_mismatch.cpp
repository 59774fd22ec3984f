#include <fmt/format.h>

#include <algorithm>

#include "rules/rule.hpp"
#include "text/glob.hpp"
#include "text/unicode.hpp"

namespace vaultlint {

void check_id_filename_mismatch(const RuleContext& ctx, Findings& findings) {
  const auto& ignore = ctx.config.id_filename_ignore;
  for (const Note& note : ctx.vault.notes) {
    if (note.front_matter != FrontMatterState::valid || !note.id) continue;
    // File names are NFC once read; an id typed in another form is the same name.
    if (to_nfc(*note.id) == note.stem) continue;
    if (std::any_of(ignore.begin(), ignore.end(),
                    [&](const std::string& pattern) { return glob_match(pattern, note.path); })) {
      continue;
    }
    findings.add(note.path, note.id_pos,
                 fmt::format("id '{}' differs from the file name '{}.md'", *note.id, note.stem), *note.id);
  }
}

}  // namespace vaultlint
