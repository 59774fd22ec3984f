#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(ConflictingFields, DifferentValuesOfSynonymsAreReportedAtTheLaterKey) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\nsource_url: \"https://a.example\"\ntags: [x]\nsourceUrl: https://b.example\n---\n");
  vault.write("same.md", "---\nid: s\nsource_url: \"https://a.example\"\nsourceUrl: https://a.example\n---\n");
  vault.write("empty.md", "---\nid: e\nsource_url: \"\"\nsourceUrl: https://a.example\n---\n");
  vault.write("title.md", "---\nid: t\nsourceTitle: One\nsource_title: Two\n---\n");
  EXPECT_THAT(vault.messages({}, "conflicting-fields"),
              ElementsAre("a.md:5:1: 'sourceUrl' is \"https://b.example\" but its synonym 'source_url' on line 3 is "
                          "\"https://a.example\" [conflicting-fields]",
                          "title.md:4:1: 'source_title' is \"Two\" but its synonym 'sourceTitle' on line 3 is "
                          "\"One\" [conflicting-fields]"));
}

TEST(ConflictingFields, GroupsComeFromTheConfigAndValuesCompareAsJson) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\ndate: 2024\ncreated: \"2024\"\n---\n");
  vault.write("b.md", "---\nid: b\ndate: 12\ncreated: 12.0\nwhen: [1, 2]\n---\n");
  vault.write("c.md", "---\nid: c\nsource_url: x\nsourceUrl: y\n---\n");
  const auto config = vault.config("synonyms:\n  - [date, created, when]\n");
  EXPECT_THAT(vault.messages(config, "conflicting-fields"),
              ElementsAre("a.md:4:1: 'created' is \"2024\" but its synonym 'date' on line 3 is 2024 "
                          "[conflicting-fields]",
                          "b.md:5:1: 'when' is [1,2] but its synonym 'date' on line 3 is 12 [conflicting-fields]"));
}
