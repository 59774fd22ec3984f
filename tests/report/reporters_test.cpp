// The SARIF, GitHub and JUnit reporters on hostile text: quotes, markup,
// '%', ':', ',', CR/LF, ANSI escapes, spaces and non-ASCII in paths.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "vaultlint/check.hpp"
#include "vaultlint/report.hpp"
#include "vaultlint/version.hpp"

namespace vaultlint {
namespace {

const std::string kHostile = "a \"q\" <b> & 'c' 100% x:y, z\r\nnext \x1b[31mred\x1b[0m";

std::vector<Diagnostic> hostile_findings() {
  return {
      Diagnostic{"broken-link", Severity::error, "dir one/caf\xC3\xA9 #1.md", SourcePos{3, 7}, kHostile,
                 std::string("t")},
      Diagnostic{"orphan", Severity::warning, "a,b:c.md", SourcePos{1, 1}, "plain", std::nullopt},
  };
}

TEST(GithubReport, EscapesDataAndPropertiesLikeTheActionsToolkit) {
  std::ostringstream out;
  write_github_report(out, hostile_findings());
  EXPECT_EQ(out.str(),
            "::error file=dir one/caf\xC3\xA9 #1.md,line=3,col=7,title=broken-link::"
            "a \"q\" <b> & 'c' 100%25 x:y, z%0D%0Anext %1B[31mred%1B[0m\n"
            "::warning file=a%2Cb%3Ac.md,line=1,col=1,title=orphan::plain\n");
}

TEST(GithubReport, ControlCharactersAndBytesThatAreNotUtf8AreNeverRaw) {
  std::ostringstream out;
  write_github_report(out, {Diagnostic{"orphan", Severity::warning, "csi\x9b\xc2\x9b\x07.md",
                                       SourcePos{1, 1}, "tab\tdel\x7f", std::nullopt}});
  EXPECT_EQ(out.str(),
            "::warning file=csi\xEF\xBF\xBD%C2%9B%07.md,line=1,col=1,title=orphan::tab%09del%7F\n");
}

TEST(GithubReport, NoFindingsWriteNothing) {
  std::ostringstream out;
  write_github_report(out, {});
  EXPECT_EQ(out.str(), "");
}

TEST(JunitReport, EscapesMarkupAndDropsCharactersXmlCannotHold) {
  std::ostringstream out;
  write_junit_report(out, hostile_findings(), {"clean.md", "a,b:c.md"});
  const std::string escaped =
      "a &quot;q&quot; &lt;b&gt; &amp; &apos;c&apos; 100% x:y, z&#13;&#10;next [31mred[0m";
  EXPECT_EQ(out.str(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites tests=\"3\" failures=\"2\">\n"
            "  <testsuite name=\"vaultlint\" tests=\"3\" failures=\"2\" errors=\"0\">\n"
            "    <testcase classname=\"vaultlint\" name=\"a,b:c.md\">\n"
            "      <failure type=\"orphan\" message=\"plain\">a,b:c.md:1:1: warning: plain</failure>\n"
            "    </testcase>\n"
            "    <testcase classname=\"vaultlint\" name=\"clean.md\"/>\n"
            "    <testcase classname=\"vaultlint\" name=\"dir one/caf\xC3\xA9 #1.md\">\n"
            "      <failure type=\"broken-link\" message=\"" + escaped + "\">dir one/caf\xC3\xA9 #1.md:3:7: error: " +
                escaped + "</failure>\n"
            "    </testcase>\n"
            "  </testsuite>\n"
            "</testsuites>\n");
}

TEST(JunitReport, InvalidUtf8AndC1ControlsAreDropped) {
  std::ostringstream out;
  write_junit_report(out, {Diagnostic{"r", Severity::error, "x\xFF.md", SourcePos{}, "a\xC2\x85" "b\x01", {}}},
                     {});
  EXPECT_NE(out.str().find("<testcase classname=\"vaultlint\" name=\"x.md\">"), std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("message=\"ab\">x.md:1:1: error: ab</failure>"), std::string::npos)
      << out.str();
}

TEST(JunitReport, EveryNoteIsATestCaseEvenWithoutFindings) {
  std::ostringstream out;
  write_junit_report(out, {}, {"a.md", "b.md"});
  EXPECT_EQ(out.str(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites tests=\"2\" failures=\"0\">\n"
            "  <testsuite name=\"vaultlint\" tests=\"2\" failures=\"0\" errors=\"0\">\n"
            "    <testcase classname=\"vaultlint\" name=\"a.md\"/>\n"
            "    <testcase classname=\"vaultlint\" name=\"b.md\"/>\n"
            "  </testsuite>\n"
            "</testsuites>\n");
}

TEST(SarifReport, KeepsMessagesVerbatimAndPercentEncodesUris) {
  std::ostringstream out;
  write_sarif_report(out, hostile_findings());
  const auto log = nlohmann::json::parse(out.str());
  EXPECT_EQ(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(log["version"], "2.1.0");
  ASSERT_EQ(log["runs"].size(), 1u);
  const auto& run = log["runs"][0];
  const auto& results = run["results"];
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0]["message"]["text"], kHostile);
  EXPECT_EQ(results[0]["level"], "error");
  EXPECT_EQ(results[1]["level"], "warning");
  const auto& location = results[0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "dir%20one/caf%C3%A9%20%231.md");
  EXPECT_EQ(location["artifactLocation"]["uriBaseId"], "VAULTROOT");
  EXPECT_EQ(location["region"]["startLine"], 3);
  EXPECT_EQ(location["region"]["startColumn"], 7);
  EXPECT_EQ(results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "a%2Cb%3Ac.md");
}

TEST(SarifReport, ListsEveryRuleAndIndexesResultsIntoTheList) {
  std::ostringstream out;
  write_sarif_report(out, hostile_findings());
  const auto log = nlohmann::json::parse(out.str());
  const auto& driver = log["runs"][0]["tool"]["driver"];
  EXPECT_EQ(driver["name"], "vaultlint");
  EXPECT_EQ(driver["informationUri"], kHomepageUrl);
  const auto rules = rule_descriptions();
  ASSERT_EQ(driver["rules"].size(), rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& rule = driver["rules"][i];
    EXPECT_EQ(rule["id"], std::string(rules[i].name));
    EXPECT_EQ(rule["shortDescription"]["text"], std::string(rules[i].summary));
    const bool off = rules[i].default_severity == Severity::off;
    EXPECT_EQ(rule["defaultConfiguration"]["level"],
              off ? std::string("none") : std::string(severity_name(rules[i].default_severity)));
    EXPECT_EQ(rule["defaultConfiguration"].contains("enabled"), off);
    EXPECT_EQ(rule["helpUri"], std::string(kDocsUrl) + "/rules/" + std::string(rules[i].name) + ".md");
  }
  for (const auto& result : log["runs"][0]["results"]) {
    EXPECT_EQ(driver["rules"][result["ruleIndex"].get<std::size_t>()]["id"], result["ruleId"]);
  }
}

}  // namespace
}  // namespace vaultlint
