#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(BrokenLink, ReportsTheOpeningBracketOfAMissingTarget) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\nCafé 知識 🚀 [[missing-a-b]] and [[a]]\n");
  EXPECT_THAT(vault.findings(), ElementsAre("a.md:4:19: broken-link"));
}

TEST(BrokenLink, TableRowWithEscapedPipeKeepsTargetBeforeThePipe) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n| x | y |\n|---|---|\n| [[gone\\|Alias]] | [[a\\|A]] |\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].pos, (vaultlint::SourcePos{6, 3}));
  EXPECT_EQ(diagnostics[0].message, "no note matches 'gone'");
  EXPECT_EQ(diagnostics[0].target, "gone");
}

TEST(BrokenLink, LinksInCodeAreNeverReported) {
  TempVault vault;
  vault.write("a.md",
              "---\nid: a\n---\n`[[nope]]` and ``![[nope2]]``\n\n```\n[[nope3]]\n```\n\n"
              "~~~markdown\n# [[nope4]]\n~~~\n\n    [[indented-code]]\n\n<!-- [[in-comment]] -->\n");
  EXPECT_THAT(vault.findings(), ElementsAre());
}

TEST(BrokenLink, PathOutsideTheVaultIsBrokenAndNeverRead) {
  TempVault vault;
  vault.write("notes/a.md", "---\nid: a\n---\n[[../../etc/passwd]]\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule, "broken-link");
  EXPECT_EQ(diagnostics[0].message, "'../../etc/passwd' points outside the vault");
}

TEST(BrokenLink, AttachmentsResolveByFileName) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n[[paper.pdf]] ![[img/diagram.png]] [[missing.pdf]]\n");
  vault.write("files/paper.pdf", "%PDF");
  vault.write("img/diagram.png", "png");
  EXPECT_THAT(vault.findings(), ElementsAre("a.md:4:36: broken-link"));
}
