#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(AmbiguousLink, TwoFilesWithOneStemAreNamedNotGuessed) {
  TempVault vault;
  vault.write("entities/overview-a-b.md", "---\nid: e1\n---\n");
  vault.write("entities/topic/overview-a-b.md", "---\nid: e2\n---\n");
  vault.write("a.md", "---\nid: a\nrelated: [overview-a-b]\n---\nx [[overview-a-b]] [[topic/overview-a-b]]\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics),
              ElementsAre("a.md:3:11: ambiguous-link", "a.md:5:3: ambiguous-link"));
  EXPECT_EQ(diagnostics[1].message,
            "'overview-a-b' matches 2 notes: entities/overview-a-b.md, entities/topic/overview-a-b.md");
}

TEST(AmbiguousLink, AFullPathWinsOverASuffix) {
  TempVault vault;
  vault.write("x/y.md", "---\nid: y1\n---\n");
  vault.write("a/x/y.md", "---\nid: y2\n---\n");
  vault.write("a.md", "---\nid: a\n---\n[[x/y]] [[a/x/y]]\n");
  EXPECT_THAT(vault.findings(), ElementsAre());
}

TEST(AmbiguousLink, IdsAliasesAndStemsMatchCaseInsensitivelyAfterNfc) {
  TempVault vault;
  vault.write("concepts/Économie.md", "---\nid: concept-eco\naliases: [\"Attention Economy\"]\n---\n");
  // The link spells the name in NFD (e + combining acute) and in another case.
  vault.write("a.md", "---\nid: a\n---\n[[E\xCC\x81" "CONOMIE]] [[attention economy]] [[CONCEPT-ECO]]\n");
  const auto loaded = vault.load();
  EXPECT_THAT(vaultlint::testing::brief(vaultlint::check_vault(loaded, {})), ElementsAre());
  EXPECT_EQ(loaded.graph.edge_counts_by_kind()[vaultlint::kWikilinkEdge], 3u);
}
