#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(MissingFrontmatter, TitleOnlyEmptyAndBomFiles) {
  TempVault vault;
  vault.write("a.md", "# Title\n\nText.\n");
  vault.write("empty.md", "");
  vault.write("blank.md", "\n  \r\n");
  vault.write("bom.md", "\xEF\xBB\xBF---\nid: bom\n---\n[[a]]\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics),
              ElementsAre("a.md:1:1: missing-frontmatter", "blank.md:1:1: missing-frontmatter",
                          "empty.md:1:1: missing-frontmatter"));
  EXPECT_EQ(diagnostics[0].message, "note has no front matter");
  EXPECT_EQ(diagnostics[2].message, "note is empty");
}
