// JUnit XML, which CI systems (GitLab, Jenkins, ...) show as test results:
// each note is a test case, each finding a failure.
#include <fmt/format.h>

#include <map>

#include "text/xml_escape.hpp"
#include "vaultlint/report.hpp"

namespace vaultlint {

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
