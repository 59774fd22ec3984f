#include "read/vault_walker.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_vault.hpp"

namespace vaultlint {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::StartsWith;
using ::testing::HasSubstr;
using vaultlint::testing::TempVault;

WalkResult walk(const TempVault& vault, const std::vector<std::string>& ignore = {}) {
  WalkResult result;
  std::string error;
  EXPECT_TRUE(walk_vault(vault.root(), ignore, &result, &error)) << error;
  EXPECT_EQ(error, "");
  return result;
}

std::vector<std::string> note_paths(const WalkResult& result) {
  std::vector<std::string> out;
  for (const auto& n : result.notes) out.push_back(n.path);
  return out;
}

const WalkedNote* find_note(const WalkResult& result, const std::string& path) {
  for (const auto& n : result.notes) {
    if (n.path == path) return &n;
  }
  return nullptr;
}

TEST(VaultWalker, DotFilesAndFoldersAreSkipped) {
  TempVault vault;
  vault.write("a.md", "# A\n");
  vault.write(".obsidian/x.md", "# X\n");
  vault.write(".obsidian/app.json", "{}");
  vault.write(".hidden.md", "# H\n");
  vault.write(".expected.json", "{}");
  vault.write("sub/.trash/old.md", "# Old\n");
  const WalkResult result = walk(vault);
  EXPECT_THAT(note_paths(result), ElementsAre("a.md"));
  EXPECT_THAT(result.other_files, ElementsAre());
}

TEST(VaultWalker, NonMarkdownFilesAreOtherFiles) {
  TempVault vault;
  vault.write("n.md", "x");
  vault.write("img.png", "png");
  vault.write("sub/data.csv", "a,b");
  vault.write("sub/UPPER.MD", "x");
  vault.write("notes.markdown", "x");
  const WalkResult result = walk(vault);
  EXPECT_THAT(note_paths(result), ElementsAre("n.md", "sub/UPPER.MD"));
  EXPECT_THAT(result.other_files, ElementsAre("img.png", "notes.markdown", "sub/data.csv"));
}

TEST(VaultWalker, NoteSizeAndFileAreRecorded) {
  TempVault vault;
  vault.write("sub/n.md", "12345");
  const WalkResult result = walk(vault);
  ASSERT_EQ(result.notes.size(), 1u);
  EXPECT_EQ(result.notes[0].size, 5u);
  EXPECT_EQ(result.notes[0].problem, ContentProblem::none);
  EXPECT_TRUE(fs::equivalent(result.notes[0].file, vault.root() / "sub" / "n.md"));
}

TEST(VaultWalker, StatCanBeLeftToTheCaller) {
  TempVault vault;
  vault.write("kept.md", "12345");
  vault.write("gone.md", "123");
  WalkResult result;
  std::string error;
  ASSERT_TRUE(walk_vault(vault.root(), {}, &result, &error, /*stat_notes=*/false)) << error;
  ASSERT_THAT(note_paths(result), ElementsAre("gone.md", "kept.md"));
  EXPECT_EQ(result.notes[1].size, 0u);
  EXPECT_EQ(result.notes[1].mtime_ns, 0);
  stat_walked_note(&result.notes[1]);
  EXPECT_EQ(result.notes[1].size, 5u);
  EXPECT_GT(result.notes[1].mtime_ns, 0);
  EXPECT_EQ(result.notes[1].problem, ContentProblem::none);
  // Removed between the walk and the stat: unreadable, saying why.
  fs::remove(vault.root() / "gone.md");
  stat_walked_note(&result.notes[0]);
  EXPECT_EQ(result.notes[0].problem, ContentProblem::unreadable);
  EXPECT_EQ(result.notes[0].detail, "No such file or directory");
}

TEST(VaultWalker, IgnoreGlobsSkipFilesAndFolders) {
  TempVault vault;
  vault.write("keep.md", "x");
  vault.write("templates/t.md", "x");
  vault.write("x/templates/y.md", "x");
  vault.write("n.tmp.md", "x");
  vault.write("deep/a/b.tmp.md", "x");
  vault.write("archive/2020/old.md", "x");
  vault.write("archive/pic.png", "x");
  const WalkResult result = walk(vault, {"templates", "*.tmp.md", "/archive"});
  EXPECT_THAT(note_paths(result), ElementsAre("keep.md"));
  EXPECT_THAT(result.other_files, ElementsAre());
}

TEST(VaultWalker, SymlinkedFolderIsNotFollowed) {
  TempVault vault;
  vault.write("real/n.md", "x");
  fs::create_directory_symlink(vault.root() / "real", vault.root() / "link");
  const WalkResult result = walk(vault);
  EXPECT_THAT(note_paths(result), ElementsAre("real/n.md"));
  EXPECT_THAT(result.other_files, ElementsAre());
}

TEST(VaultWalker, SymlinkLoopIsSurvived) {
  TempVault vault;
  vault.write("loop/n.md", "x");
  fs::create_directory_symlink(vault.root(), vault.root() / "loop" / "self");
  fs::create_directory_symlink(vault.root() / "loop", vault.root() / "loop" / "again");
  fs::create_symlink("ping.md", vault.root() / "pong.md");
  fs::create_symlink("pong.md", vault.root() / "ping.md");
  const WalkResult result = walk(vault);
  // The two-file loop cannot be resolved: both are broken links.
  EXPECT_THAT(note_paths(result), ElementsAre("loop/n.md", "ping.md", "pong.md"));
  EXPECT_EQ(find_note(result, "ping.md")->problem, ContentProblem::unreadable);
  EXPECT_EQ(find_note(result, "pong.md")->problem, ContentProblem::unreadable);
}

TEST(VaultWalker, SymlinkedNoteOutsideTheVaultIsNamedNotRead) {
  TempVault vault;
  TempVault outside;
  outside.write("secret.md", "outside");
  vault.write("a.md", "x");
  fs::create_symlink(outside.root() / "secret.md", vault.root() / "out.md");
  const WalkResult result = walk(vault);
  EXPECT_THAT(note_paths(result), ElementsAre("a.md", "out.md"));
  const WalkedNote* out = find_note(result, "out.md");
  ASSERT_NE(out, nullptr);
  EXPECT_EQ(out->problem, ContentProblem::outside_vault);
  EXPECT_EQ(out->size, 0u);
}

TEST(VaultWalker, SymlinkedNoteInsideTheVaultIsANote) {
  TempVault vault;
  vault.write("real/n.md", "12345");
  vault.write("real/pic.png", "png");
  fs::create_symlink(vault.root() / "real" / "n.md", vault.root() / "alias.md");
  fs::create_symlink("real/pic.png", vault.root() / "pic-link.png");
  const WalkResult result = walk(vault);
  EXPECT_THAT(note_paths(result), ElementsAre("alias.md", "real/n.md"));
  const WalkedNote* alias = find_note(result, "alias.md");
  ASSERT_NE(alias, nullptr);
  EXPECT_EQ(alias->problem, ContentProblem::none);
  EXPECT_EQ(alias->size, 5u);
  EXPECT_TRUE(fs::equivalent(alias->file, vault.root() / "real" / "n.md"));
  EXPECT_THAT(result.other_files, ElementsAre("pic-link.png", "real/pic.png"));
}

TEST(VaultWalker, BrokenSymlinkNoteIsUnreadable) {
  TempVault vault;
  fs::create_symlink(vault.root() / "missing.md", vault.root() / "broken.md");
  fs::create_symlink(vault.root() / "missing.png", vault.root() / "broken.png");
  const WalkResult result = walk(vault);
  ASSERT_EQ(result.notes.size(), 1u);
  EXPECT_EQ(result.notes[0].path, "broken.md");
  EXPECT_EQ(result.notes[0].problem, ContentProblem::unreadable);
  EXPECT_THAT(result.notes[0].detail, StartsWith("broken symbolic link: "));
  EXPECT_THAT(result.other_files, ElementsAre());  // a broken non-note link is dropped
}

TEST(VaultWalker, DirectoryNamedLikeANoteIsAFolder) {
  TempVault vault;
  vault.write("x.md/inner.md", "x");
  vault.write("x.md/pic.png", "x");
  const WalkResult result = walk(vault);
  EXPECT_THAT(note_paths(result), ElementsAre("x.md/inner.md"));
  EXPECT_THAT(result.other_files, ElementsAre("x.md/pic.png"));
}

TEST(VaultWalker, OutputIsSortedByBytes) {
  TempVault vault;
  for (const char* path : {"b.md", "a/z.md", "B.md", "a.md", "a-b.md", "c/a.md"}) {
    vault.write(path, "x");
  }
  for (const char* path : {"z.png", "A.png", "a/b.png"}) vault.write(path, "x");
  const WalkResult result = walk(vault);
  EXPECT_THAT(note_paths(result), ElementsAre("B.md", "a-b.md", "a.md", "a/z.md", "b.md", "c/a.md"));
  EXPECT_THAT(result.other_files, ElementsAre("A.png", "a/b.png", "z.png"));
}

// Each folder's notes are sorted where the folder is listed and the folders
// merged: a folder's notes sort between its subfolders' ("a/b-c.md" after
// "a/b.md" and before "a/b/x.md", '-' < '.' < '/').
TEST(VaultWalker, FoldersInterleaveInByteOrderOnAnyThreadCount) {
  TempVault vault;
  for (const char* path : {"a/b/x.md", "a/b.md", "a/b-c.md", "a/b/c/d.md", "a.b/x.md", "a/a.md",
                           "a/b.c/y.md", "a/c.md", "a.md", "a/b/a.md", "Z/z.md"}) {
    vault.write(path, "x");
  }
  const std::vector<std::string> expected{"Z/z.md",   "a.b/x.md", "a.md",       "a/a.md",
                                          "a/b-c.md", "a/b.c/y.md", "a/b.md",   "a/b/a.md",
                                          "a/b/c/d.md", "a/b/x.md", "a/c.md"};
  for (const unsigned threads : {1u, 4u}) {
    WalkResult result;
    std::string error;
    ASSERT_TRUE(walk_vault(vault.root(), {}, &result, &error, false, threads)) << error;
    EXPECT_EQ(note_paths(result), expected) << threads << " threads";
  }
}

TEST(VaultWalker, MissingRootIsAnError) {
  TempVault vault;
  const fs::path missing = vault.root() / "does-not-exist";
  WalkResult result;
  std::string error;
  EXPECT_FALSE(walk_vault(missing, {}, &result, &error));
  EXPECT_THAT(error, StartsWith(missing.string() + ": not a readable folder"));
  EXPECT_THAT(result.notes, ElementsAre());
}

TEST(VaultWalker, FileAsRootIsAnError) {
  TempVault vault;
  vault.write("n.md", "x");
  WalkResult result;
  std::string error;
  EXPECT_FALSE(walk_vault(vault.root() / "n.md", {}, &result, &error));
  EXPECT_THAT(error, HasSubstr("not a readable folder"));
}

TEST(VaultWalker, NfdFileNameBecomesNfcPath) {
  TempVault vault;
  vault.write("Caf" "e\xCC\x81" "/E\xCC\x81" "conomie.md", "x");
  const WalkResult result = walk(vault);
  ASSERT_EQ(result.notes.size(), 1u);
  EXPECT_EQ(result.notes[0].path, "Caf\xC3\xA9/\xC3\x89" "conomie.md");
  // The file itself keeps its bytes on disk, and is stat'ed by them.
  EXPECT_EQ(std::filesystem::path(result.notes[0].file).filename().string(), "E\xCC\x81" "conomie.md");
  EXPECT_EQ(result.notes[0].problem, ContentProblem::none);
  EXPECT_EQ(result.notes[0].size, 1u);
}

TEST(VaultWalker, IgnoreGlobsMatchTheNfcPath) {
  TempVault vault;
  vault.write("e\xCC\x81t\xC3\xA9/n.md", "x");
  vault.write("keep.md", "x");
  const WalkResult result = walk(vault, {"\xC3\xA9t\xC3\xA9"});
  EXPECT_THAT(note_paths(result), ElementsAre("keep.md"));
}

}  // namespace
}  // namespace vaultlint

namespace vaultlint {
namespace {

std::vector<std::string> listing(const WalkResult& result) {
  std::vector<std::string> out;
  for (const auto& n : result.notes) {
    out.push_back(n.path + " " + n.file + " " + std::to_string(n.size) + " " +
                  std::to_string(n.mtime_ns) + " " + std::to_string(static_cast<int>(n.problem)) +
                  " " + n.detail);
  }
  for (const auto& f : result.other_files) out.push_back("file " + f);
  for (const auto& f : result.unreadable_folders) out.push_back("folder " + f.path + " " + f.reason);
  return out;
}

}  // namespace

// Folders listed, and notes stat-ed, on several threads: the same walk as
// on one, down to each note's size and mtime. 700 notes in one folder make
// three stat batches; a broken symlink and an ignored folder come along.
TEST(VaultWalker, ManyThreadsWalkExactlyAsOne) {
  TempVault vault;
  for (int i = 0; i < 700; ++i) vault.write("big/n" + std::to_string(i) + ".md", std::string(i % 7, 'x'));
  for (int d = 0; d < 12; ++d) {
    vault.write("deep/d" + std::to_string(d) + "/x/y/note.md", "# " + std::to_string(d));
    vault.write("deep/d" + std::to_string(d) + "/picture.png", "png");
  }
  vault.write("skip/me.md", "x");
  fs::create_symlink(vault.root() / "nowhere.md", vault.root() / "dangling.md");
  WalkResult one, many;
  std::string error;
  ASSERT_TRUE(walk_vault(vault.root(), {"skip"}, &one, &error, true, 1)) << error;
  ASSERT_TRUE(walk_vault(vault.root(), {"skip"}, &many, &error, true, 4)) << error;
  EXPECT_EQ(one.notes.size(), 713u);
  EXPECT_EQ(listing(one), listing(many));
  EXPECT_EQ(find_note(many, "big/n6.md")->size, 6u);
  EXPECT_EQ(find_note(many, "dangling.md")->problem, ContentProblem::unreadable);
}

}  // namespace vaultlint
