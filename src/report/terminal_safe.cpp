#include "report/terminal_safe.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>

namespace vaultlint {
namespace {

// Invisible characters that reorder or hide the text around them
// ("Trojan Source", CVE-2021-42574): the embeddings, overrides and isolates,
// the marks, and the Arabic letter mark.
constexpr std::array<utf8proc_int32_t, 12> kBidiControls = {
    0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};

bool must_escape(utf8proc_int32_t cp) {
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return true;  // C0, DEL, C1
  return std::find(kBidiControls.begin(), kBidiControls.end(), cp) != kBidiControls.end();
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {  // not UTF-8 (a file name): a lone 0x9b would be CSI to some terminals
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    if (!must_escape(cp)) {
      out.append(text.substr(i, static_cast<std::size_t>(n)));
    } else if (cp < 0x80) {
      out += fmt::format("\\x{:02x}", cp);
    } else {
      out += fmt::format("\\u{:04x}", cp);
    }
    i += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace vaultlint
