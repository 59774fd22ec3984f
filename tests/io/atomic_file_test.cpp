#include "io/atomic_file.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

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

TEST(AtomicFileWriter, TheOldContentStaysUntilCommit) {
  vaultlint::testing::TempVault folder;
  folder.write("out.txt", "old\n");
  const auto file = folder.root() / "out.txt";
  std::filesystem::permissions(file, std::filesystem::perms(0640));
  vaultlint::AtomicFileWriter writer;
  std::string error;
  ASSERT_TRUE(writer.open(file, &error)) << error;
  for (int i = 0; i < 100000; ++i) writer.stream() << "line " << i << '\n';
  writer.stream().flush();
  EXPECT_EQ(read_file(file), "old\n");  // a reader meanwhile sees the old file
  EXPECT_EQ(entries_in(folder.root()), 2u);
  ASSERT_TRUE(writer.commit(&error)) << error;
  const auto content = read_file(file);
  EXPECT_EQ(content.size(), 1088890u);
  EXPECT_TRUE(content.ends_with("line 99999\n"));
  EXPECT_EQ(std::filesystem::status(file).permissions(), std::filesystem::perms(0640));
  EXPECT_EQ(entries_in(folder.root()), 1u);
}

TEST(AtomicFileWriter, AnAbandonedWriteLeavesTheFileAndNoTemporary) {
  vaultlint::testing::TempVault folder;
  folder.write("out.txt", "old\n");
  {
    vaultlint::AtomicFileWriter writer;
    std::string error;
    ASSERT_TRUE(writer.open(folder.root() / "out.txt", &error)) << error;
    writer.stream() << "half a report";
  }  // a run that failed before commit
  EXPECT_EQ(read_file(folder.root() / "out.txt"), "old\n");
  EXPECT_EQ(entries_in(folder.root()), 1u);
}

TEST(AtomicFileWriter, ANewFileGetsTheUmaskMode) {
  vaultlint::testing::TempVault folder;
  const mode_t old_mask = ::umask(022);
  vaultlint::AtomicFileWriter writer;
  std::string error;
  ASSERT_TRUE(writer.open(folder.root() / "new.txt", &error)) << error;
  writer.stream() << "x";
  ASSERT_TRUE(writer.commit(&error)) << error;
  ::umask(old_mask);
  EXPECT_EQ(std::filesystem::status(folder.root() / "new.txt").permissions(),
            std::filesystem::perms(0644));
}
