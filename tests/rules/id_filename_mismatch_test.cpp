#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(IdFilenameMismatch, OffByDefault) {
  TempVault vault;
  vault.write("concepts/old-name.md", "---\nid: new-name\n---\n");
  EXPECT_TRUE(vault.messages({}, "id-filename-mismatch").empty());
}

TEST(IdFilenameMismatch, ReportsAtTheIdLineWhenTurnedOn) {
  TempVault vault;
  vault.write("concepts/old-name.md", "---\ntype: concept\nid: new-name\n---\n");
  vault.write("concepts/same.md", "---\nid: same\n---\n");
  vault.write("concepts/Caf\xC3\xA9.md", "---\nid: \"Cafe\xCC\x81\"\n---\n");  // NFD id, NFC file name
  vault.write("concepts/no-id.md", "---\ntype: concept\n---\n");
  vault.write("concepts/Title Case.md", "---\nid: title-case\n---\n");
  const auto config = vault.config("rules:\n  id-filename-mismatch: warning\n");
  EXPECT_THAT(vault.messages(config, "id-filename-mismatch"),
              ElementsAre("concepts/Title Case.md:2:1: id 'title-case' differs from the file name 'Title Case.md' "
                          "[id-filename-mismatch]",
                          "concepts/old-name.md:3:1: id 'new-name' differs from the file name 'old-name.md' "
                          "[id-filename-mismatch]"));
}

TEST(IdFilenameMismatch, IgnoredPathsAreLeftAlone) {
  TempVault vault;
  vault.write("concepts/Title Case.md", "---\nid: title-case\n---\n");
  vault.write("archive/copy.md", "---\nid: original\n---\n");
  vault.write("concepts/old.md", "---\nid: new\n---\n");
  const auto config = vault.config(
      "rules:\n  id-filename-mismatch: error\nid_filename_ignore: [\"concepts/Title Case.md\", \"archive/**\"]\n");
  EXPECT_THAT(vault.messages(config, "id-filename-mismatch"),
              ElementsAre("concepts/old.md:2:1: id 'new' differs from the file name 'old.md' [id-filename-mismatch]"));
}
