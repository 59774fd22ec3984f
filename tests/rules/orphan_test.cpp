#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(Orphan, SelfLinksAndLinksInCodeDoNotRescue) {
  TempVault vault;
  vault.write("c1.md", "---\nid: c1\ntype: concept\n---\n[[c1]]\n");
  vault.write("c2.md", "---\nid: c2\ntype: concept\n---\n");
  vault.write("n.md", "---\nid: n\ntype: claim\nsource: x\n---\n`[[c1]]`\n\n```\n[[c1]]\n```\n[[c2]]\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics), ElementsAre("c1.md:1:1: orphan"));
  EXPECT_EQ(diagnostics[0].message, "concept 'c1' has no incoming link from another note");
  EXPECT_EQ(diagnostics[0].severity, vaultlint::Severity::warning);
}

TEST(Orphan, AnyEdgeKindRescuesAndTypesAreConfigurable) {
  TempVault vault;
  vault.write("c1.md", "---\nid: c1\ntype: concept\n---\n");
  vault.write("c2.md", "---\nid: c2\ntype: concept\n---\n");
  vault.write("c3.md", "---\nid: c3\ntype: concept\n---\n");
  vault.write("f.md", "---\nid: f\ntype: framework\nrelated: [c1]\nchallenges: \"[[c2]]\"\n---\n[x](c3.md)\n");
  EXPECT_THAT(vault.findings(), ElementsAre());
  vaultlint::Config config;
  config.orphan_types = {"framework"};
  EXPECT_THAT(vault.findings(config), ElementsAre("f.md:1:1: orphan"));
}
