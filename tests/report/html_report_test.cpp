// The HTML findings report: grouping, counts, the chart, links, escaping.
#include <gtest/gtest.h>

#include <sstream>

#include "vaultlint/report.hpp"

namespace vaultlint {
namespace {

std::vector<Diagnostic> findings() {
  return {
      Diagnostic{"broken-link", Severity::error, "a b/<x>&\"q\".md", SourcePos{3, 7},
                 "no note matches '</script> \x1b[31mred'", std::string("t")},
      Diagnostic{"broken-link", Severity::error, "c.md", SourcePos{1, 2}, "second", std::nullopt},
      Diagnostic{"orphan", Severity::warning, "c.md", SourcePos{1, 1}, "nobody links here", std::nullopt},
  };
}

std::string report(const std::vector<Diagnostic>& diagnostics, const std::string& graph_page) {
  std::ostringstream out;
  write_html_report(out, diagnostics, summarize(diagnostics, 4), graph_page);
  return out.str();
}

TEST(HtmlReport, CountsAndOneBarPerRuleMostFindingsFirst) {
  const std::string html = report(findings(), "graph.html");
  EXPECT_NE(html.find("<b id=\"count-notes\">4</b>"), std::string::npos);
  EXPECT_NE(html.find("<b id=\"count-errors\">2</b>"), std::string::npos);
  EXPECT_NE(html.find("<b id=\"count-warnings\">1</b>"), std::string::npos);
  const auto link = html.find(">broken-link</text><rect");
  const auto orphan = html.find(">orphan</text><rect");
  ASSERT_NE(link, std::string::npos);
  ASSERT_NE(orphan, std::string::npos);
  EXPECT_LT(link, orphan);
  EXPECT_NE(html.find("width=\"420\" height=\"18\" fill=\"#c33\""), std::string::npos);  // 2 of 2
  EXPECT_NE(html.find("width=\"210\" height=\"18\" fill=\"#e9a33a\""), std::string::npos);  // 1 of 2
}

TEST(HtmlReport, FilesLinkIntoTheGraphPageEscapedTwice) {
  const std::string html = report(findings(), "graph.html");
  // Percent-encoded for the URL, then entity-escaped for the attribute.
  EXPECT_NE(html.find("<a href=\"graph.html#note=a%20b/%3Cx%3E%26%22q%22.md\">a b/&lt;x&gt;&amp;&quot;q&quot;.md</a>"),
            std::string::npos);
  EXPECT_NE(html.find("<h3 id=\"rule-broken-link\">broken-link <span class=\"count\">(2)</span></h3>"),
            std::string::npos);
  EXPECT_NE(html.find("<section class=\"file\"><h3><a href=\"graph.html#note=c.md\">c.md</a> <span "
                      "class=\"count\">(2)</span></h3>"),
            std::string::npos);
}

TEST(HtmlReport, MessagesAreEscapedAndControlsDropped) {
  const std::string html = report(findings(), "");
  EXPECT_NE(html.find("<td>no note matches &apos;&lt;/script&gt; [31mred&apos;</td>"), std::string::npos);
  EXPECT_EQ(html.find("</script"), std::string::npos);
  EXPECT_EQ(html.find('\x1b'), std::string::npos);
  EXPECT_EQ(html.find("#note="), std::string::npos);  // no graph page, no links to it
}

TEST(HtmlReport, NoFindingsSaySo) {
  const std::string html = report({}, "graph.html");
  EXPECT_NE(html.find("<p class=\"clean\">No findings.</p>"), std::string::npos);
  EXPECT_EQ(html.find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace vaultlint
