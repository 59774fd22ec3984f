#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

namespace {

std::string config_error(const TempVault& vault, const std::string& yaml) {
  vaultlint::Config config;
  std::string error;
  const auto origin = (vault.root() / ".vaultlint.yaml").string();
  if (vaultlint::parse_config(yaml, origin, &config, &error)) return "(loaded)";
  return error.substr(vault.root().string().size() + 1);  // vault-relative
}

}  // namespace

TEST(SchemaConfig, SchemasComeInlineOrFromJsonAndYamlFiles) {
  TempVault vault;
  vault.write(".schemas/claim.json", R"({"required": ["source"]})");
  vault.write(".schemas/quote.yaml", "properties:\n  page: {type: integer}\n");
  vault.write("c.md", "---\ntype: claim\n---\n");
  vault.write("q.md", "---\ntype: quote\npage: ten\n---\n");
  vault.write("s.md", "---\ntype: source\n---\n");
  const auto config = vault.config(
      "schemas:\n  claim: .schemas/claim.json\n  quote: .schemas/quote.yaml\n  source: {required: [url]}\n");
  EXPECT_THAT(vault.messages(config, "schema-violation"),
              ElementsAre("c.md:1:1: /source: required property is missing [schema-violation]",
                          "q.md:3:7: /page: expected integer, got string \"ten\" [schema-violation]",
                          "s.md:1:1: /url: required property is missing [schema-violation]"));
}

TEST(SchemaConfig, RefsResolveAgainstTheFileThatHoldsThem) {
  TempVault vault;
  // Both files define #/definitions/name differently: valijson alone would
  // take one for the other.
  vault.write("schemas/claim.json",
              R"({"definitions": {"name": {"type": "string"}},
                  "properties": {"title": {"$ref": "#/definitions/name"},
                                 "id": {"$ref": "shared/common.json#/definitions/name"}}})");
  vault.write("schemas/shared/common.json",
              R"({"definitions": {"name": {"$ref": "#/definitions/slug"},
                                  "slug": {"type": "string", "pattern": "^[a-z-]+$"}}})");
  vault.write("c.md", "---\ntype: claim\nid: Not A Slug\ntitle: Any Title\n---\n");
  const auto config = vault.config("schemas:\n  claim: schemas/claim.json\n");
  EXPECT_THAT(vault.messages(config, "schema-violation"),
              ElementsAre("c.md:3:5: /id: expected a string matching /^[a-z-]+$/ (pattern), got string \"Not A "
                          "Slug\" [schema-violation]"));
}

TEST(SchemaConfig, InlineSchemasRefFilesBesideTheConfig) {
  TempVault vault;
  vault.write("defs.yaml", "definitions:\n  level: {enum: [high, medium, low]}\n");
  vault.write("c.md", "---\ntype: claim\nconfidence: certain\n---\n");
  const auto config =
      vault.config("schemas:\n  claim:\n    properties:\n      confidence: {$ref: \"defs.yaml#/definitions/level\"}\n");
  EXPECT_THAT(vault.messages(config, "schema-violation"),
              ElementsAre("c.md:3:13: /confidence: expected one of \"high\", \"medium\", \"low\" (enum), got string "
                          "\"certain\" [schema-violation]"));
}

TEST(SchemaConfig, ASchemaThatDoesNotLoadNamesTheConfigLineAndTheFile) {
  TempVault vault;
  vault.write("bad.json", "{\n  \"type\": \"object\",\n  \"properties\": {,}\n}\n");
  vault.write("bad.yaml", "type: [object\n");
  vault.write("refs.json", R"({"$ref": "missing.json"})");
  EXPECT_EQ(config_error(vault, "rules: {}\nschemas:\n  claim: bad.json\n"),
            ".vaultlint.yaml:3: schema for 'claim': " + (vault.root() / "bad.json").string() +
                ":3: invalid JSON: syntax error while parsing object key - unexpected ','; expected string literal");
  EXPECT_EQ(config_error(vault, "schemas:\n  quote: nowhere.json\n"),
            ".vaultlint.yaml:2: schema for 'quote': " + (vault.root() / "nowhere.json").string() +
                ": cannot read the schema file");
  EXPECT_THAT(config_error(vault, "schemas:\n  quote: bad.yaml\n"),
              ::testing::StartsWith(".vaultlint.yaml:2: schema for 'quote': " + (vault.root() / "bad.yaml").string() +
                                    ":2: invalid YAML: "));
  EXPECT_EQ(config_error(vault, "schemas:\n  a: {}\n  b:\n    type: strnig\n"),
            ".vaultlint.yaml:3: schema for 'b': Unrecognised JSON type name 'strnig'");
  EXPECT_EQ(config_error(vault, "schemas:\n  c: refs.json\n"),
            ".vaultlint.yaml:2: schema for 'c': $ref 'missing.json' in " + (vault.root() / "refs.json").string() +
                ": " + (vault.root() / "missing.json").string() + ": cannot read the schema file");
  EXPECT_EQ(config_error(vault, "schemas: [a]\n"), ".vaultlint.yaml:1: 'schemas' must map note types (or \"*\") to schemas");
  EXPECT_EQ(config_error(vault, "schemas:\n  a: [1]\n"),
            ".vaultlint.yaml:2: schema for 'a': must be a schema (a mapping) or the path of a JSON or YAML schema "
            "file");
}

TEST(SchemaConfig, SynonymsAndTypesAreChecked) {
  TempVault vault;
  EXPECT_EQ(config_error(vault, "synonyms: [[a]]\n"),
            ".vaultlint.yaml:1: 'synonyms' must be a list of lists of two or more keys");
  EXPECT_EQ(config_error(vault, "types: quote\n"), ".vaultlint.yaml:1: 'types' must be a list of strings");
  EXPECT_EQ(config_error(vault, "id_filename_ignore: [a, b]\nsynonyms: [[a, b], [c, d, e]]\n"), "(loaded)");
}
