// The data of the HTML graph page, and the front matter it shows.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/temp_vault.hpp"
#include "vaultlint/export.hpp"

using vaultlint::testing::TempVault;

namespace vaultlint {
namespace {

TEST(GraphPageData, NotesEdgesBrokenReferencesAndFindingsOneALine) {
  TempVault vault;
  vault.write("a.md", "---\ntype: concept\ntags: [t]\nrelated: [b, nowhere]\n---\n# A\n[[b]] [[b#No such]]\n");
  vault.write("b.md", "---\nid: bee\n---\n");
  const Vault loaded = vault.load();
  ExportOptions options;
  options.findings = check_vault(loaded, Config{});
  options.front_matter = read_front_matter_texts(loaded, select_all(loaded).notes);
  const std::string data = graph_page_data(loaded, select_all(loaded), options);
  EXPECT_EQ(data.substr(data.find("\"notes\"")),
            R"("notes":[
{"path":"a.md","id":"a","title":"A","type":"concept","tags":["t"],"aliases":[],"front_matter":"type: concept\ntags: [t]\nrelated: [b, nowhere]\n"},
{"path":"b.md","id":"bee","title":"","type":"","tags":[],"aliases":[],"front_matter":"id: bee\n"}
],
"edges":[
[0,1,3,4],
[0,1,0,7]
],
"broken":[
[0,"nowhere",3,4,"broken"],
[0,"b#No such",0,7,"missing-heading"]
],
"findings":[
[0,1,1,"orphan","warning","concept 'a' has no incoming link from another note"],
[0,4,14,"broken-related","error","'related' names 'nowhere', which matches no note"],
[0,7,7,"broken-heading","error","no heading 'No such' in 'b.md'"]
]
})");
}

TEST(GraphPageData, NothingInItCanEndTheScriptElement) {
  TempVault vault;
  vault.write("x.md", "---\nid: \"</script><!--\"\ntags: [\"a&b\"]\n---\n# </SCRIPT> \xE2\x80\xA8 <b>\n");
  const Vault loaded = vault.load();
  ExportOptions options;
  options.front_matter = read_front_matter_texts(loaded, select_all(loaded).notes);
  const std::string data = graph_page_data(loaded, select_all(loaded), options);
  EXPECT_EQ(data.find('<'), std::string::npos);
  EXPECT_EQ(data.find('>'), std::string::npos);
  EXPECT_EQ(data.find('&'), std::string::npos);
  EXPECT_EQ(data.find("\xE2\x80\xA8"), std::string::npos);
  const auto doc = nlohmann::json::parse(data);
  EXPECT_EQ(doc["notes"][0]["id"], "</script><!--");
  EXPECT_EQ(doc["notes"][0]["title"], "</SCRIPT> \xE2\x80\xA8 <b>");
  EXPECT_EQ(doc["notes"][0]["tags"][0], "a&b");
}

TEST(GraphPageData, OnlyKeptNotesEdgeKindsAndTheirFindings) {
  TempVault vault;
  vault.write("a.md", "---\nrelated: [b]\n---\n[[b]] [[gone]]\n");
  vault.write("b.md", "[[c]]\n");
  vault.write("c.md", "x\n");
  const Vault loaded = vault.load();
  GraphFilter filter;
  filter.edge_kinds = {"related"};
  filter.exclude_globs = {"c.md"};
  GraphSelection selection;
  std::string error;
  ASSERT_TRUE(select_graph(loaded, filter, &selection, &error)) << error;
  ExportOptions options;
  options.findings = check_vault(loaded, Config{});
  const auto doc = nlohmann::json::parse(graph_page_data(loaded, selection, options));
  EXPECT_EQ(doc["notes"].size(), 2u);
  EXPECT_EQ(doc["edges"], nlohmann::json::parse("[[0,1,3,2]]"));
  EXPECT_EQ(doc["broken"], nlohmann::json::array());  // [[gone]] is a wikilink: kind not kept
  for (const auto& f : doc["findings"]) EXPECT_LT(f[0].get<int>(), 2);
}

TEST(VaultDisplayName, TheFolderNameWhateverTheRootLooksLike) {
  Vault vault;
  vault.root = "/notes/demo/";
  EXPECT_EQ(vault_display_name(vault), "demo");
  vault.root = "/notes/demo/sub/..";
  EXPECT_EQ(vault_display_name(vault), "demo");
  vault.root = ".";
  EXPECT_EQ(vault_display_name(vault), std::filesystem::current_path().filename().string());
}

TEST(FrontMatterTexts, CutAtTheLimitOnACharacterBoundary) {
  TempVault vault;
  vault.write("a.md", "---\nt: \xC3\xA9\xC3\xA9\n---\nbody\n");
  vault.write("b.md", "no front matter\n");
  const Vault loaded = vault.load();
  const auto texts = read_front_matter_texts(loaded, {true, true}, 6);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0], "t: \xC3\xA9\n\xE2\x80\xA6");  // 6 bytes would split the second é
  EXPECT_EQ(texts[1], "");
  EXPECT_EQ(read_front_matter_texts(loaded, {false, true})[0], "");
}

}  // namespace
}  // namespace vaultlint
