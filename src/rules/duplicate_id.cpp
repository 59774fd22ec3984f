#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "rules/rule.hpp"
#include "text/unicode.hpp"

namespace vaultlint {

void check_duplicate_id(const RuleContext& ctx, Findings& findings) {
  const Vault& vault = ctx.vault;
  // Folded id and note, sorted: the notes sharing an id are a run, in note
  // order. A vector, not a map of lists: this rule runs beside the building
  // of the did-you-mean index, when memory is at its peak (4 MB at 100k
  // notes, where a map took 13).
  std::vector<std::pair<std::string, std::uint32_t>> ids;
  for (std::uint32_t i = 0; i < vault.notes.size(); ++i) {
    const Note& note = vault.notes[i];
    if (note.front_matter == FrontMatterState::valid && note.id) ids.emplace_back(fold_key(*note.id), i);
  }
  std::sort(ids.begin(), ids.end());
  for (auto run = ids.begin(); run != ids.end();) {
    const auto end = std::find_if(run, ids.end(), [&](const auto& entry) { return entry.first != run->first; });
    if (end - run >= 2) {
      for (auto holder = run; holder != end; ++holder) {
        std::string others;
        for (auto other = run; other != end; ++other) {
          if (other == holder) continue;
          if (!others.empty()) others += ", ";
          others += "'" + vault.notes[other->second].path + "'";
        }
        const Note& note = vault.notes[holder->second];
        findings.add(note.path, note.id_pos,
                     fmt::format("id '{}' is also declared by {}", *note.id, others), *note.id);
      }
    }
    run = end;
  }
}

}  // namespace vaultlint
