// The cache through load_vault: what it reuses, and that the answers never
// differ from a run without it.
#include <gtest/gtest.h>

#include <chrono>

#include "support/temp_vault.hpp"
#include "vaultlint/check.hpp"
#include "vaultlint/export.hpp"

using vaultlint::testing::TempVault;

namespace {

struct CachedRun {
  std::size_t from_cache;
  std::vector<std::string> findings;
  std::vector<std::string> edges;
};

std::vector<std::string> edges_of(const vaultlint::Vault& vault) {
  std::vector<std::string> out;
  for (const auto& e : vaultlint::sorted_edges(vault)) {
    out.push_back(vault.notes[e.source].path + " -" + vault.graph.kind_names[e.kind] + "-> " +
                  vault.notes[e.target].path + " @" + std::to_string(e.pos.line) + ":" +
                  std::to_string(e.pos.column));
  }
  return out;
}

CachedRun run(const TempVault& vault, const std::filesystem::path& cache,
              const vaultlint::Config& config = {}) {
  vaultlint::LoadOptions options;
  options.threads = 2;
  options.cache_file = cache;
  const auto loaded = vault.load(config, options);
  EXPECT_EQ(loaded.cache_error, "");
  return {loaded.notes_from_cache,
          vaultlint::testing::brief(vaultlint::check_vault(loaded, config)), edges_of(loaded)};
}

void expect_same_as_cold(const TempVault& vault, const CachedRun& warm,
                         const vaultlint::Config& config = {}) {
  const auto cold = vault.load(config);
  EXPECT_EQ(warm.findings, vaultlint::testing::brief(vaultlint::check_vault(cold, config)));
  EXPECT_EQ(warm.edges, edges_of(cold));
}

/// Sets every note's mtime an hour back, as if written long before the run.
void age(const TempVault& vault) {
  const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(1);
  for (const auto& entry : std::filesystem::recursive_directory_iterator(vault.root())) {
    if (entry.is_regular_file()) std::filesystem::last_write_time(entry.path(), old);
  }
}

}  // namespace

TEST(VaultCache, UnchangedNotesComeFromTheCacheByStatAlone) {
  TempVault vault;
  TempVault cache_dir;
  vault.write("a.md", "---\nid: a\nrelated: [b]\n---\n# A\n[[b#Part]] [[nowhere]]\n");
  vault.write("b.md", "# B\n## Part\n");
  age(vault);
  const auto cache = cache_dir.root() / "v.cache";
  EXPECT_EQ(run(vault, cache).from_cache, 0u);
  const auto warm = run(vault, cache);
  EXPECT_EQ(warm.from_cache, 2u);
  expect_same_as_cold(vault, warm);
  EXPECT_EQ(warm.findings,
            (std::vector<std::string>{"a.md:6:12: broken-link", "b.md:1:1: missing-frontmatter"}));
}

TEST(VaultCache, ATouchedButUnchangedNoteIsReusedByItsHash) {
  TempVault vault;
  TempVault cache_dir;
  vault.write("a.md", "[[b]]\n");
  vault.write("b.md", "# B\n");
  const auto cache = cache_dir.root() / "v.cache";
  run(vault, cache);
  vault.write("b.md", "# B\n");  // same bytes, new mtime
  const auto warm = run(vault, cache);
  EXPECT_EQ(warm.from_cache, 2u);
  expect_same_as_cold(vault, warm);
}

TEST(VaultCache, EditsRenamesDeletesAndConfigChangesGiveTheColdAnswers) {
  TempVault vault;
  TempVault cache_dir;
  const auto cache = cache_dir.root() / "v.cache";
  vault.write("a.md", "---\nrelated: [b]\n---\n[[b#Part]] ![[c]] [m](sub/m.md)\n");
  vault.write("b.md", "# B\n## Part\n");
  vault.write("c.md", "---\ntype: concept\n---\ntext ^blk\n");
  vault.write("sub/m.md", "[[a]]\n");
  expect_same_as_cold(vault, run(vault, cache));

  vault.write("b.md", "# B\n## Renamed part\n");  // same size as before, other bytes
  auto warm = run(vault, cache);
  EXPECT_EQ(warm.from_cache, 3u);
  expect_same_as_cold(vault, warm);
  EXPECT_EQ(warm.findings[0], "a.md:4:1: broken-heading");

  std::filesystem::rename(vault.root() / "c.md", vault.root() / "d.md");
  warm = run(vault, cache);
  expect_same_as_cold(vault, warm);

  std::filesystem::remove(vault.root() / "sub" / "m.md");
  expect_same_as_cold(vault, run(vault, cache));

  vaultlint::Config config;
  config.edge_fields = {"challenges"};  // the reader's options change: nothing reused
  warm = run(vault, cache, config);
  EXPECT_EQ(warm.from_cache, 0u);
  expect_same_as_cold(vault, warm, config);
  EXPECT_EQ(run(vault, cache, config).from_cache, 3u);
}

TEST(VaultCache, SchemaAndSynonymFindingsFollowTheConfigNotTheCache) {
  TempVault vault;
  TempVault cache_dir;
  const auto cache = cache_dir.root() / "v.cache";
  vault.write("c.md", "---\ntype: claim\noriginDay: one\nsource_url: a\nsourceUrl: b\n---\n# C\n");
  age(vault);
  const auto integer_day = vault.config(
      "schemas:\n  claim:\n    properties:\n      originDay: {type: integer}\n");
  const auto string_day = vault.config(
      "schemas:\n  claim:\n    properties:\n      originDay: {type: string}\nsynonyms: []\n");
  run(vault, cache, integer_day);
  auto warm = run(vault, cache, integer_day);
  EXPECT_EQ(warm.from_cache, 1u);
  EXPECT_EQ(warm.findings, (std::vector<std::string>{"c.md:3:12: schema-violation",
                                                     "c.md:5:1: conflicting-fields"}));
  warm = run(vault, cache, string_day);  // another schema, no synonyms: read afresh
  EXPECT_EQ(warm.from_cache, 0u);
  EXPECT_EQ(warm.findings, std::vector<std::string>{});
  expect_same_as_cold(vault, warm, string_day);
}

TEST(VaultCache, AnUnwritableCacheIsReportedAndTheAnswersStayComplete) {
  TempVault vault;
  vault.write("a.md", "[[missing]]\n");
  vaultlint::LoadOptions options;
  options.cache_file = vault.root() / "a.md" / "under-a-file.cache";
  const auto loaded = vault.load({}, options);
  EXPECT_NE(loaded.cache_error, "");
  EXPECT_EQ(vaultlint::testing::brief(vaultlint::check_vault(loaded, {})),
            (std::vector<std::string>{"a.md:1:1: broken-link", "a.md:1:1: missing-frontmatter"}));
}
