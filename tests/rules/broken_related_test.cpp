#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(BrokenRelated, FlowAndBlockListItemsAtTheirOpeningQuote) {
  TempVault vault;
  vault.write("b.md", "---\nid: b\n---\nB\n");
  vault.write("a.md",
              "---\nid: a\nrelated: [\"b\", \"nope-1\"]\nsee_also:\n  - \"b\"\n  - \"nope-2\"\n---\nA\n");
  vaultlint::Config config;
  config.edge_fields = {"related", "see_also"};
  const auto loaded = vault.load(config);
  const auto diagnostics = vaultlint::check_vault(loaded, config);
  EXPECT_THAT(vaultlint::testing::brief(diagnostics),
              ElementsAre("a.md:3:16: broken-related", "a.md:6:5: broken-related"));
  EXPECT_EQ(diagnostics[1].message, "'see_also' names 'nope-2', which matches no note");
  EXPECT_EQ(loaded.graph.kind_names[4], "see_also");
  EXPECT_EQ(loaded.graph.edge_counts_by_kind()[3], 1u);
  EXPECT_EQ(loaded.graph.edge_counts_by_kind()[4], 1u);
}

TEST(BrokenRelated, ProseChallengesAreNotReferences) {
  TempVault vault;
  vault.write("b.md", "---\nid: b\n---\nB\n");
  vault.write("i1.md", "---\nid: i1\nchallenges: \"This view ignores the cost of switching\"\n---\n");
  vault.write("i2.md", "---\nid: i2\nchallenges: \"[[b]]\"\n---\n");
  vault.write("i3.md", "---\nid: i3\nchallenges: \"[[missing target]]\"\n---\n");
  vault.write("i4.md", "---\nid: i4\nchallenges: b\n---\n");
  vault.write("i5.md", "---\nid: i5\nchallenges: nope\n---\n");
  const auto loaded = vault.load();
  EXPECT_THAT(vaultlint::testing::brief(vaultlint::check_vault(loaded, {})),
              ElementsAre("i3.md:3:13: broken-related", "i5.md:3:13: broken-related"));
  EXPECT_EQ(loaded.graph.edge_counts_by_kind()[4], 2u);
}
