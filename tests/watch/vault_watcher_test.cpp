#include "watch/vault_watcher.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "support/temp_vault.hpp"

using vaultlint::VaultWatcher;
using vaultlint::WatchedChanges;
using vaultlint::testing::TempVault;
using Paths = std::vector<std::string>;

namespace {

/// The next changes, or nullopt when none come within five seconds.
std::optional<WatchedChanges> next(VaultWatcher& watcher) {
  std::atomic<bool> stop{false};
  std::thread timer([&stop] {
    for (int i = 0; i < 50 && !stop; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    stop = true;
  });
  auto changes = watcher.wait(std::chrono::milliseconds(20), stop);
  stop = true;
  timer.join();
  return changes;
}

class VaultWatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    vault_.write("a.md", "# A\n");
    vault_.write("notes/b.md", "# B\n");
    vault_.write("drafts/c.md", "# C\n");
  }
  void start(const std::vector<std::string>& ignore = {}, std::filesystem::path config = {}) {
    if (config.empty()) config = vault_.root() / ".vaultlint.yaml";
    std::string error;
    ASSERT_TRUE(watcher_.start(vault_.root(), ignore, config, &error)) << error;
  }
  TempVault vault_;
  VaultWatcher watcher_;
};

}  // namespace

TEST_F(VaultWatcherTest, AnEditedNoteIsNamedAndTheListingKept) {
  start();
  vault_.write("notes/b.md", "# B\nmore\n");
  vault_.write("a.md", "# A\nmore\n");
  const auto changes = next(watcher_);
  ASSERT_TRUE(changes);
  EXPECT_EQ(changes->paths, (Paths{"a.md", "notes/b.md"}));
  EXPECT_FALSE(changes->listing_changed);
  EXPECT_FALSE(changes->config_touched);
  EXPECT_FALSE(watcher_.saw_symlink());
}

TEST_F(VaultWatcherTest, DotFilesAndIgnoredFoldersAreNotWatchedButTheConfigIs) {
  start({"drafts/**"});
  vault_.write(".obsidian/workspace.json", "{}");
  vault_.write(".hidden.md", "x");
  vault_.write("drafts/c.md", "# C changed\n");
  vault_.write(".vaultlint.yaml", "did_you_mean: false\n");
  const auto changes = next(watcher_);
  ASSERT_TRUE(changes);
  EXPECT_EQ(changes->paths, Paths{});
  EXPECT_TRUE(changes->config_touched);
  EXPECT_FALSE(changes->listing_changed);
}

TEST_F(VaultWatcherTest, ANewFolderChangesTheListingAndIsWatchedFromThen) {
  start();
  std::filesystem::create_directory(vault_.root() / "fresh");
  auto changes = next(watcher_);
  ASSERT_TRUE(changes);
  EXPECT_TRUE(changes->listing_changed);
  vault_.write("fresh/d.md", "# D\n");
  changes = next(watcher_);
  ASSERT_TRUE(changes);
  EXPECT_EQ(changes->paths, Paths{"fresh/d.md"});
}

TEST_F(VaultWatcherTest, ARemovedFolderChangesTheListing) {
  start();
  std::filesystem::remove_all(vault_.root() / "notes");
  const auto changes = next(watcher_);
  ASSERT_TRUE(changes);
  EXPECT_TRUE(changes->listing_changed);
}

TEST_F(VaultWatcherTest, ASymbolicLinkChangesTheListingForGood) {
  start();
  std::filesystem::create_symlink(vault_.root() / "a.md", vault_.root() / "link.md");
  const auto changes = next(watcher_);
  ASSERT_TRUE(changes);
  EXPECT_TRUE(changes->listing_changed);
  EXPECT_TRUE(watcher_.saw_symlink());
}

TEST_F(VaultWatcherTest, ALinkAlreadyThereIsSeenAtTheStart) {
  std::filesystem::create_symlink(vault_.root() / "a.md", vault_.root() / "notes/link.md");
  start();
  EXPECT_TRUE(watcher_.saw_symlink());
}

TEST_F(VaultWatcherTest, StoppingEndsTheWaitWithNothing) {
  start();
  const std::atomic<bool> stop{true};
  EXPECT_FALSE(watcher_.wait(std::chrono::milliseconds(20), stop));
}

TEST_F(VaultWatcherTest, AMissingRootIsAnError) {
  std::string error;
  EXPECT_FALSE(watcher_.start(vault_.root() / "nowhere", {}, vault_.root() / ".vaultlint.yaml", &error));
  EXPECT_NE(error.find("nowhere"), std::string::npos) << error;
}

TEST_F(VaultWatcherTest, AConfigOutsideTheVaultIsWatchedAndNothingElseThere) {
  TempVault elsewhere;
  start({}, elsewhere.root() / "strict.yaml");
  elsewhere.write("unrelated.md", "# not a note of the vault\n");
  vault_.write(".vaultlint.yaml", "did_you_mean: false\n");  // not the config in use now
  elsewhere.write("strict.yaml", "did_you_mean: false\n");
  const auto changes = next(watcher_);
  ASSERT_TRUE(changes);
  EXPECT_TRUE(changes->config_touched);
  EXPECT_EQ(changes->paths, Paths{});
  EXPECT_FALSE(changes->listing_changed);
}

TEST_F(VaultWatcherTest, AConfigInAFolderOfTheVaultIsNamedByItsFolderAndName) {
  start({}, vault_.root() / "notes" / "lint.yaml");
  vault_.write("lint.yaml", "x: 1\n");  // same name, another folder: a file of the vault
  auto changes = next(watcher_);
  ASSERT_TRUE(changes);
  EXPECT_FALSE(changes->config_touched);
  EXPECT_EQ(changes->paths, Paths{"lint.yaml"});
  vault_.write("notes/lint.yaml", "x: 2\n");
  changes = next(watcher_);
  ASSERT_TRUE(changes);
  EXPECT_TRUE(changes->config_touched);
}

TEST_F(VaultWatcherTest, AConfigWhoseFolderIsMissingIsAnError) {
  std::string error;
  EXPECT_FALSE(watcher_.start(vault_.root(), {}, vault_.root() / "no-folder" / "c.yaml", &error));
  EXPECT_NE(error.find("no-folder"), std::string::npos) << error;
}
