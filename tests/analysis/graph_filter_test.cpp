#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"
#include "vaultlint/export.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

namespace {

// a -> b -> c -> d (wikilinks), e -related-> a, f isolated.
void write_chain(const TempVault& vault) {
  vault.write("a.md", "---\ntype: concept\ntags: [x]\n---\n[[b]]\n");
  vault.write("b.md", "---\ntype: claim\ntags: [y]\naliases: [Bee]\n---\n[[c]]\n");
  vault.write("sub/c.md", "---\ntype: concept\n---\n[[d]]\n");
  vault.write("sub/d.md", "---\ntype: claim\ntags: [x, y]\n---\n");
  vault.write("e.md", "---\nid: eid\ntype: concept\nrelated: [a]\n---\n");
  vault.write("f.md", "");
}

/// "path" for each kept note, then "src>dst:kind" for each kept edge.
std::vector<std::string> kept(const vaultlint::Vault& vault, const vaultlint::GraphFilter& filter) {
  vaultlint::GraphSelection selection;
  std::string error;
  EXPECT_TRUE(vaultlint::select_graph(vault, filter, &selection, &error)) << error;
  std::vector<std::string> out;
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    if (selection.notes[i]) out.push_back(vault.notes[i].path);
  }
  for (const auto& e : selection.edges) {
    out.push_back(vault.notes[e.source].stem + ">" + vault.notes[e.target].stem + ":" +
                  vault.graph.kind_names[e.kind]);
  }
  return out;
}

}  // namespace

TEST(GraphFilter, NoFilterKeepsEverythingInSortedOrder) {
  TempVault vault;
  write_chain(vault);
  EXPECT_THAT(kept(vault.load(), {}),
              ElementsAre("a.md", "b.md", "e.md", "f.md", "sub/c.md", "sub/d.md", "a>b:wikilink",
                          "b>c:wikilink", "e>a:related", "c>d:wikilink"));
}

TEST(GraphFilter, TypesTagsAndGlobsDropNotesAndTheirEdges) {
  TempVault vault;
  write_chain(vault);
  const auto loaded = vault.load();
  vaultlint::GraphFilter by_type;
  by_type.types = {"concept"};
  EXPECT_THAT(kept(loaded, by_type), ElementsAre("a.md", "e.md", "sub/c.md", "e>a:related"));
  vaultlint::GraphFilter by_tag;
  by_tag.tags = {"y"};
  EXPECT_THAT(kept(loaded, by_tag), ElementsAre("b.md", "sub/d.md"));
  vaultlint::GraphFilter by_glob;
  by_glob.exclude_globs = {"sub/**", "f.md"};
  EXPECT_THAT(kept(loaded, by_glob), ElementsAre("a.md", "b.md", "e.md", "a>b:wikilink", "e>a:related"));
}

TEST(GraphFilter, EdgeKindsKeepNotesButDropOtherEdges) {
  TempVault vault;
  write_chain(vault);
  vaultlint::GraphFilter filter;
  filter.edge_kinds = {"related"};
  EXPECT_THAT(kept(vault.load(), filter),
              ElementsAre("a.md", "b.md", "e.md", "f.md", "sub/c.md", "sub/d.md", "e>a:related"));
}

TEST(GraphFilter, NeighbourhoodFollowsDirectionAndDepth) {
  TempVault vault;
  write_chain(vault);
  const auto loaded = vault.load();
  vaultlint::GraphFilter filter;
  filter.from = "Bee";  // alias of b
  filter.depth = 1;
  EXPECT_THAT(kept(loaded, filter),
              ElementsAre("a.md", "b.md", "sub/c.md", "a>b:wikilink", "b>c:wikilink"));
  filter.direction = vaultlint::Direction::out;
  filter.depth = 2;
  EXPECT_THAT(kept(loaded, filter),
              ElementsAre("b.md", "sub/c.md", "sub/d.md", "b>c:wikilink", "c>d:wikilink"));
  filter.direction = vaultlint::Direction::in;
  EXPECT_THAT(kept(loaded, filter),
              ElementsAre("a.md", "b.md", "e.md", "a>b:wikilink", "e>a:related"));
  filter.edge_kinds = {"wikilink"};
  EXPECT_THAT(kept(loaded, filter), ElementsAre("a.md", "b.md", "a>b:wikilink"));
  filter.depth = 0;
  EXPECT_THAT(kept(loaded, filter), ElementsAre("b.md"));
}

TEST(GraphFilter, ErrorsNameTheUnknownKindOrNote) {
  TempVault vault;
  write_chain(vault);
  vault.write("x/c.md", "");
  const auto loaded = vault.load();
  vaultlint::GraphSelection selection;
  std::string error;
  vaultlint::GraphFilter filter;
  filter.edge_kinds = {"wikilinks"};
  EXPECT_FALSE(vaultlint::select_graph(loaded, filter, &selection, &error));
  EXPECT_EQ(error, "unknown edge kind 'wikilinks' (known: wikilink embed markdown related challenges)");
  filter = {};
  filter.from = "nothing";
  EXPECT_FALSE(vaultlint::select_graph(loaded, filter, &selection, &error));
  EXPECT_EQ(error, "no note named 'nothing'");
  filter.from = "c";
  EXPECT_FALSE(vaultlint::select_graph(loaded, filter, &selection, &error));
  EXPECT_EQ(error, "'c' names 2 notes: sub/c.md x/c.md");
  filter.from = "b";  // a path in the vault root wins over stems
  EXPECT_TRUE(vaultlint::select_graph(loaded, filter, &selection, &error));
}

TEST(FindNote, ByPathWithOrWithoutExtensionIdStemOrAlias) {
  TempVault vault;
  write_chain(vault);
  const auto loaded = vault.load();
  std::uint32_t note = 99;
  std::string error;
  for (const char* name : {"sub/c.md", "sub/c", "c"}) {
    ASSERT_TRUE(vaultlint::find_note(loaded, name, &note, &error)) << name;
    EXPECT_EQ(loaded.notes[note].path, "sub/c.md");
  }
  ASSERT_TRUE(vaultlint::find_note(loaded, "eid", &note, &error));
  EXPECT_EQ(loaded.notes[note].path, "e.md");
  ASSERT_TRUE(vaultlint::find_note(loaded, "bee", &note, &error));
  EXPECT_EQ(loaded.notes[note].path, "b.md");
}
