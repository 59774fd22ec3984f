// The findings report as one HTML page: counts, a bar chart of findings per
// rule (inline SVG), then every finding grouped by rule and by file, each
// note linked into the graph page.
#include <algorithm>
#include <map>

#include "export/web_assets.hpp"
#include "text/html_escape.hpp"
#include "text/xml_escape.hpp"
#include "vaultlint/report.hpp"

namespace vaultlint {
namespace {

using Group = std::vector<const Diagnostic*>;

/// Groups keyed by rule or by file; the groups keep the findings' order.
std::map<std::string, Group> group_by(const std::vector<Diagnostic>& diagnostics, bool by_rule) {
  std::map<std::string, Group> groups;
  for (const auto& d : diagnostics) groups[by_rule ? d.rule : d.file].push_back(&d);
  return groups;
}

/// Rules with the most findings first; ties by name.
std::vector<std::pair<std::string, const Group*>> ranked(const std::map<std::string, Group>& groups) {
  std::vector<std::pair<std::string, const Group*>> out;
  for (const auto& [name, group] : groups) out.emplace_back(name, &group);
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second->size() > b.second->size(); });
  return out;
}

std::string note_link(const std::string& file, const std::string& graph_page) {
  if (graph_page.empty()) return xml_escape(file);
  return "<a href=\"" + xml_escape(graph_page + "#note=" + fragment_encode(file)) + "\">" +
         xml_escape(file) + "</a>";
}

const char* severity_class(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

/// Horizontal bars, one per rule, as long as its count; red when the rule's
/// findings are errors, amber when warnings.
void write_chart(std::ostream& out, const std::vector<std::pair<std::string, const Group*>>& rules) {
  const int bar_height = 18;
  const int label_width = 190;
  const int bar_width = 420;
  const std::size_t most = rules.empty() ? 1 : rules.front().second->size();
  const int height = static_cast<int>(rules.size()) * (bar_height + 4) + 4;
  out << "<svg id=\"chart\" role=\"img\" aria-label=\"findings per rule\" width=\""
      << label_width + bar_width + 60 << "\" height=\"" << height << "\">\n";
  int y = 4;
  for (const auto& [rule, group] : rules) {
    const int width = std::max<int>(2, static_cast<int>(bar_width * group->size() / most));
    const bool error = group->front()->severity == Severity::error;
    out << "<g><title>" << xml_escape(rule) << ": " << group->size() << "</title>"
        << "<text x=\"" << label_width - 6 << "\" y=\"" << y + 13 << "\" text-anchor=\"end\">"
        << xml_escape(rule) << "</text><rect x=\"" << label_width << "\" y=\"" << y
        << "\" width=\"" << width << "\" height=\"" << bar_height << "\" fill=\""
        << (error ? "#c33" : "#e9a33a") << "\"/><text x=\"" << label_width + width + 6
        << "\" y=\"" << y + 13 << "\">" << group->size() << "</text></g>\n";
    y += bar_height + 4;
  }
  out << "</svg>\n";
}

void write_rows(std::ostream& out, const Group& group, bool by_rule, const std::string& graph_page) {
  out << "<table>\n";
  for (const Diagnostic* d : group) {
    out << "<tr class=\"finding\"><td class=\"pos\">"
        << (by_rule ? note_link(d->file, graph_page) + ":" : std::string()) << d->pos.line << ':'
        << d->pos.column << "</td><td class=\"" << severity_class(d->severity) << "\">"
        << severity_name(d->severity) << "</td><td>" << xml_escape(d->message) << "</td>";
    if (!by_rule) out << "<td class=\"rule\">" << xml_escape(d->rule) << "</td>";
    out << "</tr>\n";
  }
  out << "</table>\n";
}

}  // namespace

void write_html_report(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const ReportSummary& summary, const std::string& graph_page) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'\">\n<title>vaultlint report</title>\n<style>\n"
      << web_asset_report_css() << "</style>\n</head>\n<body>\n<h1>vaultlint report</h1>\n"
      << "<p class=\"summary\"><span><b id=\"count-notes\">" << summary.notes
      << "</b> notes</span><span class=\"error\"><b id=\"count-errors\">" << summary.errors
      << "</b> errors</span><span class=\"warning\"><b id=\"count-warnings\">" << summary.warnings
      << "</b> warnings</span>";
  if (!graph_page.empty()) {
    out << "<span><a id=\"graph-link\" href=\"" << xml_escape(graph_page) << "\">the graph</a></span>";
  }
  out << "</p>\n";
  if (diagnostics.empty()) {
    out << "<p class=\"clean\">No findings.</p>\n</body>\n</html>\n";
    return;
  }
  const auto rules = group_by(diagnostics, true);
  const auto ranked_rules = ranked(rules);
  out << "<nav><a href=\"#by-rule\">By rule</a><a href=\"#by-file\">By file</a></nav>\n";
  write_chart(out, ranked_rules);
  out << "<h2 id=\"by-rule\">By rule</h2>\n";
  for (const auto& [rule, group] : ranked_rules) {
    out << "<section class=\"rule\"><h3 id=\"rule-" << xml_escape(rule) << "\">" << xml_escape(rule)
        << " <span class=\"count\">(" << group->size() << ")</span></h3>\n";
    write_rows(out, *group, true, graph_page);
    out << "</section>\n";
  }
  const auto files = group_by(diagnostics, false);
  out << "<h2 id=\"by-file\">By file</h2>\n";
  for (const auto& [file, group] : files) {
    out << "<section class=\"file\"><h3>" << note_link(file, graph_page)
        << " <span class=\"count\">(" << group.size() << ")</span></h3>\n";
    write_rows(out, group, false, graph_page);
    out << "</section>\n";
  }
  out << "</body>\n</html>\n";
}

}  // namespace vaultlint
