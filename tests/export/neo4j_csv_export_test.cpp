#include <gtest/gtest.h>

#include <sstream>

#include "support/temp_vault.hpp"
#include "vaultlint/export.hpp"

using vaultlint::testing::TempVault;

namespace {

std::string nodes_of(const vaultlint::Vault& vault) {
  std::ostringstream out;
  vaultlint::write_neo4j_nodes(out, vault, vaultlint::select_all(vault), {});
  return out.str();
}

std::string relationships_of(const vaultlint::Vault& vault) {
  std::ostringstream out;
  vaultlint::write_neo4j_relationships(out, vault, vaultlint::select_all(vault), {});
  return out.str();
}

}  // namespace

TEST(Neo4jLabel, TypesBecomePascalCaseLabels) {
  EXPECT_EQ(vaultlint::neo4j_label("concept"), "Concept");
  EXPECT_EQ(vaultlint::neo4j_label("contrarian-insight"), "ContrarianInsight");
  EXPECT_EQ(vaultlint::neo4j_label("reading_list item"), "ReadingListItem");
  EXPECT_EQ(vaultlint::neo4j_label("a;b"), "AB");
  EXPECT_EQ(vaultlint::neo4j_label("été"), "été");
  EXPECT_EQ(vaultlint::neo4j_label(""), "");
}

TEST(Neo4jRelationshipType, KindsBecomeUpperSnakeCase) {
  EXPECT_EQ(vaultlint::neo4j_relationship_type("wikilink"), "WIKILINK");
  EXPECT_EQ(vaultlint::neo4j_relationship_type("see-also"), "SEE_ALSO");
  EXPECT_EQ(vaultlint::neo4j_relationship_type("sourced by"), "SOURCED_BY");
}

TEST(Neo4jCsvExport, NodesCarryLabelsPropertiesAndArrays) {
  TempVault vault;
  vault.write("c.md", "---\nid: c-1\ntype: contrarian-insight\ntags: [x, \"y;z\"]\naliases: [C]\n---\n# Title\n");
  vault.write("n.md", "---\ntype: note\n---\nplain\n");
  vault.write("u.md", "no front matter\n");
  EXPECT_EQ(nodes_of(vault.load()),
            "path:ID,:LABEL,id,title,type,tags:string[],aliases:string[]\n"
            "\"c.md\",\"Note;ContrarianInsight\",\"c-1\",\"Title\",\"contrarian-insight\",\"x;yz\",\"C\"\n"
            "\"n.md\",\"Note\",\"n\",\"n\",\"note\",\"\",\"\"\n"
            "\"u.md\",\"Note\",\"u\",\"u\",\"\",\"\",\"\"\n");
}

TEST(Neo4jCsvExport, RelationshipsAreTypedByKindWithPositions) {
  TempVault vault;
  vault.write("a.md", "---\nrelated: [b]\n---\nSee [[b]] and ![[b]] and [b](b.md).\n");
  vault.write("b.md", "");
  EXPECT_EQ(relationships_of(vault.load()),
            ":START_ID,:END_ID,:TYPE,kind,line:int,column:int\n"
            "\"a.md\",\"b.md\",\"RELATED\",\"related\",2,11\n"
            "\"a.md\",\"b.md\",\"WIKILINK\",\"wikilink\",4,5\n"
            "\"a.md\",\"b.md\",\"EMBED\",\"embed\",4,15\n"
            "\"a.md\",\"b.md\",\"MARKDOWN\",\"markdown\",4,26\n");
}

TEST(Neo4jCsvExport, QuotesAreDoubledAndNewlinesStayQuoted) {
  TempVault vault;
  vault.write("we\"ird,\nname.md", "# Say \"hi\", twice\n[[plain]]\n");
  vault.write("plain.md", "");
  const auto vault_loaded = vault.load();
  EXPECT_EQ(nodes_of(vault_loaded),
            "path:ID,:LABEL,id,title,type,tags:string[],aliases:string[]\n"
            "\"plain.md\",\"Note\",\"plain\",\"plain\",\"\",\"\",\"\"\n"
            "\"we\"\"ird,\nname.md\",\"Note\",\"we\"\"ird,\nname\",\"Say \"\"hi\"\", twice\",\"\",\"\",\"\"\n");
  EXPECT_EQ(relationships_of(vault_loaded),
            ":START_ID,:END_ID,:TYPE,kind,line:int,column:int\n"
            "\"we\"\"ird,\nname.md\",\"plain.md\",\"WIKILINK\",\"wikilink\",2,1\n");
}
