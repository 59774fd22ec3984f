#include <fmt/format.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;

namespace {

/// A vault big enough that several threads read at once: tables, code,
/// strikethrough and autolink-looking text, links of every kind.
void write_busy_vault(const TempVault& vault) {
  for (int i = 0; i < 120; ++i) {
    vault.write(fmt::format("notes/n{}.md", i),
                fmt::format("---\nid: n{0}\ntype: concept\nrelated: [\"n{1}\", \"gone-{0}\"]\n---\n"
                            "# Note {0}\n\n## Part ~~old~~ www.example.com\n\n"
                            "See [[n{1}]], [[n{2}#Part old www example com]], ![[n{1}]] and [x](n{2}.md).\n\n"
                            "| a | b |\n|---|---|\n| [[n{1}\\|N]] | `[[not-{0}]]` |\n\n"
                            "```\n[[code-{0}]]\n```\nEnd [[n{2}#^blk{2}]] [[missing-{0}]] ^blk{0}\n",
                            i, (i + 1) % 120, (i + 7) % 120));
  }
}

}  // namespace

TEST(LoadVault, ParallelReadGivesTheSameAnswersAsASerialRead) {
  TempVault vault;
  write_busy_vault(vault);
  const auto serial = vaultlint::testing::brief(vaultlint::check_vault(vault.load({}, 1), {}));
  for (int round = 0; round < 5; ++round) {
    const auto parallel = vaultlint::check_vault(vault.load({}, 4), {});
    EXPECT_EQ(vaultlint::testing::brief(parallel), serial);
  }
  EXPECT_EQ(serial.size(), 240u);  // one broken-related and one broken-link per note
}

TEST(LoadVault, GraphHasOneTypedEdgePerResolvedReference) {
  TempVault vault;
  write_busy_vault(vault);
  const auto loaded = vault.load({}, 2);
  const auto counts = loaded.graph.edge_counts_by_kind();
  ASSERT_EQ(loaded.graph.kind_names,
            (std::vector<std::string>{"wikilink", "embed", "markdown", "related", "challenges"}));
  EXPECT_EQ(counts, (std::vector<std::size_t>{120 * 4, 120, 120, 120, 0}));
}

TEST(LoadVault, AMissingRootIsAnError) {
  vaultlint::Vault vault;
  std::string error;
  EXPECT_FALSE(vaultlint::load_vault("/nonexistent/vault", {}, {}, &vault, &error));
  EXPECT_NE(error.find("/nonexistent/vault"), std::string::npos);
}
