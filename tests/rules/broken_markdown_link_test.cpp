#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(BrokenMarkdownLink, RelativePercentEncodedAndRawUtf8PathsResolve) {
  TempVault vault;
  vault.write("concepts/Économie de l'attention.md", "---\nid: e\n---\nE\n");
  vault.write("claims/Quality Position.md", "---\nid: q\n---\nQ\n");
  vault.write("notes/a.md",
              "---\nid: a\n---\n[1](../concepts/%C3%89conomie%20de%20l%27attention.md) "
              "[2](../concepts/%c3%89conomie%20de%20l%27attention.md) "
              "[3](../concepts/Économie%20de%20l'attention.md) [4](../claims/Quality%20Position.md) "
              "[5](https://example.com/x.md) [6](mailto:a@b.c) [7](/claims/Quality%20Position.md)\n");
  EXPECT_THAT(vault.findings(), ElementsAre());
}

TEST(BrokenMarkdownLink, MissingFilesAndPlusSignsAreReportedAtTheBracket) {
  TempVault vault;
  vault.write("claims/Quality Position.md", "---\nid: q\n---\nQ\n");
  vault.write("notes/a.md",
              "---\nid: a\n---\nx [t](missing-x.md) [u](../claims/Quality+Position.md) "
              "[v](../../../etc/passwd)\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics),
              ElementsAre("notes/a.md:4:3: broken-markdown-link", "notes/a.md:4:21: broken-markdown-link",
                          "notes/a.md:4:56: broken-markdown-link"));
  EXPECT_EQ(diagnostics[0].message, "'missing-x.md' points to 'notes/missing-x.md', which does not exist");
  EXPECT_EQ(diagnostics[2].message, "'../../../etc/passwd' points outside the vault");
}

TEST(BrokenMarkdownLink, LinkInATableCellAfterEscapedPipesKeepsItsColumn) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n| h | i |\n|---|---|\n| a\\|b\\|c [t](gone.md) | x |\n");
  EXPECT_THAT(vault.findings(), ElementsAre("a.md:6:11: broken-markdown-link"));
}
