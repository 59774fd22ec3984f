#include "text/unicode.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace vaultlint {
namespace {

/// Offset of the first byte at or after `from` with its high bit set, or
/// the size: eight bytes at a time, as notes are mostly ASCII.
std::size_t skip_ascii(std::string_view text, std::size_t from) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080u;
  std::size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, sizeof word);
    if ((word & kHighBits) != 0) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

bool is_ascii(std::string_view text) { return skip_ascii(text, 0) == text.size(); }

std::string map_with(std::string_view text, int options) {
  utf8proc_uint8_t* mapped = nullptr;
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                   static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                   static_cast<utf8proc_option_t>(options));
  if (length < 0) return std::string(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

void append_utf8(std::string& out, utf8proc_int32_t code_point) {
  utf8proc_uint8_t buffer[4];
  const auto n = utf8proc_encode_char(code_point, buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

constexpr bool is_heading_word_char(utf8proc_int32_t cp) {
  // ASCII, most headings' text, without a utf8proc table lookup.
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

/// What an ASCII byte is in a heading key: itself lower-cased when it is a
/// letter, a digit or '_', else 0 (a separator).
constexpr std::array<char, 128> kAsciiHeadingKeyChar = [] {
  std::array<char, 128> key{};
  for (int c = 0; c < 128; ++c) {
    if (is_heading_word_char(c)) key[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return key;
}();

/// heading_key of an ASCII heading, most headings: one table look-up a
/// byte, written in place (a push_back a byte was half of keying a note's
/// headings).
std::string ascii_heading_key(std::string_view heading) {
  std::string out(heading.size(), ' ');
  std::size_t size = 0;
  bool pending_space = false;
  for (const char byte : heading) {
    const char key = kAsciiHeadingKeyChar[static_cast<unsigned char>(byte)];
    if (key == 0) {
      pending_space = true;
      continue;
    }
    // A space is written only after a separator, so the key is never longer than the heading.
    if (pending_space && size > 0) out[size++] = ' ';
    pending_space = false;
    out[size++] = key;
  }
  out.resize(size);
  return out;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while ((i = skip_ascii(text, i)) < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

std::string to_nfc(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  return map_with(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

void make_nfc(std::string* text) {
  if (!is_ascii(*text)) *text = map_with(*text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string_view nfc_view(std::string_view text, std::string* storage) {
  if (is_ascii(text)) return text;
  *storage = map_with(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  return *storage;
}

std::string fold_key(std::string_view name) {
  std::string out;
  fold_key_into(name, &out);
  return out;
}

void fold_key_into(std::string_view name, std::string* out) {
  if (is_ascii(name)) {
    out->assign(name);
    for (char& c : *out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return;
  }
  *out = map_with(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string heading_key(std::string_view heading) {
  if (is_ascii(heading)) return ascii_heading_key(heading);
  std::string storage;
  const std::string_view nfc = nfc_view(heading, &storage);
  std::string out;
  out.reserve(nfc.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < nfc.size()) {
    utf8proc_int32_t cp = static_cast<unsigned char>(nfc[i]);
    // An ASCII byte is its own code point, and its own lower case below.
    const auto n = cp < 0x80 ? 1
                             : utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(nfc.data() + i),
                                                static_cast<utf8proc_ssize_t>(nfc.size() - i), &cp);
    if (n <= 0) {  // invalid byte: treat as a separator
      ++i;
      pending_space = true;
      continue;
    }
    i += static_cast<std::size_t>(n);
    if (!is_heading_word_char(cp)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    if (cp < 0x80) {
      out.push_back(kAsciiHeadingKeyChar[static_cast<std::size_t>(cp)]);
    } else {
      append_utf8(out, utf8proc_tolower(cp));
    }
  }
  return out;
}

}  // namespace vaultlint
