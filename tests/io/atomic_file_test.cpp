#include "io/atomic_file.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/temp_vault.hpp"

namespace {

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::size_t entries_in(const std::filesystem::path& folder) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++count;
  return count;
}

}  // namespace

TEST(WriteFileAtomically, ReplacesTheFileAndLeavesNoTemporaryBehind) {
  vaultlint::testing::TempVault folder;
  folder.write("out.txt", "old content that is longer\n");
  const auto file = folder.root() / "out.txt";
  std::string error;
  ASSERT_TRUE(vaultlint::write_file_atomically(file, "new\n", &error)) << error;
  EXPECT_EQ(read_file(file), "new\n");
  EXPECT_EQ(entries_in(folder.root()), 1u);
  EXPECT_EQ(std::filesystem::status(file).permissions() & std::filesystem::perms::owner_read,
            std::filesystem::perms::owner_read);
}

TEST(WriteFileAtomically, AMissingFolderIsAnErrorNamingTheFile) {
  vaultlint::testing::TempVault folder;
  const auto file = folder.root() / "no-such-folder" / "out.txt";
  std::string error;
  EXPECT_FALSE(vaultlint::write_file_atomically(file, "x", &error));
  EXPECT_EQ(error, file.string() + ": No such file or directory");
}

TEST(WriteFileAtomically, WritingOverAFolderFailsAndKeepsTheFolder) {
  vaultlint::testing::TempVault folder;
  folder.write("taken/inner.txt", "kept");
  std::string error;
  EXPECT_FALSE(vaultlint::write_file_atomically(folder.root() / "taken", "x", &error));
  EXPECT_EQ(error, (folder.root() / "taken").string() + ": Is a directory");
  EXPECT_EQ(read_file(folder.root() / "taken" / "inner.txt"), "kept");
  EXPECT_EQ(entries_in(folder.root()), 1u);
}

TEST(WriteFileAtomically, DevicesAreWrittenInPlaceNotReplaced) {
  std::string error;
  ASSERT_TRUE(vaultlint::write_file_atomically("/dev/null", "discarded\n", &error)) << error;
  EXPECT_TRUE(std::filesystem::is_character_file("/dev/null"));
}

TEST(WriteFileAtomically, ASymlinkIsKeptAndItsTargetReplaced) {
  vaultlint::testing::TempVault folder;
  folder.write("real.txt", "old");
  std::filesystem::create_symlink("real.txt", folder.root() / "link.txt");
  std::string error;
  ASSERT_TRUE(vaultlint::write_file_atomically(folder.root() / "link.txt", "new", &error)) << error;
  EXPECT_TRUE(std::filesystem::is_symlink(folder.root() / "link.txt"));
  EXPECT_EQ(read_file(folder.root() / "real.txt"), "new");
  EXPECT_EQ(entries_in(folder.root()), 2u);
}
