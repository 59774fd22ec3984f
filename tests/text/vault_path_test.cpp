#include "text/vault_path.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace vaultlint {
namespace {

using Opt = std::optional<std::string>;

TEST(JoinVaultPath, JoinsRelativeToFolder) {
  EXPECT_EQ(join_vault_path("a/b", "c.md"), Opt("a/b/c.md"));
  EXPECT_EQ(join_vault_path("", "c.md"), Opt("c.md"));
}

TEST(JoinVaultPath, RemovesDotDotAndDotSegments) {
  EXPECT_EQ(join_vault_path("a/b", "../c.md"), Opt("a/c.md"));
  EXPECT_EQ(join_vault_path("a/b", "./c.md"), Opt("a/b/c.md"));
  EXPECT_EQ(join_vault_path("a/b", "../../c.md"), Opt("c.md"));
  EXPECT_EQ(join_vault_path("a", "x/./y/../z.md"), Opt("a/x/z.md"));
  EXPECT_EQ(join_vault_path("a", "x//y.md"), Opt("a/x/y.md"));
}

TEST(JoinVaultPath, LeadingSlashStartsFromRoot) {
  EXPECT_EQ(join_vault_path("a/b", "/c.md"), Opt("c.md"));
  EXPECT_EQ(join_vault_path("a/b", "/x/y.md"), Opt("x/y.md"));
}

TEST(JoinVaultPath, ClimbingAboveRootIsNullopt) {
  EXPECT_EQ(join_vault_path("", "../c.md"), std::nullopt);
  EXPECT_EQ(join_vault_path("a", "../../c.md"), std::nullopt);
  EXPECT_EQ(join_vault_path("a/b", "/../c.md"), std::nullopt);
  // Climbing out and back in is still out.
  EXPECT_EQ(join_vault_path("a", "../../a/c.md"), std::nullopt);
}

TEST(JoinVaultPath, ResultCanBeTheRootItself) {
  EXPECT_EQ(join_vault_path("a", ".."), Opt(""));
  EXPECT_EQ(join_vault_path("", ""), Opt(""));
}

TEST(StemOf, DropsFolderAndMdExtension) {
  EXPECT_EQ(stem_of("a/b/Note.md"), "Note");
  EXPECT_EQ(stem_of("Note.md"), "Note");
  EXPECT_EQ(stem_of("a/Note.MD"), "Note");
  EXPECT_EQ(stem_of("a/Note.Md"), "Note");
  EXPECT_EQ(stem_of("a/image.png"), "image.png");
  EXPECT_EQ(stem_of("a/x.tar.md"), "x.tar");
}

TEST(StripMdExtension, CaseInsensitiveAndOnlyAtTheEnd) {
  EXPECT_EQ(strip_md_extension("Note.md"), "Note");
  EXPECT_EQ(strip_md_extension("Note.MD"), "Note");
  EXPECT_EQ(strip_md_extension("Note.mD"), "Note");
  EXPECT_EQ(strip_md_extension("Note.mdx"), "Note.mdx");
  EXPECT_EQ(strip_md_extension("Notemd"), "Notemd");
  EXPECT_EQ(strip_md_extension(".md"), "");
  EXPECT_EQ(strip_md_extension("md"), "md");
}

TEST(ParentFolder, FolderPartOfThePath) {
  EXPECT_EQ(parent_folder("a/b/c.md"), "a/b");
  EXPECT_EQ(parent_folder("a/c.md"), "a");
  EXPECT_EQ(parent_folder("c.md"), "");
  EXPECT_EQ(parent_folder(""), "");
}

}  // namespace
}  // namespace vaultlint
