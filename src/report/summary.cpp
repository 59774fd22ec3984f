#include "vaultlint/report.hpp"

namespace vaultlint {

ReportSummary summarize(const std::vector<Diagnostic>& diagnostics, std::size_t notes) {
  ReportSummary summary;
  summary.notes = notes;
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::error) ++summary.errors;
    if (d.severity == Severity::warning) ++summary.warnings;
  }
  return summary;
}

}  // namespace vaultlint
