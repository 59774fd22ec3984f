#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

namespace {

constexpr const char* kClaimSchema = R"(schemas:
  claim:
    type: object
    required: [id, source]
    properties:
      originDay: {type: integer}
      enrichment_confidence: {enum: [high, medium, low]}
      related:
        type: array
        items: {type: string, pattern: "^[a-z-]+$"}
      meta:
        type: object
        properties:
          pages: {type: integer, minimum: 1}
)";

}  // namespace

TEST(SchemaViolation, PositionsPointAtTheOffendingValue) {
  TempVault vault;
  vault.write("c.md",
              "---\n"
              "id: c\n"
              "source: \"book\"\n"
              "originDay: one\n"
              "enrichment_confidence: \"very high\"\n"
              "type: claim\n"
              "---\n# C\n");
  EXPECT_THAT(vault.messages(vault.config(kClaimSchema), "schema-violation"),
              ElementsAre("c.md:4:12: /originDay: expected integer, got string \"one\" [schema-violation]",
                          "c.md:5:24: /enrichment_confidence: expected one of \"high\", \"medium\", \"low\" (enum), "
                          "got string \"very high\" [schema-violation]"));
}

TEST(SchemaViolation, QuotedScalarsAreStringsAndPlainOnesAreTyped) {
  TempVault vault;
  vault.write("plain.md", "---\nid: p\ntype: claim\nsource: s\noriginDay: 12\n---\n");
  vault.write("quoted.md", "---\nid: q\ntype: claim\nsource: s\noriginDay: '12'\n---\n");
  vault.write("float.md", "---\nid: f\ntype: claim\nsource: s\noriginDay: 12.0\n---\n");
  vault.write("null.md", "---\nid: n\ntype: claim\nsource: s\noriginDay: ~\n---\n");
  EXPECT_THAT(vault.messages(vault.config(kClaimSchema), "schema-violation"),
              ElementsAre("null.md:5:12: /originDay: expected integer, got null [schema-violation]",
                          "quoted.md:5:12: /originDay: expected integer, got string \"12\" [schema-violation]"));
}

TEST(SchemaViolation, ItemsOfBlockAndFlowListsAreFoundByIndex) {
  TempVault vault;
  vault.write("block.md",
              "---\nid: b\ntype: claim\nsource: s\nrelated:\n  - ok-one\n  - \"Not OK\"\n  - 7\n---\n");
  vault.write("flow.md", "---\nid: f\ntype: claim\nsource: s\nrelated: [ok, \"Bad One\", ok-two]\n---\n");
  EXPECT_THAT(vault.messages(vault.config(kClaimSchema), "schema-violation"),
              ElementsAre("block.md:7:5: /related/1: expected a string matching /^[a-z-]+$/ (pattern), got string "
                          "\"Not OK\" [schema-violation]",
                          "block.md:8:5: /related/2: expected string, got integer 7 [schema-violation]",
                          "flow.md:5:15: /related/1: expected a string matching /^[a-z-]+$/ (pattern), got string "
                          "\"Bad One\" [schema-violation]"));
}

TEST(SchemaViolation, MissingRequiredPropertyIsReportedAtTheOpeningLine) {
  TempVault vault;
  vault.write("c.md", "---\nid: c\ntype: claim\n---\n");
  vault.write("nested.md", "---\nid: n\ntype: claim\nsource: s\nmeta:\n  pages: 0\n---\n");
  EXPECT_THAT(vault.messages(vault.config(kClaimSchema), "schema-violation"),
              ElementsAre("c.md:1:1: /source: required property is missing [schema-violation]",
                          "nested.md:6:10: /meta/pages: expected a number >= 1 (minimum), got integer 0 "
                          "[schema-violation]"));
}

TEST(SchemaViolation, CrlfAndBomDoNotMovePositions) {
  TempVault vault;
  vault.write("crlf.md", "---\r\nid: c\r\ntype: claim\r\nsource: s\r\noriginDay: one\r\n---\r\n# C\r\n");
  vault.write("bom.md", "\xEF\xBB\xBF---\nid: b\ntype: claim\nsource: s\nrelated: [fine, 3]\n---\n");
  EXPECT_THAT(vault.messages(vault.config(kClaimSchema), "schema-violation"),
              ElementsAre("bom.md:5:17: /related/1: expected string, got integer 3 [schema-violation]",
                          "crlf.md:5:12: /originDay: expected integer, got string \"one\" [schema-violation]"));
}

TEST(SchemaViolation, EveryNoteSchemaAppliesToUntypedAndEmptyFrontMatter) {
  TempVault vault;
  vault.write("empty.md", "---\n---\n# Empty\n");
  vault.write("untyped.md", "---\nid: u\n---\n");
  vault.write("none.md", "# No front matter\n");
  const auto config = vault.config("schemas:\n  \"*\":\n    required: [type]\n");
  EXPECT_THAT(vault.messages(config, "schema-violation"),
              ElementsAre("empty.md:1:1: /type: required property is missing [schema-violation]",
                          "untyped.md:1:1: /type: required property is missing [schema-violation]"));
}

TEST(SchemaViolation, TheSameFindingFromTwoSchemasIsReportedOnce) {
  TempVault vault;
  vault.write("c.md", "---\nid: c\ntype: claim\n---\n");
  const auto config = vault.config(
      "schemas:\n  \"*\": {required: [source]}\n  claim: {required: [source, tags]}\n");
  EXPECT_THAT(vault.messages(config, "schema-violation"),
              ElementsAre("c.md:1:1: /source: required property is missing [schema-violation]",
                          "c.md:1:1: /tags: required property is missing [schema-violation]"));
}

TEST(SchemaViolation, AnUnwantedPropertyIsReportedAtItsKey) {
  TempVault vault;
  vault.write("c.md", "---\nid: c\ntype: claim\nsourceTitel: x\n---\n");
  const auto config = vault.config(
      "schemas:\n  claim:\n    properties: {id: {}, type: {}}\n    additionalProperties: false\n");
  EXPECT_THAT(vault.messages(config, "schema-violation"),
              ElementsAre("c.md:4:1: /sourceTitel: property is not allowed (additionalProperties) "
                          "[schema-violation]"));
}

TEST(SchemaViolation, AnAliasBombIsStoppedNotExpanded) {
  TempVault vault;
  std::string yaml = "---\nid: bomb\ntype: claim\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char previous = 'a';
  for (char name = 'b'; name <= 'j'; ++name) {
    yaml += fmt::format("{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n", name, name,
                        fmt::arg("p", previous));
    previous = name;
  }
  vault.write("bomb.md", yaml + "---\n");
  // By default the reader's alias guard refuses this note before any schema sees it.
  const auto guarded = vault.config("schemas:\n  claim: {type: object}\n");
  EXPECT_EQ(vault.messages(guarded, "schema-violation"), std::vector<std::string>{});
  EXPECT_THAT(vault.messages(guarded, "invalid-frontmatter"),
              ElementsAre(::testing::HasSubstr("(max_alias_expansion); not parsed")));
  // With the guard opened wide, the YAML-to-JSON conversion still stops at its value budget.
  const auto config = vault.config("max_alias_expansion: 100000000000\nschemas:\n  claim: {type: object}\n");
  const auto found = vault.messages(config, "schema-violation");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_THAT(found[0], ::testing::StartsWith("bomb.md:"));
  EXPECT_THAT(found[0], ::testing::HasSubstr("front matter not checked against its schema: front matter holds "
                                             "more than 100000 values"));
}

TEST(SchemaViolation, TurnedOffTheRuleSkipsValidation) {
  TempVault vault;
  vault.write("c.md", "---\nid: c\ntype: claim\n---\n");
  auto config = vault.config("schemas:\n  claim: {required: [source]}\nrules:\n  schema-violation: off\n");
  const auto loaded = vault.load(config);
  EXPECT_TRUE(loaded.notes[0].extras().field_findings.empty());
}
