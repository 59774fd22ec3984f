#include <fmt/format.h>

#include <map>

#include "rules/rule.hpp"
#include "text/unicode.hpp"

namespace vaultlint {

void check_duplicate_id(const RuleContext& ctx, Findings& findings) {
  const Vault& vault = ctx.vault;
  std::map<std::string, std::vector<std::size_t>> by_id;
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    const Note& note = vault.notes[i];
    if (note.front_matter == FrontMatterState::valid && note.id) {
      by_id[fold_key(*note.id)].push_back(i);
    }
  }
  for (const auto& [key, holders] : by_id) {
    if (holders.size() < 2) continue;
    for (const std::size_t i : holders) {
      std::string others;
      for (const std::size_t j : holders) {
        if (j == i) continue;
        if (!others.empty()) others += ", ";
        others += "'" + vault.notes[j].path + "'";
      }
      const Note& note = vault.notes[i];
      findings.add(note.path, note.id_pos,
                   fmt::format("id '{}' is also declared by {}", *note.id, others), *note.id);
    }
  }
}

}  // namespace vaultlint
