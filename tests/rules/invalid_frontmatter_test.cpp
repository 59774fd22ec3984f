#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(InvalidFrontmatter, YamlErrorsListsScalarsAndUnclosedBlocks) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\ntags: [x, y\nother: 1\n---\n[[nowhere]]\n");
  vault.write("b.md", "---\n- a\n- b\n---\n");
  vault.write("c.md", "---\njust a sentence\n---\n");
  vault.write("d.md", "---\nid: d\n\nno closing line\n");
  vault.write("e.md", "---\ntitle: \"unterminated\n---\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics),
              ElementsAre("a.md:4:6: invalid-frontmatter", "a.md:6:1: broken-link", "b.md:1:1: invalid-frontmatter",
                          "c.md:1:1: invalid-frontmatter", "d.md:1:1: invalid-frontmatter",
                          "e.md:2:8: invalid-frontmatter"));
  EXPECT_EQ(diagnostics[0].message, "invalid YAML in front matter: end of sequence flow not found");
  EXPECT_EQ(diagnostics[2].message, "front matter is a list, not a mapping");
  EXPECT_EQ(diagnostics[3].message, "front matter is a scalar, not a mapping");
  EXPECT_EQ(diagnostics[4].message, "front matter is not closed by a '---' or '...' line");
}
