#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(UnsourcedClaim, EmptyValuesDoNotCountAsSources) {
  TempVault vault;
  vault.write("c1.md", "---\nid: c1\ntype: claim\n---\n");
  vault.write("c2.md", "---\nid: c2\ntype: claim\nsources: []\n---\n");
  vault.write("c3.md", "---\nid: c3\ntype: claim\nsource_url: \"\"\n---\n");
  vault.write("c4.md", "---\nid: c4\ntype: claim\nsource_url:\n---\n");
  vault.write("c5.md", "---\nid: c5\ntype: claim\nsourceUrl: \"https://x\"\n---\n");
  vault.write("c6.md", "---\nid: c6\ntype: claim\nsources:\n  - \"a book\"\n---\n");
  EXPECT_THAT(vault.findings(), ElementsAre("c1.md:1:1: unsourced-claim", "c2.md:1:1: unsourced-claim",
                                            "c3.md:1:1: unsourced-claim", "c4.md:1:1: unsourced-claim"));
}

TEST(UnsourcedClaim, FieldsAndTypesComeFromTheConfig) {
  TempVault vault;
  vault.write("c1.md", "---\nid: c1\ntype: claim\nsource_url: x\n---\n");
  vault.write("q.md", "---\nid: q\ntype: quote\ncited_in: x\n---\n");
  vaultlint::Config config;
  config.claim_types = {"claim", "quote"};
  config.source_fields = {"cited_in"};
  const auto diagnostics = vaultlint::check_vault(vault.load(config), config);
  EXPECT_THAT(vaultlint::testing::brief(diagnostics), ElementsAre("c1.md:1:1: unsourced-claim"));
  EXPECT_EQ(diagnostics[0].message, "claim 'c1' has none of the source fields set: cited_in");
}
