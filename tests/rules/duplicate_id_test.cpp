#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(DuplicateId, EveryFileDeclaringTheIdIsReportedAtItsIdLine) {
  TempVault vault;
  vault.write("entities/e.md", "---\nid: \"entity-x\"\ntype: entity\n---\n");
  vault.write("entities/archive/e-copy.md", "---\ntype: entity\nid: \"Entity-X\"\n---\n");
  vault.write("other.md", "---\nid: other\n---\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics),
              ElementsAre("entities/archive/e-copy.md:3:1: duplicate-id", "entities/e.md:2:1: duplicate-id"));
  EXPECT_EQ(diagnostics[1].message, "id 'entity-x' is also declared by 'entities/archive/e-copy.md'");
}
