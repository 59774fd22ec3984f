#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "support/temp_vault.hpp"
#include "vaultlint/export.hpp"

using vaultlint::testing::TempVault;

TEST(GraphStats, CountsComponentsIsolatedRankingsAndBrokenReferences) {
  TempVault vault;
  vault.write("a.md", "---\ntype: concept\n---\n[[b]] [[b]] [[nowhere]] [[b#No such]]\n");
  vault.write("b.md", "---\ntype: concept\nrelated: [c]\n---\n");
  vault.write("c.md", "---\ntype: claim\n---\n[[a]]\n");
  vault.write("d.md", "[[e]]\n");
  vault.write("e.md", "");
  vault.write("lonely.md", "[[lonely]]\n");
  const auto loaded = vault.load();
  const auto stats = vaultlint::graph_stats(loaded);
  std::ostringstream text;
  vaultlint::write_stats_text(text, loaded, stats);
  EXPECT_EQ(text.str(),
            "notes: 6\n"
            "edges: 6\n"
            "notes by type:\n"
            "         3  (no type)\n"
            "         1  claim\n"
            "         2  concept\n"
            "edges by kind:\n"
            "         5  wikilink\n"
            "         0  embed\n"
            "         0  markdown\n"
            "         1  related\n"
            "         0  challenges\n"
            "weakly connected components: 3 (sizes: 3, 2, 1)\n"
            "isolated notes: 1\n"
            "  lonely.md\n"
            "top by in-degree:\n"
            "         2  b.md\n"
            "         1  a.md\n"
            "         1  c.md\n"
            "         1  e.md\n"
            "         1  lonely.md\n"
            // Unnormalised ranks: 1 on the a-b-c cycle, 0.15 for d and
            // lonely (self-loops are dropped), 0.15 + 0.85 * 0.15 for e;
            // total 3.5775.
            "top by PageRank:\n"
            "  0.279525  a.md\n"
            "  0.279525  b.md\n"
            "  0.279525  c.md\n"
            "  0.077568  e.md\n"
            "  0.041929  d.md\n"
            "  0.041929  lonely.md\n"
            "most broken references:\n"
            "         2  a.md\n");
  std::ostringstream json;
  vaultlint::write_stats_json(json, loaded, stats);
  EXPECT_THAT(json.str(), ::testing::HasSubstr("\"components\": {\n    \"count\": 3,"));
}
