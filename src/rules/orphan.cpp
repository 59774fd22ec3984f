#include <fmt/format.h>

#include <algorithm>

#include "rules/rule.hpp"

namespace vaultlint {

bool may_be_orphan(const Note& note, const Config& config) {
  const auto& types = config.orphan_types;
  return note.front_matter == FrontMatterState::valid &&
         std::find(types.begin(), types.end(), note.type) != types.end();
}

void check_orphan(const RuleContext& ctx, Findings& findings) {
  const Vault& vault = ctx.vault;
  const NoteGraph& graph = vault.graph.graph;
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    const Note& note = vault.notes[i];
    if (!may_be_orphan(note, ctx.config)) continue;
    bool linked = ctx.rest != nullptr && ctx.rest->linked_from_rest[i];
    for (const auto edge : boost::make_iterator_range(boost::in_edges(static_cast<std::uint32_t>(i), graph))) {
      if (boost::source(edge, graph) != i) {  // a note cannot rescue itself
        linked = true;
        break;
      }
    }
    if (!linked) {
      findings.add(note.path, SourcePos{1, 1},
                   fmt::format("{} '{}' has no incoming link from another note", note.type,
                               note.display_id()),
                   note.display_id());
    }
  }
}

}  // namespace vaultlint
