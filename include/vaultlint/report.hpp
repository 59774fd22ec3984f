#pragma once
/// Writing findings for people (text) and programs (JSON).

#include <ostream>
#include <string>
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

/// The JSON document described in docs/json-output.md: indented, or with
/// `one_line` on a single line (each report of `watch --format json`).
void write_json_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const ReportSummary& summary, bool one_line = false);

/// A SARIF 2.1.0 log (docs/output-formats.md): one run, every rule in
/// tool.driver.rules, one result per finding. Artifact URIs are the
/// vault-relative paths, percent-encoded, relative to uriBaseId "VAULTROOT".
void write_sarif_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics);

/// GitHub Actions workflow commands, one `::error ...::message` (or
/// `::warning`) line per finding, escaped as GitHub's toolkit does.
void write_github_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics);

/// One HTML page (docs/output-formats.md): counts, a bar chart of findings
/// per rule, then the findings grouped by rule and by file. Each note links
/// to `graph_page`#note=PATH (a page of `graph --format html`); no links
/// when `graph_page` is empty. Every text is escaped; characters HTML cannot
/// carry (controls, invalid UTF-8) are dropped.
void write_html_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const ReportSummary& summary, const std::string& graph_page);

/// JUnit XML: one testsuite "vaultlint", one testcase per note in `files`
/// (vault-relative paths; files with findings that are not in the list are
/// added), each finding a <failure> of its testcase.
void write_junit_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                        const std::vector<std::string>& files);

}  // namespace vaultlint
