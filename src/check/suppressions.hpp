#pragma once
/// Applies the notes' suppression directives to the findings of every rule,
/// after the rules ran: a rule never needs to know about suppressions.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <vector>

#include "vaultlint/diagnostic.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

/// One rule name of one suppression: indexes into Note::suppressions and
/// its `rules` (kEveryRule for a suppression that names none).
struct SuppressionMention {
  std::size_t suppression = 0;
  std::size_t mention = 0;
};
inline constexpr std::size_t kEveryRule = static_cast<std::size_t>(-1);

/// The suppression of `note` that covers a finding of `rule` at `pos`, if
/// any (docs/suppressions.md): the front-matter form covers the whole note;
/// disable-line and disable-next-line their line; disable and enable act
/// from the comment's position on, the last one naming the rule wins.
std::optional<SuppressionMention> covering_suppression(const Note& note, std::string_view rule,
                                                       SourcePos pos);

/// The suppressions that covered at least one finding, as (note index,
/// suppression, mention).
using SuppressionUse = std::set<std::tuple<std::size_t, std::size_t, std::size_t>>;

/// Removes every finding located in a note whose suppressions cover it, and
/// records in *use (when given) which suppression covered it. Findings in
/// no note (an unreadable folder) are kept.
void drop_suppressed(const Vault& vault, std::vector<Diagnostic>& diagnostics,
                     SuppressionUse* use = nullptr);

}  // namespace vaultlint
