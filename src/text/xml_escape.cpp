#include "text/xml_escape.hpp"

namespace vaultlint {
namespace {

/// Length of the UTF-8 sequence at text[i] if it is a character XML 1.0
/// allows, else 0. The text is valid UTF-8 except perhaps in file names.
std::size_t xml_char_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x20) return (c == '\t' || c == '\n' || c == '\r') ? 1 : 0;
  if (c < 0x80) return c == 0x7f ? 0 : 1;
  const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  }
  const auto c1 = static_cast<unsigned char>(text[i + 1]);
  if (length == 2 && c == 0xC2 && c1 <= 0x9f) return 0;  // C1 controls
  if (length == 3 && c == 0xEF && c1 == 0xBF &&
      static_cast<unsigned char>(text[i + 2]) >= 0xBE) {
    return 0;  // U+FFFE, U+FFFF
  }
  return length;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = xml_char_length(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    switch (text[i]) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        out += "&#9;";
        break;
      default:
        out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace vaultlint
