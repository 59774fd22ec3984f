#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(BrokenEmbed, ReportsTheExclamationMark) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\nSee ![[nonexistent]] and ![[a]].\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule, "broken-embed");
  EXPECT_EQ(diagnostics[0].pos, (vaultlint::SourcePos{4, 5}));
  EXPECT_EQ(diagnostics[0].message, "embedded 'nonexistent' matches no note or file");
}

TEST(BrokenEmbed, AnEmbedOfAnExistingNoteIsAnEmbedEdge) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n![[b]]\n");
  vault.write("b.md", "---\nid: b\n---\nB\n");
  const auto loaded = vault.load();
  EXPECT_EQ(loaded.graph.edge_counts_by_kind()[vaultlint::kEmbedEdge], 1u);
  EXPECT_THAT(vaultlint::testing::brief(vaultlint::check_vault(loaded, {})), ElementsAre());
}
