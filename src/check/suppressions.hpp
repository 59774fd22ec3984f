#pragma once
/// Applies the notes' suppression directives to the findings of every rule,
/// after the rules ran: a rule never needs to know about suppressions.

#include <vector>

#include "vaultlint/diagnostic.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

/// True when one of `note`'s suppressions covers a finding of `rule` at
/// `pos` (docs/suppressions.md): the front-matter form covers the whole
/// note; disable-line and disable-next-line their line; disable and enable
/// act from the comment's position on, the last one naming the rule wins.
bool is_suppressed(const Note& note, std::string_view rule, SourcePos pos);

/// Removes every finding located in a note whose suppressions cover it.
/// Findings in no note (an unreadable folder) are kept.
void drop_suppressed(const Vault& vault, std::vector<Diagnostic>& diagnostics);

}  // namespace vaultlint
