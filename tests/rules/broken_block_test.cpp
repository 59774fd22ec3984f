#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(BrokenBlock, BlockIdsAtTheEndOfParagraphsAndListItems) {
  TempVault vault;
  vault.write("t.md",
              "---\nid: t\n---\nA paragraph. ^b12345\n\n- an item ^item-1\n\n| a |\n|---|\n| b |\n\n^table1\n\n"
              "`x ^incode`\n");
  vault.write("a.md",
              "---\nid: a\n---\n[[t#^b12345]] [[t#^item-1]] [[t#^table1]] [[t#^incode]] [[t#^nosuch123]]\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics),
              ElementsAre("a.md:4:43: broken-block", "a.md:4:57: broken-block"));
  EXPECT_EQ(diagnostics[1].message, "no block '^nosuch123' in 't.md'");
}
