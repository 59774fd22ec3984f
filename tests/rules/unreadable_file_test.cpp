#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(UnreadableFile, OverTheSizeCapIsReportedNotRead) {
  TempVault vault;
  vault.write("big.md", std::string(2048, 'x'));
  vault.write("a.md", "---\nid: a\n---\n[[big]]\n");
  vaultlint::Config config;
  config.max_file_size = 1024;
  const auto diagnostics = vaultlint::check_vault(vault.load(config), config);
  EXPECT_THAT(vaultlint::testing::brief(diagnostics), ElementsAre("big.md:1:1: unreadable-file"));
  EXPECT_EQ(diagnostics[0].message, "file is 2048 bytes, over the max_file_size cap of 1024 bytes; not read");
}

TEST(UnreadableFile, PermissionDeniedAndSymlinksOutsideTheVault) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads every file; permission errors cannot be shown";
  TempVault vault;
  vault.write("locked.md", "---\nid: l\n---\n");
  std::filesystem::permissions(vault.root() / "locked.md", std::filesystem::perms::none);
  EXPECT_THAT(vault.findings(), ElementsAre("locked.md:1:1: unreadable-file"));
}

TEST(UnreadableFile, SymlinkToANoteOutsideTheVaultIsNotRead) {
  TempVault outside;
  outside.write("secret.md", "---\nid: secret\n---\n[[x]]\n");
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n");
  std::filesystem::create_symlink(outside.root() / "secret.md", vault.root() / "link.md");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics), ElementsAre("link.md:1:1: unreadable-file"));
  EXPECT_EQ(diagnostics[0].message, "symbolic link to a file outside the vault; not read");
}

TEST(UnreadableFile, FifoNamedLikeANoteIsReportedWithoutBlocking) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n[[pipe]]\n");
  ASSERT_EQ(::mkfifo((vault.root() / "pipe.md").c_str(), 0600), 0);
  const auto diagnostics = vaultlint::check_vault(vault.load(), vaultlint::Config{});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics), ElementsAre("pipe.md:1:1: unreadable-file"));
  EXPECT_EQ(diagnostics[0].message.rfind("cannot read file: ", 0), 0u) << diagnostics[0].message;
}
