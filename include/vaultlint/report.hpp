#pragma once
/// Writing findings for people (text) and programs (JSON).

#include <ostream>
#include <vector>

#include "vaultlint/diagnostic.hpp"

namespace vaultlint {

struct ReportSummary {
  std::size_t notes = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

ReportSummary summarize(const std::vector<Diagnostic>& diagnostics, std::size_t notes);

/// gcc-style lines `path:line:col: severity: message [rule]`, then a summary
/// line. With `color`, severities and rule names get ANSI colours.
void write_text_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const ReportSummary& summary, bool color);

/// The JSON document described in docs/json-output.md.
void write_json_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const ReportSummary& summary);

}  // namespace vaultlint
