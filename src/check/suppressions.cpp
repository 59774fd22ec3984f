#include "check/suppressions.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace vaultlint {
namespace {

/// The mention of `rule` in `suppression`: kEveryRule when it names no rule.
std::optional<std::size_t> mention_of(const Suppression& suppression, std::string_view rule) {
  if (suppression.rules.empty()) return kEveryRule;
  for (std::size_t i = 0; i < suppression.rules.size(); ++i) {
    if (suppression.rules[i].name == rule) return i;
  }
  return std::nullopt;
}

bool at_or_before(SourcePos a, SourcePos b) {
  return a.line < b.line || (a.line == b.line && a.column <= b.column);
}

}  // namespace

std::optional<SuppressionMention> covering_suppression(const Note& note, std::string_view rule,
                                                       SourcePos pos) {
  std::optional<SuppressionMention> range;  // the disable in force, if any
  for (std::size_t i = 0; i < note.extras().suppressions.size(); ++i) {
    const Suppression& suppression = note.extras().suppressions[i];
    const auto mention = mention_of(suppression, rule);
    if (!mention) continue;
    switch (suppression.kind) {
      case SuppressionKind::whole_note:
        return SuppressionMention{i, *mention};
      case SuppressionKind::disable_line:
      case SuppressionKind::disable_next_line:
        if (suppression.line == pos.line) return SuppressionMention{i, *mention};
        break;
      case SuppressionKind::disable:
      case SuppressionKind::enable:
        // Not counted: one enable ends any number of earlier disables.
        if (at_or_before(suppression.pos, pos)) {
          range = suppression.kind == SuppressionKind::disable
                      ? std::optional<SuppressionMention>(SuppressionMention{i, *mention})
                      : std::nullopt;
        }
        break;
    }
  }
  return range;
}

void drop_suppressed(const Vault& vault, std::vector<Diagnostic>& diagnostics,
                     SuppressionUse* use) {
  std::unordered_map<std::string_view, std::size_t> by_path;
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    if (!vault.notes[i].extras().suppressions.empty()) by_path.emplace(vault.notes[i].path, i);
  }
  if (by_path.empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    const auto it = by_path.find(d.file);
    if (it == by_path.end()) return false;
    const auto covering = covering_suppression(vault.notes[it->second], d.rule, d.pos);
    if (covering && use != nullptr) {
      use->emplace(it->second, covering->suppression, covering->mention);
    }
    return covering.has_value();
  });
}

}  // namespace vaultlint
