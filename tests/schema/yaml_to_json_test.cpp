#include <gtest/gtest.h>

#include <string>

#include "schema/instance_path.hpp"
#include "schema/yaml_locate.hpp"
#include "schema/yaml_to_json.hpp"

using nlohmann::json;
using vaultlint::InstancePath;
using vaultlint::JsonConversionError;
using vaultlint::JsonConversionLimits;
using vaultlint::PathStep;

namespace {

json convert(const std::string& yaml, JsonConversionLimits limits = {}) {
  json out;
  JsonConversionError error;
  if (!vaultlint::yaml_to_json(YAML::Load(yaml), limits, &out, &error)) {
    return json{{"error", error.message}, {"line", error.mark.line}, {"column", error.mark.column}};
  }
  return out;
}

}  // namespace

TEST(YamlToJson, MappingsListsAndScalars) {
  EXPECT_EQ(convert("a: 1\nb: [x, \"2\", 3.5]\nc:\n  d: ~\n  e: 'true'\nf:\n"),
            json::parse(R"({"a":1,"b":["x","2",3.5],"c":{"d":null,"e":"true"},"f":null})"));
}

TEST(YamlToJson, KeysAreTheirTextAndTheFirstDuplicateWins) {
  EXPECT_EQ(convert("1: a\ntrue: b\nk: first\nk: second\n"), json::parse(R"({"1":"a","true":"b","k":"first"})"));
}

TEST(YamlToJson, AliasesAreCopiedWhileTheyFit) {
  EXPECT_EQ(convert("a: &x [1, 2]\nb: *x\n"), json::parse(R"({"a":[1,2],"b":[1,2]})"));
}

TEST(YamlToJson, AnAliasBombStopsAtTheValueBudget) {
  std::string yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char name = 'b'; name <= 'j'; ++name) {
    const char p = static_cast<char>(name - 1);
    yaml += std::string(1, name) + ": &" + name + " [";
    for (int i = 0; i < 10; ++i) yaml += std::string(i ? ", *" : "*") + p;
    yaml += "]\n";
  }
  const json result = convert(yaml, JsonConversionLimits{64, 1000});
  EXPECT_EQ(result.value("error", ""), "front matter holds more than 1000 values (aliases count each time they are used)");
}

TEST(YamlToJson, DepthIsBounded) {
  const json result = convert("a: [[[[[1]]]]]\n", JsonConversionLimits{4, 1000});
  EXPECT_EQ(result.value("error", ""), "front matter is nested deeper than 4 levels");
  EXPECT_EQ(result.value("column", -1), 6);  // the fourth list (0-based column)
}

TEST(YamlToJson, ComplexKeysAreRefused) {
  const json result = convert("? [a, b]\n: 1\n");
  EXPECT_EQ(result.value("error", ""), "a key that is a list or a mapping cannot be checked against a schema");
}

TEST(YamlLocate, FollowsKeysAndIndexes) {
  const YAML::Node root = YAML::Load("a: 1\nlist:\n  - x\n  - {k: v}\nempty:\nnext: 2\n");
  const auto mark = [&](InstancePath path, bool at_key) {
    const auto m = vaultlint::locate_in_yaml(root, path, at_key);
    return std::to_string(m.line) + ":" + std::to_string(m.column);
  };
  EXPECT_EQ(mark({PathStep{"a"}}, false), "0:3");
  EXPECT_EQ(mark({PathStep{"list"}, PathStep{"", 1, true}, PathStep{"k"}}, false), "3:8");
  EXPECT_EQ(mark({PathStep{"list"}, PathStep{"", 1, true}, PathStep{"k"}}, true), "3:5");
  EXPECT_EQ(mark({PathStep{"empty"}}, false), "4:0");  // an empty value: its key
  EXPECT_EQ(mark({PathStep{"list"}, PathStep{"", 5, true}}, false), "2:2");  // the deepest node found: the list
  EXPECT_EQ(vaultlint::json_pointer({PathStep{"a/b~c"}, PathStep{"", 2, true}}), "/a~1b~0c/2");
}
