#include <fmt/format.h>

#include "report/terminal_safe.hpp"
#include "vaultlint/report.hpp"

namespace vaultlint {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kRed = "\x1b[31m";
constexpr const char* kYellow = "\x1b[33m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

std::string plural(std::size_t n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

void write_text_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const ReportSummary& summary, bool color) {
  for (const auto& d : diagnostics) {
    const std::string location = fmt::format("{}:{}:{}:", terminal_safe(d.file), d.pos.line, d.pos.column);
    const auto severity = severity_name(d.severity);
    const std::string message = terminal_safe(d.message);
    if (color) {
      const char* tint = d.severity == Severity::error ? kRed : kYellow;
      out << kBold << location << kReset << ' ' << tint << kBold << severity << ':' << kReset << ' '
          << message << ' ' << kDim << '[' << d.rule << ']' << kReset << '\n';
    } else {
      out << location << ' ' << severity << ": " << message << " [" << d.rule << "]\n";
    }
  }
  out << fmt::format("{} checked: {}, {}\n", plural(summary.notes, "note"),
                     plural(summary.errors, "error"), plural(summary.warnings, "warning"));
}

}  // namespace vaultlint
