#include <nlohmann/json.hpp>

#include "vaultlint/report.hpp"
#include "vaultlint/version.hpp"

namespace vaultlint {

void write_json_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const ReportSummary& summary, bool one_line) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& d : diagnostics) {
    nlohmann::ordered_json item;
    item["rule"] = d.rule;
    item["severity"] = std::string(severity_name(d.severity));
    item["file"] = d.file;
    item["line"] = d.pos.line;
    item["column"] = d.pos.column;
    item["message"] = d.message;
    item["target"] = d.target ? nlohmann::ordered_json(*d.target) : nlohmann::ordered_json();
    list.push_back(std::move(item));
  }
  nlohmann::ordered_json doc;
  doc["tool"] = "vaultlint";
  doc["version"] = kVersion;
  doc["diagnostics"] = std::move(list);
  doc["summary"] = {{"notes", summary.notes}, {"errors", summary.errors}, {"warnings", summary.warnings}};
  // Invalid UTF-8 (possible in file names) is replaced, never thrown on.
  out << doc.dump(one_line ? -1 : 2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace vaultlint
