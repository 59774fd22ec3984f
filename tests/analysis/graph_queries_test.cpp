#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"
#include "vaultlint/export.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

namespace {

std::vector<std::string> hops(const vaultlint::Vault& vault,
                              const std::optional<std::vector<vaultlint::PathHop>>& path) {
  std::vector<std::string> out;
  if (!path) return {"none"};
  for (const auto& hop : *path) {
    const auto& e = hop.edge;
    out.push_back(vault.notes[e.source].stem + (hop.reversed ? "<" : ">") +
                  vault.notes[e.target].stem + ":" + vault.graph.kind_names[e.kind] + "@" +
                  std::to_string(e.pos.line) + ":" + std::to_string(e.pos.column));
  }
  return out;
}

}  // namespace

TEST(ShortestPath, FewestHopsThenEarliestEdgeAndUndirectedFallback) {
  TempVault vault;
  vault.write("a.md", "---\nrelated: [c]\n---\n[[b]] [[c]]\n");
  vault.write("b.md", "[[d]]\n");
  vault.write("c.md", "[[d]]\n");
  vault.write("d.md", "");
  vault.write("e.md", "[[d]]\n");
  const auto loaded = vault.load();
  // Notes: a=0 b=1 c=2 d=3 e=4.
  EXPECT_THAT(hops(loaded, vaultlint::shortest_path(loaded, 0, 3, false)),
              ElementsAre("a>c:related@2:11", "c>d:wikilink@1:1"));
  EXPECT_THAT(hops(loaded, vaultlint::shortest_path(loaded, 0, 0, false)), ElementsAre());
  EXPECT_THAT(hops(loaded, vaultlint::shortest_path(loaded, 0, 4, false)), ElementsAre("none"));
  EXPECT_THAT(hops(loaded, vaultlint::shortest_path(loaded, 0, 4, true)),
              ElementsAre("a>c:related@2:11", "c>d:wikilink@1:1", "e<d:wikilink@1:1"));
}

TEST(Backlinks, EveryIncomingEdgeSortedBySourceAndPosition) {
  TempVault vault;
  vault.write("z.md", "[[t]]\n");
  vault.write("a.md", "---\nrelated: [t]\n---\nsee [[t]] and [t](t.md) ![[t]]\n[[nowhere]]\n");
  vault.write("t.md", "[[a]]\n");
  const auto loaded = vault.load();
  std::vector<std::string> got;
  for (const auto& e : vaultlint::backlinks(loaded, 1)) {
    got.push_back(loaded.notes[e.source].path + ":" + std::to_string(e.pos.line) + ":" +
                  std::to_string(e.pos.column) + ": " + loaded.graph.kind_names[e.kind]);
  }
  EXPECT_THAT(got, ElementsAre("a.md:2:11: related", "a.md:4:5: wikilink", "a.md:4:15: markdown",
                               "a.md:4:25: embed", "z.md:1:1: wikilink"));
}
