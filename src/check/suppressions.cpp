#include "check/suppressions.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace vaultlint {
namespace {

bool names(const Suppression& suppression, std::string_view rule) {
  return suppression.rules.empty() ||
         std::any_of(suppression.rules.begin(), suppression.rules.end(),
                     [rule](const RuleMention& mention) { return mention.name == rule; });
}

bool at_or_before(SourcePos a, SourcePos b) {
  return a.line < b.line || (a.line == b.line && a.column <= b.column);
}

}  // namespace

bool is_suppressed(const Note& note, std::string_view rule, SourcePos pos) {
  bool disabled = false;
  for (const auto& suppression : note.suppressions) {
    if (!names(suppression, rule)) continue;
    switch (suppression.kind) {
      case SuppressionKind::whole_note:
        return true;
      case SuppressionKind::disable_line:
      case SuppressionKind::disable_next_line:
        if (suppression.line == pos.line) return true;
        break;
      case SuppressionKind::disable:
      case SuppressionKind::enable:
        // Not counted: one enable ends any number of earlier disables.
        if (at_or_before(suppression.pos, pos)) {
          disabled = suppression.kind == SuppressionKind::disable;
        }
        break;
    }
  }
  return disabled;
}

void drop_suppressed(const Vault& vault, std::vector<Diagnostic>& diagnostics) {
  std::unordered_map<std::string_view, const Note*> by_path;
  for (const auto& note : vault.notes) {
    if (!note.suppressions.empty()) by_path.emplace(note.path, &note);
  }
  if (by_path.empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    const auto it = by_path.find(d.file);
    return it != by_path.end() && is_suppressed(*it->second, d.rule, d.pos);
  });
}

}  // namespace vaultlint
