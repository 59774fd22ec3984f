#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "support/temp_vault.hpp"
#include "vaultlint/export.hpp"

using vaultlint::testing::TempVault;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

std::string dot_of(const vaultlint::Vault& vault, const std::string& cluster = "",
                   bool include_missing = false) {
  vaultlint::ExportOptions options;
  options.cluster = cluster;
  options.include_missing = include_missing;
  std::ostringstream out;
  vaultlint::write_dot(out, vault, vaultlint::select_all(vault), options);
  return out.str();
}

}  // namespace

TEST(DotEscape, BackslashQuoteAndNewlineAreEscapedOtherBytesKept) {
  EXPECT_EQ(vaultlint::dot_escape(R"(a"b\c)"), R"(a\"b\\c)");
  EXPECT_EQ(vaultlint::dot_escape("one\ntwo\r\n"), "one\\ntwo\\x0d\\n");
  EXPECT_EQ(vaultlint::dot_escape("<{é}>"), "<{é}>");
  EXPECT_EQ(vaultlint::dot_escape("ends with \\"), "ends with \\\\");
  EXPECT_EQ(vaultlint::dot_escape("bell\x07\ttab\x1f"), "bell\\x07\ttab\\x1f");
  EXPECT_NE(vaultlint::dot_escape("a\x01"), vaultlint::dot_escape("a\\x01"));
}

TEST(DotExport, HostileNamesBecomeQuotedIdsAndTitlesLabels) {
  TempVault vault;
  vault.write("we\"ird\\<{é}.md", "---\ntype: concept\ntags: [a, b]\n---\n# Say \"hi\" \\ there\n");
  vault.write("plain.md", "---\ntype: claim\n---\n[[we\"ird\\<{é}]]\n![[plain]]\n");
  vault.write("new\nline.md", "");
  const auto dot = dot_of(vault.load());
  EXPECT_THAT(dot, HasSubstr(R"(  "we\"ird\\<{é}.md" [label="Say \"hi\" \\ there", type="concept", tags="a,b", shape=ellipse, fillcolor="#b8d8f8"];)"));
  EXPECT_THAT(dot, HasSubstr(R"(  "plain.md" [label="plain", type="claim", tags="")"));
  EXPECT_THAT(dot, HasSubstr(R"(  "plain.md" -> "we\"ird\\<{é}.md" [kind="wikilink", line=4, column=1, style=solid];)"));
  EXPECT_THAT(dot, HasSubstr(R"(  "plain.md" -> "plain.md" [kind="embed", line=5, column=1, style=bold];)"));
  // Not std::quoted's escaping: a newline must not reach the output raw.
  EXPECT_THAT(dot, HasSubstr(R"(  "new\nline.md" [label="new\nline", type="")"));
  EXPECT_THAT(dot, Not(HasSubstr("new\n")));
  EXPECT_THAT(dot, HasSubstr("subgraph cluster_legend {"));
  EXPECT_THAT(dot, HasSubstr(R"("//legend/claim" [label="claim", shape=box)"));
}

TEST(DotExport, EdgeKindsHaveTheirStylesAndUnknownFieldsAGreyOne) {
  TempVault vault;
  vault.write("a.md", "---\nrelated: [b]\nchallenges: [b]\nsupports: [b]\n---\n[b](b.md)\n");
  vault.write("b.md", "");
  vaultlint::Config config;
  config.edge_fields = {"related", "challenges", "supports"};
  const auto dot = dot_of(vault.load(config));
  EXPECT_THAT(dot, HasSubstr(R"([kind="related", line=2, column=11, style=dashed];)"));
  EXPECT_THAT(dot, HasSubstr(R"([kind="challenges", line=3, column=14, color=red];)"));
  EXPECT_THAT(dot, HasSubstr(R"([kind="supports", line=4, column=12, style=solid, color=gray40];)"));
  EXPECT_THAT(dot, HasSubstr(R"([kind="markdown", line=6, column=1, style=dotted];)"));
  // The legend draws each kind present once, styled like its edges.
  EXPECT_THAT(dot, HasSubstr(R"(    "//legend-edge/related" -> "//legend-edge/related/to" [style=dashed];)"));
  EXPECT_THAT(dot, HasSubstr(R"(    "//legend-edge/challenges/to" [shape=plaintext, style="", label="challenges"];)"));
  EXPECT_THAT(dot, Not(HasSubstr(R"("//legend-edge/embed")")));
  EXPECT_THAT(dot, Not(HasSubstr(R"("//legend-edge/wikilink")")));
}

TEST(DotExport, ClustersByTypeOrFolderAndMissingTargetsOnRequest) {
  TempVault vault;
  vault.write("x/a.md", "---\ntype: concept\n---\n[[nowhere]]\n");
  vault.write("y/b.md", "---\ntype: claim\n---\n");
  const auto loaded = vault.load();
  EXPECT_THAT(dot_of(loaded), Not(HasSubstr("nowhere")));
  const auto by_folder = dot_of(loaded, "folder", true);
  EXPECT_THAT(by_folder, HasSubstr("  subgraph cluster_0 {\n    label=\"x\";\n    \"x/a.md\""));
  EXPECT_THAT(by_folder, HasSubstr("  subgraph cluster_1 {\n    label=\"y\";\n    \"y/b.md\""));
  EXPECT_THAT(by_folder, HasSubstr(R"("//missing/nowhere" [label="nowhere", type="missing")"));
  EXPECT_THAT(by_folder, HasSubstr(R"("x/a.md" -> "//missing/nowhere" [kind="wikilink", line=4, column=1, style=dashed, color=red];)"));
  const auto by_type = dot_of(loaded, "type");
  EXPECT_THAT(by_type, HasSubstr("  subgraph cluster_0 {\n    label=\"claim\";\n    \"y/b.md\""));
}
