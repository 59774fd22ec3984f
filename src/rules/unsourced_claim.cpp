#include <fmt/format.h>

#include <algorithm>

#include "rules/rule.hpp"

namespace vaultlint {

void check_unsourced_claim(const RuleContext& ctx, Findings& findings) {
  const auto& types = ctx.config.claim_types;
  const auto& fields = ctx.config.source_fields;
  for (const Note& note : ctx.vault.notes) {
    if (note.front_matter != FrontMatterState::valid ||
        std::find(types.begin(), types.end(), note.type) == types.end()) {
      continue;
    }
    const bool sourced = std::any_of(fields.begin(), fields.end(), [&](const std::string& field) {
      return note.has_nonempty_field(field);
    });
    if (!sourced) {
      findings.add(note.path, SourcePos{1, 1},
                   fmt::format("{} '{}' has none of the source fields set: {}", note.type,
                               note.display_id(), fmt::join(fields, ", ")),
                   note.display_id());
    }
  }
}

}  // namespace vaultlint
