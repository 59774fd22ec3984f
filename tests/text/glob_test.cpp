#include "text/glob.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace vaultlint {
namespace {

TEST(Glob, StarMatchesWithinOneFolder) {
  EXPECT_TRUE(glob_match("notes/*.md", "notes/a.md"));
  EXPECT_TRUE(glob_match("notes/*.md", "notes/.md"));
  EXPECT_FALSE(glob_match("notes/*.md", "notes/sub/a.md"));
  EXPECT_FALSE(glob_match("notes/*.md", "notes/a.txt"));
}

TEST(Glob, DoubleStarMatchesAcrossFolders) {
  EXPECT_TRUE(glob_match("notes/**", "notes/a/b/c.md"));
  EXPECT_TRUE(glob_match("notes/**/*.md", "notes/c.md"));
  EXPECT_TRUE(glob_match("notes/**/*.md", "notes/a/c.md"));
  EXPECT_TRUE(glob_match("a/**/b/*.md", "a/x/y/b/c.md"));
  EXPECT_TRUE(glob_match("**/draft.md", "x/y/draft.md"));
  EXPECT_FALSE(glob_match("notes/**/*.md", "other/a/b.md"));
}

TEST(Glob, DoubleStarFollowedByStarMatchesTwoOrMoreFolders) {
  // Regression: a later '*' used to overwrite the '**' restart point.
  EXPECT_TRUE(glob_match("notes/**/*.md", "notes/a/b/c.md"));
  EXPECT_TRUE(glob_match("**/*.md", "a/b/c.md"));
  EXPECT_TRUE(glob_match("notes/**/x*.md", "notes/a/xb/c/xy.md"));
  EXPECT_FALSE(glob_match("notes/**/*.md", "notes/a/b/c.txt"));
}

TEST(Glob, DoubleStarSlashAlsoMatchesZeroFolders) {
  EXPECT_TRUE(glob_match("a/**/b", "a/b"));
  EXPECT_TRUE(glob_match("a/**/b", "a/x/b"));
  EXPECT_TRUE(glob_match("a/**/b", "a/x/y/b"));
  EXPECT_FALSE(glob_match("a/**/b", "a/xb"));
  EXPECT_TRUE(glob_match("**/draft.md", "draft.md"));
}

TEST(Glob, QuestionMarkMatchesOneCharacterButNotSlash) {
  EXPECT_TRUE(glob_match("n?.md", "n1.md"));
  EXPECT_FALSE(glob_match("n?.md", "n12.md"));
  EXPECT_FALSE(glob_match("n?.md", "n.md"));
  EXPECT_FALSE(glob_match("a?b", "a/b"));
}

TEST(Glob, CharacterClass) {
  EXPECT_TRUE(glob_match("[abc].md", "a.md"));
  EXPECT_TRUE(glob_match("[abc].md", "c.md"));
  EXPECT_FALSE(glob_match("[abc].md", "d.md"));
  EXPECT_TRUE(glob_match("[a-c]x.md", "bx.md"));
  EXPECT_FALSE(glob_match("[a-c]x.md", "dx.md"));
}

TEST(Glob, NegatedCharacterClass) {
  EXPECT_TRUE(glob_match("[!a].md", "b.md"));
  EXPECT_FALSE(glob_match("[!a].md", "a.md"));
  EXPECT_TRUE(glob_match("[^a].md", "b.md"));
  EXPECT_FALSE(glob_match("[^a].md", "a.md"));
}

TEST(Glob, PatternWithoutSlashMatchesAtAnyDepth) {
  EXPECT_TRUE(glob_match("templates", "x/templates/y.md"));
  EXPECT_TRUE(glob_match("templates", "templates/y.md"));
  EXPECT_TRUE(glob_match("*.tmp.md", "a/b/c.tmp.md"));
  EXPECT_TRUE(glob_match("*.tmp.md", "c.tmp.md"));
  EXPECT_FALSE(glob_match("templates", "x/mytemplates/y.md"));
  EXPECT_FALSE(glob_match("templates", "x/templates2/y.md"));
}

TEST(Glob, LeadingSlashAnchorsAtTheRoot) {
  EXPECT_TRUE(glob_match("/templates", "templates/y.md"));
  EXPECT_FALSE(glob_match("/templates", "x/templates/y.md"));
  EXPECT_TRUE(glob_match("/*.md", "a.md"));
  EXPECT_FALSE(glob_match("/*.md", "sub/a.md"));
}

TEST(Glob, PatternWithSlashIsAnchoredAtTheRoot) {
  EXPECT_TRUE(glob_match("a/b", "a/b/c.md"));
  EXPECT_FALSE(glob_match("a/b", "x/a/b/c.md"));
}

TEST(Glob, FolderPatternCoversItsContents) {
  EXPECT_TRUE(glob_match("archive", "archive/2020/old.md"));
  EXPECT_TRUE(glob_match("archive/*", "archive/2020/old.md"));
  EXPECT_TRUE(glob_match("arch*", "archive/old.md"));
  EXPECT_TRUE(glob_match("archive", "archive"));
}

TEST(Glob, NonMatches) {
  EXPECT_FALSE(glob_match("archive", "archived.md"));
  EXPECT_FALSE(glob_match("*.md", "a.txt"));
  EXPECT_FALSE(glob_match("a.md", "a.mdx"));
  EXPECT_FALSE(glob_match("a.md", "ba.md"));
  EXPECT_FALSE(glob_match("", "a.md"));
}

TEST(Glob, ManyDoubleStarsStayFast) {
  const std::string path(150, 'a');
  const auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(glob_match("a**a**a**a**a**z", path));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(200));
}

}  // namespace
}  // namespace vaultlint
