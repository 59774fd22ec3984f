#pragma once
/// Unicode work done with utf8proc: validation, NFC, case folding, and the
/// normalisations that make names and headings comparable.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vaultlint {

/// Byte offset of the first invalid UTF-8 sequence, or nullopt if valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// NFC form of valid UTF-8 text (returns the input unchanged if invalid).
std::string to_nfc(std::string_view text);

/// Replaces `text` by its NFC form where it is; ASCII text (most paths and
/// names) is left as it is, without the copy to_nfc() makes.
void make_nfc(std::string* text);

/// `text` in NFC, without a copy when it is ASCII (as most names and
/// headings are): a view of `text` itself, else of *storage, which then
/// holds the NFC copy.
std::string_view nfc_view(std::string_view text, std::string* storage);

/// The key two names compare equal by: NFC, then Unicode case folding.
std::string fold_key(std::string_view name);
/// The same into *out, reusing its room: for lookups made by the hundred
/// thousand, where a new string each was an allocation and a free.
void fold_key_into(std::string_view name, std::string* out);

/// The key two headings compare equal by: lower-cased; every code point that
/// is not a letter (L*), decimal digit (Nd) or '_' becomes a space; runs of
/// spaces collapsed; ends trimmed.
std::string heading_key(std::string_view heading);

}  // namespace vaultlint
