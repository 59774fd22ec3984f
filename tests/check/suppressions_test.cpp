// Suppressions applied to the findings of every rule, end to end through
// check_vault: what each form covers, and how disable/enable interleave.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using Lines = std::vector<std::string>;

namespace {

constexpr const char* kHeader = "---\nid: a\n---\n";

TEST(Suppressions, NextLineAndSameLineCoverOnlyTheirLine) {
  TempVault vault;
  vault.write("a.md", std::string(kHeader) +
                          "<!-- vaultlint-disable-next-line broken-link -->\n"
                          "[[x1]] ![[x2]]\n"
                          "[[x3]] <!-- vaultlint-disable-line -->\n"
                          "[[x4]]\n");
  EXPECT_EQ(vault.findings(), (Lines{"a.md:5:8: broken-embed", "a.md:7:1: broken-link"}));
}

TEST(Suppressions, DisableRunsToTheMatchingEnable) {
  TempVault vault;
  vault.write("a.md", std::string(kHeader) +
                          "[[x1]] <!-- vaultlint-disable broken-link --> [[x2]]\n"
                          "\n"
                          "[[x3]] ![[x4]]\n"
                          "\n"
                          "<!-- vaultlint-enable broken-link -->\n"
                          "[[x5]]\n");
  EXPECT_EQ(vault.findings(),
            (Lines{"a.md:4:1: broken-link", "a.md:6:8: broken-embed", "a.md:9:1: broken-link"}));
}

TEST(Suppressions, DisablesAreNotCountedOneEnableEndsThem) {
  TempVault vault;
  vault.write("a.md", std::string(kHeader) +
                          "<!-- vaultlint-disable broken-link -->\n"
                          "<!-- vaultlint-disable broken-link broken-embed -->\n"
                          "[[x1]] ![[x2]]\n"
                          "<!-- vaultlint-enable broken-link -->\n"
                          "[[x3]] ![[x4]]\n");
  EXPECT_EQ(vault.findings(), (Lines{"a.md:8:1: broken-link"}));
}

TEST(Suppressions, DisableAllThenEnableOneRule) {
  TempVault vault;
  vault.write("a.md", std::string(kHeader) +
                          "<!-- vaultlint-disable -->\n"
                          "[[x1]] ![[x2]]\n"
                          "<!-- vaultlint-enable broken-embed -->\n"
                          "[[x3]] ![[x4]]\n"
                          "<!-- vaultlint-enable -->\n"
                          "[[x5]]\n");
  EXPECT_EQ(vault.findings(), (Lines{"a.md:7:8: broken-embed", "a.md:9:1: broken-link"}));
}

TEST(Suppressions, OverlappingRangesOfDifferentRules) {
  TempVault vault;
  vault.write("a.md", std::string(kHeader) +
                          "<!-- vaultlint-disable broken-link -->\n"
                          "[[x1]] ![[x2]]\n"
                          "<!-- vaultlint-disable broken-embed -->\n"
                          "<!-- vaultlint-enable broken-link -->\n"
                          "[[x3]] ![[x4]]\n"
                          "<!-- vaultlint-enable broken-embed -->\n"
                          "![[x5]]\n");
  EXPECT_EQ(vault.findings(), (Lines{"a.md:5:8: broken-embed", "a.md:8:1: broken-link",
                                     "a.md:10:1: broken-embed"}));
}

TEST(Suppressions, FrontMatterCoversWholeNoteFindingsAndFrontMatterFindings) {
  TempVault vault;
  vault.write("c.md",
              "---\nid: c\ntype: concept\nrelated: [nowhere]\n"
              "vaultlint: {disable: [orphan, broken-related]}\n---\n[[x]]\n");
  EXPECT_EQ(vault.findings(), (Lines{"c.md:7:1: broken-link"}));
}

TEST(Suppressions, ACommentAtTheTopCoversAWholeNoteFindingOfANoteWithoutFrontMatter) {
  TempVault vault;
  vault.write("a.md", "<!-- vaultlint-disable missing-frontmatter -->\n# A\n");
  vault.write("b.md", "# B\n<!-- vaultlint-disable missing-frontmatter -->\n");
  EXPECT_EQ(vault.findings(), (Lines{"b.md:1:1: missing-frontmatter"}));
}

TEST(Suppressions, ASuppressionInOneNoteLeavesOthersAlone) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\nvaultlint: {disable: [broken-link]}\n---\n[[x]]\n");
  vault.write("b.md", "---\nid: b\n---\n[[x]]\n");
  EXPECT_EQ(vault.findings(), (Lines{"b.md:4:1: broken-link"}));
}

TEST(Suppressions, DirectivesInCodeAreNotHonoured) {
  TempVault vault;
  vault.write("a.md", std::string(kHeader) +
                          "```\n<!-- vaultlint-disable -->\n```\n"
                          "`<!-- vaultlint-disable-line -->` [[x]]\n");
  EXPECT_EQ(vault.findings(), (Lines{"a.md:7:35: broken-link"}));
}

TEST(Suppressions, CrlfAndBomNotes) {
  TempVault vault;
  vault.write("a.md",
              "\xEF\xBB\xBF---\r\nid: a\r\n---\r\n"
              "<!-- vaultlint-disable-next-line broken-link -->\r\n"
              "[[x1]]\r\n"
              "[[x2]] <!-- vaultlint-disable-line -->\r\n"
              "[[x3]]\r\n");
  EXPECT_EQ(vault.findings(), (Lines{"a.md:7:1: broken-link"}));
}

}  // namespace
