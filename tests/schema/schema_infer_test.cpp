#include <gtest/gtest.h>

#include <sstream>

#include "support/temp_vault.hpp"
#include "vaultlint/schema.hpp"

using vaultlint::InferredSchemas;
using vaultlint::testing::TempVault;

namespace {

InferredSchemas infer(const TempVault& vault, unsigned threads) {
  InferredSchemas schemas;
  std::string error;
  EXPECT_TRUE(vaultlint::infer_schemas(vault.root(), {}, vaultlint::LoadOptions{threads, {}}, &schemas, &error));
  return schemas;
}

std::string written(const InferredSchemas& schemas) {
  std::ostringstream out;
  vaultlint::write_inferred_schemas(out, schemas);
  return out.str();
}

}  // namespace

TEST(SchemaInfer, PropertiesTypesRequiredAndEnums) {
  TempVault vault;
  vault.write("c1.md", "---\ntype: claim\nstatus: draft\nweight: 1\nrelated: [a, 2]\n---\n");
  vault.write("c2.md", "---\ntype: claim\nstatus: draft\nweight: 1.5\n---\n");
  vault.write("c3.md", "---\ntype: claim\nstatus: final\nweight: 2\n\"odd key\": ~\n---\n");
  vault.write("c4.md", "---\ntype: claim\nstatus: draft\nweight: 3\n---\n");
  vault.write("untyped.md", "---\nid: u\n---\n");
  vault.write("none.md", "# no front matter\n");
  vault.write("bad.md", "---\ntags: [\n---\n");
  const InferredSchemas schemas = infer(vault, 1);
  EXPECT_EQ(schemas.notes, 7u);
  EXPECT_EQ(schemas.typed, 4u);
  EXPECT_EQ(schemas.untyped, 1u);
  EXPECT_EQ(schemas.unread, 2u);
  const std::string expected_body =
      "schemas:\n"
      "  claim:  # 4 notes\n"
      "    type: object\n"
      "    required: [status, type, weight]\n"
      "    properties:\n"
      "      \"odd key\":  # 1 of 4 notes (25%)\n"
      "        type: \"null\"\n"
      "      related:  # 1 of 4 notes (25%)\n"
      "        type: array\n"
      "        items:\n"
      "          type: [integer, string]\n"
      "      status:  # 4 of 4 notes (100%)\n"
      "        type: string\n"
      "        enum: [\"draft\", \"final\"]\n"
      "      type:  # 4 of 4 notes (100%)\n"
      "        type: string\n"
      "        enum: [\"claim\"]\n"
      "      weight:  # 4 of 4 notes (100%)\n"
      "        type: number\n";
  const std::string text = written(schemas);
  EXPECT_EQ(text.substr(text.find("schemas:\n")), expected_body);
}

TEST(SchemaInfer, TheOutputIsAConfigThatHoldsForTheVault) {
  TempVault vault;
  vault.write("a.md", "---\ntype: x\nmaybe: ~\nmixed: 1\nlist: [1, \"a\", ~, {k: v}]\n---\n");
  vault.write("b.md", "---\ntype: x\nmaybe: null\nmixed: [1]\nlist: []\n---\n");
  const auto config = vault.config(written(infer(vault, 1)));
  EXPECT_TRUE(vault.messages(config, "schema-violation").empty());
}

TEST(SchemaInfer, ParallelReadGivesTheSameSchemas) {
  TempVault vault;
  for (int i = 0; i < 90; ++i) {
    vault.write("n" + std::to_string(i) + ".md",
                "---\ntype: t" + std::to_string(i % 3) + "\nlevel: l" + std::to_string(i % 4) + "\nn: " +
                    std::to_string(i) + (i % 5 == 0 ? "\nextra: [x]\n" : "\n") + "---\n");
  }
  const std::string serial = written(infer(vault, 1));
  EXPECT_EQ(written(infer(vault, 4)), serial);
  EXPECT_NE(serial.find("  t2:  # 30 notes\n"), std::string::npos) << serial;
}
