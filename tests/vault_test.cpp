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

// References are resolved in batches of notes on the pool: with more notes
// than one batch holds, every reference must land where a serial run puts
// it, resolved alike. Run again under ThreadSanitizer by the test command.
TEST(LoadVault, ParallelResolveGivesTheSameReferencesAsASerialOne) {
  TempVault vault;
  constexpr int kNotes = 1300;
  for (int i = 0; i < kNotes; ++i) {
    vault.write(fmt::format("n{}.md", i),
                fmt::format("---\nrelated: [\"n{1}\", \"gone-{0}\"]\n---\n# N{0}\n\n[[n{2}]] [[nope-{0}]] [x](n{1}.md)\n",
                            i, (i + 1) % kNotes, (i * 7) % kNotes));
  }
  const auto describe = [](const vaultlint::Vault& loaded) {
    std::vector<std::string> out;
    for (const auto& ref : loaded.references) {
      out.push_back(fmt::format("{} {} {} {} {} {}", loaded.notes[ref.source].path, ref.from_field, ref.item,
                                ref.kind, static_cast<int>(ref.status),
                                ref.target < 0 ? "-" : loaded.notes[static_cast<std::size_t>(ref.target)].path));
    }
    return out;
  };
  const auto serial = describe(vault.load({}, 1));
  ASSERT_EQ(serial.size(), 5u * kNotes);
  // Notes are in path order: n0, n1, n10, ...; each has its two related
  // values, then its three links.
  EXPECT_EQ(serial[5], "n1.md true 0 3 0 n2.md");
  EXPECT_EQ(serial[6], "n1.md true 1 3 2 -");
  EXPECT_EQ(serial[7], "n1.md false 0 0 0 n7.md");
  EXPECT_EQ(describe(vault.load({}, 3)), serial);
}

// The compiled schemas are shared by every reader thread; valijson keeps
// compiled `pattern` regexes in its Validator, so each thread has its own.
// Run again under ThreadSanitizer by the test command.
TEST(LoadVault, SchemaValidationInParallelMatchesASerialRead) {
  TempVault vault;
  for (int i = 0; i < 160; ++i) {
    vault.write(fmt::format("claims/c{}.md", i),
                fmt::format("---\nid: c{0}\ntype: claim\nconfidence: {1}\nrelated: [\"c{2}\", \"C-{0}\"]\n"
                            "source_url: \"https://a/{0}\"\nsourceUrl: \"https://{3}/{0}\"\n---\n# C{0}\n",
                            i, i % 3 == 0 ? "high" : "unsure", (i + 1) % 160, i % 2 == 0 ? "a" : "b"));
  }
  const auto config = vault.config(
      "schemas:\n  claim:\n    required: [id, source]\n    properties:\n"
      "      confidence: {enum: [high, medium, low]}\n"
      "      related: {items: {type: string, pattern: \"^c[0-9]+$\"}}\n");
  const auto lines = [&](unsigned threads) {
    std::vector<std::string> out;
    for (const auto& d : vaultlint::check_vault(vault.load(config, threads), config)) {
      out.push_back(fmt::format("{}:{}:{}: {}", d.file, d.pos.line, d.pos.column, d.message));
    }
    return out;
  };
  const auto serial = lines(1);
  for (int round = 0; round < 4; ++round) EXPECT_EQ(lines(4), serial);
  // Per note: a missing source, a related item off the pattern (and broken);
  // two thirds of the notes an unknown confidence; half conflicting URLs.
  EXPECT_EQ(serial.size(), 160u * 3 + 106 + 80);
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
