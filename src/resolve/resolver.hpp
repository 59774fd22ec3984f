#pragma once
/// Turns every body link and front-matter reference into a Reference: the
/// note it names, or why it names none.

#include <string>
#include <string_view>
#include <vector>

#include "resolve/note_index.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

/// True for a front-matter value written as a wikilink, "[[...]]".
bool is_wikilink_value(std::string_view value);

/// The name a front-matter value refers to: the value, or for a value
/// written "[[target#heading|alias]]", its target.
std::string field_target(std::string_view value);

/// Resolves the references of every note, in note order (each note's
/// front-matter references, then its links), on `threads` threads. Edge
/// kinds of front-matter fields follow their order in `edge_fields`.
std::vector<Reference> resolve_references(const std::vector<Note>& notes, const NoteIndex& index,
                                          const std::vector<std::string>& edge_fields, unsigned threads = 1);

}  // namespace vaultlint
