#pragma once
/// Turns every body link and front-matter reference into a Reference: the
/// note it names, or why it names none.

#include <string>
#include <vector>

#include "resolve/note_index.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

/// Resolves the references of every note, in note order. Edge kinds of
/// front-matter fields follow their order in `edge_fields`.
std::vector<Reference> resolve_references(const std::vector<Note>& notes, const NoteIndex& index,
                                          const std::vector<std::string>& edge_fields);

}  // namespace vaultlint
