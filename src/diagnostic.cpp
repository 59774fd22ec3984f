#include "vaultlint/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace vaultlint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::off:
      return "off";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "off") return Severity::off;
  if (name == "warning") return Severity::warning;
  if (name == "error") return Severity::error;
  return std::nullopt;
}

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.file, a.pos.line, a.pos.column, a.rule, a.message) <
         std::tie(b.file, b.pos.line, b.pos.column, b.rule, b.message);
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
}

}  // namespace vaultlint
