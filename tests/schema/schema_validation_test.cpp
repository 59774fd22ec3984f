#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "schema/note_schemas.hpp"
#include "schema/schema_validation.hpp"

using nlohmann::json;
using ::testing::ElementsAre;

namespace {

/// The messages of validating `instance` against `schema`.
std::vector<std::string> messages(const char* schema, const char* instance) {
  vaultlint::NoteSchemas schemas;
  std::string error;
  if (!schemas.add("t", json::parse(schema), &error)) return {"schema error: " + error};
  std::vector<std::string> out;
  for (const auto& v : vaultlint::validate_instance(*schemas.for_type("t"), json::parse(instance), schemas.values())) {
    out.push_back(v.message);
  }
  return out;
}

}  // namespace

TEST(SchemaValidation, ValidInstancesHaveNoViolations) {
  EXPECT_TRUE(messages(R"({"properties": {"a": {"type": "integer"}}})", R"({"a": 1})").empty());
}

TEST(SchemaValidation, LeafKeywordsSayWhatWasExpectedAndWhatWasFound) {
  EXPECT_THAT(messages(R"({"properties": {
                 "a": {"const": "x"}, "b": {"minLength": 3}, "c": {"maxItems": 1},
                 "d": {"exclusiveMaximum": 10}, "e": {"multipleOf": 0.5}, "f": {"uniqueItems": true},
                 "g": {"type": ["string", "null"]}, "h": {"maxProperties": 1}, "i": {"format": "date-time"}}})",
                       R"({"a": "y", "b": "ab", "c": [1, 2], "d": 10, "e": 0.7, "f": ["p", "q", "p"],
                           "g": 3, "h": {"x": 1, "y": 2}, "i": "yesterday"})"),
              ElementsAre("/a: expected \"x\" (const), got string \"y\"",
                          "/b: expected at least 3 characters (minLength), got 2 characters: \"ab\"",
                          "/c: expected at most 1 item (maxItems), got array of 2 items",
                          "/d: expected a number < 10 (exclusiveMaximum), got integer 10",
                          "/e: expected a multiple of 0.5 (multipleOf), got number 0.7",
                          "/f/2: expected unique items (uniqueItems), got string \"p\" again (also item 0)",
                          "/g: expected null or string, got integer 3",
                          "/h: expected at most 1 property (maxProperties), got object with 2 properties",
                          "/i: expected a date-time (format), got string \"yesterday\""));
}

TEST(SchemaValidation, EnclosingPropertiesAndItemsAreFoldedIntoTheLeaf) {
  EXPECT_THAT(messages(R"({"properties": {"list": {"items": {"properties": {"n": {"minimum": 0}}}}}})",
                       R"({"list": [{"n": 1}, {"n": -1}]})"),
              ElementsAre("/list/1/n: expected a number >= 0 (minimum), got integer -1"));
}

TEST(SchemaValidation, AlternativesAreOneViolation) {
  EXPECT_THAT(messages(R"({"properties": {"x": {"anyOf": [{"type": "string"}, {"type": "array"}]},
                                           "y": {"oneOf": [{"minimum": 0}, {"maximum": 10}]},
                                           "z": {"anyOf": [{"minimum": 5}, {"enum": [1, 2]}]}}})",
                       R"({"x": 5, "y": 5, "z": 3})"),
              ElementsAre("/x: expected string or array (anyOf), got integer 5",
                          "/y: expected a value matching exactly one of the 2 oneOf schemas, got integer 5 matching "
                          "2 of them",
                          "/z: expected a value matching one of the 2 anyOf schemas, got integer 3"));
}

TEST(SchemaValidation, OneOfSeveralRequiredPropertiesIsNamed) {
  EXPECT_THAT(messages(R"({"anyOf": [{"required": ["source_url"]}, {"required": ["sources", "pages"]}]})",
                       R"({"id": "x"})"),
              ElementsAre("front matter: expected property 'source_url' or properties 'pages' and 'sources' "
                          "(anyOf), got object with 1 property"));
}

TEST(SchemaValidation, ConditionsReportTheBranchThatApplies) {
  EXPECT_THAT(messages(R"({"if": {"properties": {"type": {"const": "claim"}}},
                           "then": {"required": ["source"]}, "else": {"required": ["id"]},
                           "not": {"required": ["draft"]}})",
                       R"({"type": "claim", "draft": true})"),
              ElementsAre("/source: required property is missing",
                          "front matter: expected a value the 'not' schema rejects (not), got object with 2 "
                          "properties"));
}

TEST(SchemaValidation, ObjectAndArrayShapes) {
  EXPECT_THAT(messages(R"({"dependencies": {"source_url": ["source_title"]},
                           "propertyNames": {"pattern": "^[a-z_]+$"},
                           "properties": {"pair": {"items": [{"type": "string"}], "additionalItems": false},
                                          "tags": {"contains": {"const": "reviewed"}},
                                          "gone": false}})",
                       R"({"source_url": "u", "Bad": 1, "pair": ["a", "b"], "tags": ["x"], "gone": 1})"),
              ElementsAre("/source_title: property is missing, but 'source_url' needs it (dependencies)",
                          "/gone: property is not allowed (its schema is false)",
                          "/pair/1: expected at most 1 item (additionalItems), got array of 2 items",
                          "/tags: expected an item that matches the 'contains' schema (contains), got array of 1 "
                          "item",
                          "/Bad: property name is not allowed (propertyNames)"));
}

TEST(SchemaValidation, LocalReferencesAreFollowed) {
  EXPECT_THAT(messages(R"({"definitions": {"id": {"type": "string", "pattern": "^[a-z]+$"}},
                           "properties": {"related": {"items": {"$ref": "#/definitions/id"}}}})",
                       R"({"related": ["ok", "NO"]})"),
              ElementsAre("/related/1: expected a string matching /^[a-z]+$/ (pattern), got string \"NO\""));
}

TEST(SchemaValidation, LongValuesAreCut) {
  const std::string long_text(100, 'a');
  const auto found = messages(R"({"properties": {"s": {"maxLength": 5}}})", (R"({"s": ")" + long_text + "\"}").c_str());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], "/s: expected at most 5 characters (maxLength), got 100 characters: \"" +
                          std::string(60, 'a') + "...\"");
}

TEST(SchemaValidation, BadSchemasAreRefused) {
  EXPECT_THAT(messages(R"({"type": "strnig"})", "{}"),
              ElementsAre("schema error: Unrecognised JSON type name 'strnig'"));
  EXPECT_THAT(messages(R"({"pattern": "(unclosed"})", "{}")[0], ::testing::StartsWith("schema error: invalid regular expression '(unclosed'"));
  // Numbers libstdc++ would overflow on (found by fuzz_config) or expand without bound.
  EXPECT_THAT(messages(R"({"pattern": "(a)\\7777777777777777777"})", "{}"),
              ElementsAre("schema error: invalid regular expression '(a)\\7777777777777777777': "
                          "'\\7777777777777777777' is over the largest backreference or repeat count "
                          "vaultlint accepts (10000)"));
  EXPECT_THAT(messages(R"({"pattern": "^a{2,99999}$"})", "{}")[0], ::testing::HasSubstr("'{2,99999' is over"));
  EXPECT_THAT(messages(R"({"pattern": "^a{10001}"})", "{}")[0], ::testing::HasSubstr("'{10001' is over"));
  // (No IsEmpty(): its description lives in libgmock, which the tests do not link.)
  EXPECT_EQ(messages(R"({"pattern": "^(a)\\1{2,10000} \\{99999}$"})", "{}"), std::vector<std::string>{});
  EXPECT_THAT(messages(R"({"$ref": "http://example.com/s.json"})", "{}"),
              ElementsAre("schema error: Fetching of remote JSON References not enabled."));
}
