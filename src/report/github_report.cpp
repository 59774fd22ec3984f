// GitHub Actions workflow commands: the runner turns each line into an
// annotation on the file and line.
#include <fmt/format.h>
#include <utf8proc.h>

#include "vaultlint/report.hpp"

namespace vaultlint {
namespace {

/// As @actions/core escapeData ('%', CR and LF), and more: other control
/// characters are percent-encoded too, which the runner leaves as they are,
/// so an ESC sequence shows as "%1B[31m" instead of recolouring the log;
/// bytes that are not UTF-8 become U+FFFD, as in the JSON report.
std::string escape_data(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const auto length = static_cast<std::size_t>(n);
    if (cp == '%' || cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
      for (std::size_t k = 0; k < length; ++k) {
        out += fmt::format("%{:02X}", static_cast<unsigned char>(text[i + k]));
      }
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

/// As @actions/core escapeProperty: escapeData plus ':' and ','.
std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

void write_github_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) {
    out << "::" << (d.severity == Severity::error ? "error" : "warning")
        << " file=" << escape_property(d.file) << ",line=" << d.pos.line
        << ",col=" << d.pos.column << ",title=" << escape_property(d.rule)
        << "::" << escape_data(d.message) << '\n';
  }
}

}  // namespace vaultlint
