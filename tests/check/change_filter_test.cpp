// Which findings a change is blamed for, and which vault a note belongs to.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/temp_vault.hpp"
#include "vaultlint/changes.hpp"

using vaultlint::testing::TempVault;
using Lines = std::vector<std::string>;

namespace {

Lines blamed(const TempVault& vault, const vaultlint::ChangeSet& change) {
  const vaultlint::Vault loaded = vault.load();
  return vaultlint::testing::brief(
      vaultlint::findings_for_change(loaded, vaultlint::check_vault(loaded, {}), change));
}

TEST(ChangeFilter, NamedNotesAndReferencesIntoThem) {
  TempVault vault;
  vault.write("t.md", "---\nid: t\n---\n# T\n\n## Now\n\n[[x]]\n");
  vault.write("a.md", "---\nid: a\n---\n[[t#Then]] [[t#^nope]] [[y]]\n");
  vault.write("b.md", "---\nid: b\n---\n[[z]]\n");
  EXPECT_EQ(blamed(vault, {{"t.md"}, {}}),
            (Lines{"a.md:4:1: broken-heading", "a.md:4:12: broken-block", "t.md:8:1: broken-link"}));
  EXPECT_EQ(blamed(vault, {{"b.md"}, {}}), (Lines{"b.md:4:1: broken-link"}));
  EXPECT_EQ(blamed(vault, {{}, {}}), Lines{});
}

TEST(ChangeFilter, ANewNoteThatMakesANameAmbiguous) {
  TempVault vault;
  vault.write("t.md", "---\nid: t1\n---\n");
  vault.write("sub/t.md", "---\nid: t2\n---\n");
  vault.write("a.md", "---\nid: a\n---\n[[t]]\n");
  EXPECT_EQ(blamed(vault, {{"sub/t.md"}, {}}), (Lines{"a.md:4:1: ambiguous-link"}));
}

TEST(ChangeFilter, BrokenReferencesToRemovedFilesByEveryName) {
  TempVault vault;
  vault.write("a.md",
              "---\nid: a\nrelated: [old-id, unrelated]\n---\n"
              "[[gone]] [[Old Alias]] [[dir/gone]] [[Gone.md]] [[other]]\n"
              "[m](dir/gone.md) [n](dir/other.md) ![[pic.png]] ![[pics/pic.png]]\n");
  vaultlint::ChangeSet change;
  change.removed.push_back({"dir/gone.md", "old-id", {"Old Alias"}});
  change.removed.push_back({"pics/pic.png", std::nullopt, {}});
  EXPECT_EQ(blamed(vault, change),
            (Lines{"a.md:3:11: broken-related", "a.md:5:1: broken-link", "a.md:5:10: broken-link",
                   "a.md:5:24: broken-link", "a.md:5:37: broken-link",
                   "a.md:6:1: broken-markdown-link", "a.md:6:36: broken-embed",
                   "a.md:6:49: broken-embed"}));
}

TEST(ChangeFilter, AReferenceThatStillResolvesIsNotBlamed) {
  TempVault vault;
  vault.write("new.md", "---\nid: gone\n---\n");
  vault.write("a.md", "---\nid: a\n---\n[[gone]] [[old]]\n");
  vaultlint::ChangeSet change;
  change.removed.push_back({"gone.md", std::nullopt, {}});
  EXPECT_EQ(blamed(vault, change), Lines{});
}

class VaultRoot : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = std::filesystem::temp_directory_path() /
            ("vaultlint-root-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(base_);
    std::filesystem::create_directories(base_ / "repo/notes/deep/er");
  }
  void TearDown() override { std::filesystem::remove_all(base_); }
  void touch(const std::string& path) { std::ofstream(base_ / path) << ""; }
  std::string root_of(const std::string& path) {
    std::filesystem::path root;
    std::string error;
    if (!vaultlint::find_vault_root(base_ / path, &root, &error)) return "error: " + error;
    return root.lexically_relative(std::filesystem::weakly_canonical(base_)).generic_string();
  }
  std::filesystem::path base_;
};

TEST_F(VaultRoot, NearestConfigOrObsidianFolder) {
  touch("repo/notes/.vaultlint.yaml");
  EXPECT_EQ(root_of("repo/notes/deep/er/n.md"), "repo/notes");
  std::filesystem::create_directories(base_ / "repo/notes/deep/.obsidian");
  EXPECT_EQ(root_of("repo/notes/deep/er/n.md"), "repo/notes/deep");
  EXPECT_EQ(root_of("repo/notes/deep"), "repo/notes/deep");
}

TEST_F(VaultRoot, GitWorkTreeRootWhenThereIsNoMarkerBelowIt) {
  std::filesystem::create_directories(base_ / "repo/.git");
  touch(".vaultlint.yaml");  // above the work tree: not looked at
  EXPECT_EQ(root_of("repo/notes/deep/er/n.md"), "repo");
}

TEST_F(VaultRoot, NeitherIsAnError) {
  const std::string found = root_of("repo/notes/n.md");
  if (std::filesystem::exists("/.git") || std::filesystem::exists("/tmp/.git")) GTEST_SKIP();
  EXPECT_EQ(found.rfind("error: ", 0), 0u) << found;
  EXPECT_NE(found.find("no folder above it holds .vaultlint.yaml, .obsidian or .git"),
            std::string::npos);
}

}  // namespace
