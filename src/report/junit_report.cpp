// JUnit XML, which CI systems (GitLab, Jenkins, ...) show as test results:
// each note is a test case, each finding a failure.
#include <fmt/format.h>

#include <map>

#include "vaultlint/report.hpp"

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

/// Escapes markup characters (values are always double-quoted, so a single
/// quote stays as it is); drops characters XML cannot hold (controls, so ANSI
/// escapes lose their ESC) and invalid bytes.
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

}  // namespace

void write_junit_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                        const std::vector<std::string>& files) {
  std::map<std::string, std::vector<const Diagnostic*>> by_file;
  for (const auto& file : files) by_file[file];
  for (const auto& d : diagnostics) by_file[d.file].push_back(&d);
  std::size_t failing = 0;  // test cases with at least one failure
  for (const auto& entry : by_file) failing += entry.second.empty() ? 0 : 1;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites tests=\"{0}\" failures=\"{1}\">\n", by_file.size(),
                     failing);
  out << fmt::format("  <testsuite name=\"vaultlint\" tests=\"{0}\" failures=\"{1}\" errors=\"0\">\n",
                     by_file.size(), failing);
  for (const auto& [file, findings] : by_file) {
    const std::string name = xml_escape(file);
    if (findings.empty()) {
      out << fmt::format("    <testcase classname=\"vaultlint\" name=\"{}\"/>\n", name);
      continue;
    }
    out << fmt::format("    <testcase classname=\"vaultlint\" name=\"{}\">\n", name);
    for (const Diagnostic* d : findings) {
      out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}:{}:{}: {}: {}</failure>\n",
                         xml_escape(d->rule), xml_escape(d->message), name, d->pos.line,
                         d->pos.column, severity_name(d->severity), xml_escape(d->message));
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace vaultlint
