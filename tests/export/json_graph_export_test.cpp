#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/temp_vault.hpp"
#include "vaultlint/export.hpp"

using vaultlint::testing::TempVault;

TEST(JsonGraphExport, NodeLinkFormWithKeysNumberingParallelEdges) {
  TempVault vault;
  vault.write("a.md", "---\ntype: concept\ntags: [t]\nrelated: [b]\n---\n# Title A\n[[b]] [[b]]\n");
  vault.write("b.md", "---\nid: bee\n---\n");
  const auto loaded = vault.load();
  std::ostringstream out;
  vaultlint::write_json_graph(out, loaded, vaultlint::select_all(loaded), {});
  const auto doc = nlohmann::json::parse(out.str());
  EXPECT_EQ(doc["directed"], true);
  EXPECT_EQ(doc["multigraph"], true);
  EXPECT_EQ(doc["nodes"], nlohmann::json::parse(R"([
    {"id": "a.md", "path": "a.md", "type": "concept", "tags": ["t"], "title": "Title A"},
    {"id": "b.md", "path": "b.md", "type": "", "tags": [], "title": "bee"}])"));
  EXPECT_EQ(doc["links"], nlohmann::json::parse(R"([
    {"source": "a.md", "target": "b.md", "kind": "related", "line": 4, "column": 11, "key": 0},
    {"source": "a.md", "target": "b.md", "kind": "wikilink", "line": 7, "column": 1, "key": 1},
    {"source": "a.md", "target": "b.md", "kind": "wikilink", "line": 7, "column": 7, "key": 2}])"));
}

// The document is written a member at a time; it must read, byte for byte,
// as the whole document dumped at once would, whatever its strings hold.
TEST(JsonGraphExport, LaidOutAsTheWholeDocumentDumpedAtOnce) {
  TempVault vault;
  vault.write("q\"uo\\te.md", "---\ntags: [\"t\\u00e9\", x]\n---\n[[b]] [[b]] ![[b]]\n");
  vault.write("b.md", "# B\n[[q\"uo\\te]]\n");
  vault.write("c.md", "no links\n");
  const auto loaded = vault.load();
  std::ostringstream out;
  vaultlint::write_json_graph(out, loaded, vaultlint::select_all(loaded), {});
  const auto doc = nlohmann::ordered_json::parse(out.str());
  EXPECT_EQ(out.str(), doc.dump(2) + "\n");
  ASSERT_EQ(doc["links"].size(), 4u);
  EXPECT_EQ(doc["links"][0]["source"], "b.md");
  EXPECT_EQ(doc["links"][0]["target"], "q\"uo\\te.md");
  EXPECT_EQ(doc["links"][3]["kind"], "embed");
  EXPECT_EQ(doc["links"][3]["key"], 2);
}

TEST(JsonGraphExport, EmptyListsAreWrittenAsEmptyArrays) {
  TempVault vault;
  const auto loaded = vault.load();
  std::ostringstream out;
  vaultlint::write_json_graph(out, loaded, vaultlint::select_all(loaded), {});
  const auto doc = nlohmann::ordered_json::parse(out.str());
  EXPECT_EQ(out.str(), doc.dump(2) + "\n");
  EXPECT_EQ(doc["nodes"], nlohmann::ordered_json::array());
  EXPECT_EQ(doc["links"], nlohmann::ordered_json::array());
}

TEST(GraphFormats, TableListsDotJsonGraphmlHtmlAndNeo4j) {
  std::vector<std::string> names;
  for (const auto& format : vaultlint::graph_formats()) names.emplace_back(format.name);
#ifdef VAULTLINT_HTML
  EXPECT_EQ(names, (std::vector<std::string>{"dot", "json", "graphml", "html", "neo4j"}));
  EXPECT_TRUE(vaultlint::find_graph_format("html")->page);
  EXPECT_FALSE(vaultlint::find_graph_format("dot")->page);
#else
  EXPECT_EQ(names, (std::vector<std::string>{"dot", "json", "graphml", "neo4j"}));
#endif
  EXPECT_EQ(vaultlint::find_graph_format("json")->write, &vaultlint::write_json_graph);
  EXPECT_TRUE(vaultlint::find_graph_format("json")->files.empty());
  const auto* neo4j = vaultlint::find_graph_format("neo4j");
  ASSERT_EQ(neo4j->files.size(), 2u);
  EXPECT_EQ(neo4j->files[0].name, "nodes.csv");
  EXPECT_EQ(neo4j->files[1].name, "relationships.csv");
  EXPECT_EQ(vaultlint::find_graph_format("svg"), nullptr);
}
