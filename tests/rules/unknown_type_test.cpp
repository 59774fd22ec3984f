#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(UnknownType, ATypoGetsADidYouMeanAtTheTypeValue) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\ntype: conept\n---\n");
  vault.write("b.md", "---\nid: b\ntype: \"Claim\"\n---\n");
  vault.write("c.md", "---\nid: c\ntype: recipe\n---\n");
  vault.write("d.md", "---\nid: d\ntype: source\n---\n");
  vault.write("e.md", "---\nid: e\ntype: concept\n---\n");
  const auto config = vault.config("schemas:\n  source: {type: object}\n");
  EXPECT_THAT(vault.messages(config, "unknown-type"),
              ElementsAre("a.md:3:7: type 'conept' is not a known note type; did you mean 'concept'? [unknown-type]",
                          "b.md:3:7: type 'Claim' is not a known note type; did you mean 'claim'? [unknown-type]",
                          "c.md:3:7: type 'recipe' is not a known note type (known: claim, concept, source) "
                          "[unknown-type]"));
}

TEST(UnknownType, TheTypesListNamesTypesWithoutASchema) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\ntype: quote\n---\n");
  vault.write("b.md", "---\nid: b\ntype: qoute\n---\n");
  const auto config = vault.config("types: [quote]\n");
  EXPECT_THAT(vault.messages(config, "unknown-type"),
              ElementsAre("b.md:3:7: type 'qoute' is not a known note type; did you mean 'quote'? [unknown-type]"));
}

TEST(UnknownType, WithoutSchemasOrTypesNothingIsUnknown) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\ntype: anything\n---\n");
  vault.write("b.md", "---\nid: b\n---\n");
  EXPECT_TRUE(vault.messages(vault.config("schemas:\n  \"*\": {required: [id]}\n"), "unknown-type").empty());
  EXPECT_TRUE(vault.messages({}, "unknown-type").empty());
}
