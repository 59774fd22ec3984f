#pragma once
/// A Note's reader results as bytes, for the incremental cache. Everything
/// the reader fills in is kept except path and stem, which the walker sets.

#include <string>
#include <string_view>

#include "vaultlint/note.hpp"

namespace vaultlint {

/// Appends `note`'s reader results to *out.
void encode_note(const Note& note, std::string* out);

/// Fills `note` (path and stem already set) from bytes encode_note wrote.
/// Returns false, leaving `note` unspecified, on bytes it did not write.
bool decode_note(std::string_view bytes, Note* note);

}  // namespace vaultlint
