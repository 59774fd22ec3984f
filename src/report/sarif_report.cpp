// SARIF 2.1.0 (OASIS), the format code-scanning services read.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "vaultlint/check.hpp"
#include "vaultlint/report.hpp"
#include "vaultlint/version.hpp"

namespace vaultlint {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

std::string sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::off:
      break;
  }
  return "none";
}

/// RFC 3986: keeps unreserved characters and '/', percent-encodes every
/// other byte (spaces, '%', '#', non-ASCII UTF-8 bytes, ...).
std::string uri_path(std::string_view path) {
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out.push_back(ch);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

Json rule_json(const RuleDescription& rule) {
  const std::string help = fmt::format("{}/rules/{}.md", kDocsUrl, rule.name);
  Json json;
  json["id"] = rule.name;
  json["shortDescription"] = {{"text", rule.summary}};
  json["fullDescription"] = {
      {"text", fmt::format("{}; see docs/rules/{}.md", rule.summary, rule.name)}};
  json["helpUri"] = help;
  json["defaultConfiguration"] = {{"level", sarif_level(rule.default_severity)}};
  // A rule that is off unless configured (unused-suppression, id-filename-mismatch).
  if (rule.default_severity == Severity::off) json["defaultConfiguration"]["enabled"] = false;
  return json;
}

Json result_json(const Diagnostic& d, std::size_t rule_index) {
  Json location;
  location["physicalLocation"] = {
      {"artifactLocation", {{"uri", uri_path(d.file)}, {"uriBaseId", "VAULTROOT"}}},
      {"region", {{"startLine", d.pos.line}, {"startColumn", d.pos.column}}}};
  Json json;
  json["ruleId"] = d.rule;
  if (rule_index != std::string::npos) json["ruleIndex"] = rule_index;
  json["level"] = sarif_level(d.severity);
  json["message"] = {{"text", d.message}};
  json["locations"] = Json::array({std::move(location)});
  return json;
}

}  // namespace

void write_sarif_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  const auto rules = rule_descriptions();
  Json rule_list = Json::array();
  for (const auto& rule : rules) rule_list.push_back(rule_json(rule));

  Json results = Json::array();
  for (const auto& d : diagnostics) {
    std::size_t index = std::string::npos;
    for (std::size_t i = 0; i < rules.size(); ++i) {
      if (rules[i].name == d.rule) index = i;
    }
    results.push_back(result_json(d, index));
  }

  Json driver;
  driver["name"] = "vaultlint";
  driver["version"] = kVersion;
  driver["informationUri"] = kHomepageUrl;
  driver["rules"] = std::move(rule_list);
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["results"] = std::move(results);
  Json doc;
  doc["$schema"] = kSchema;
  doc["version"] = "2.1.0";
  doc["runs"] = Json::array({std::move(run)});
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace vaultlint
