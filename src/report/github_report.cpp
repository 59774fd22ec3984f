// GitHub Actions workflow commands: the runner turns each line into an
// annotation on the file and line.
#include "vaultlint/report.hpp"

namespace vaultlint {
namespace {

/// As @actions/core escapeData: '%', CR and LF.
std::string escape_data(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out.push_back(c);
    }
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
