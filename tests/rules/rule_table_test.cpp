#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::brief;
using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

namespace {

// Findings from every kind of rule, and suggestions from each did-you-mean
// index (note names, note paths, file names), so that rules running side by
// side share the lazily built indexes.
void write_mixed_vault(TempVault& vault) {
  vault.write("notes/alpha.md", "---\nid: alpha\ntype: concept\n---\n[[alpah]] ![[notes/betta]] [[beta#Nope]]\n");
  vault.write("notes/beta.md", "---\nid: beta\ntype: claim\nrelated: [gamma]\n---\n# Real\n![[pictur.png]]\n");
  vault.write("notes/gamma.md", "---\nid: alpha\n---\n[[Alpha]]\n");
  vault.write("notes/delta.md", "no front matter [[missing-note]]\n");
  vault.write("picture.png", "png");
}

}  // namespace

TEST(CheckVault, RulesOnManyThreadsFindExactlyWhatOneThreadFinds) {
  TempVault vault;
  write_mixed_vault(vault);
  const auto loaded = vault.load();
  const auto one = vaultlint::check_vault(loaded, {}, nullptr, 1);
  EXPECT_THAT(brief(one),
              ElementsAre("notes/alpha.md:1:1: orphan", "notes/alpha.md:2:1: duplicate-id",
                          "notes/alpha.md:5:1: broken-link", "notes/alpha.md:5:11: broken-embed",
                          "notes/alpha.md:5:28: broken-heading", "notes/beta.md:1:1: unsourced-claim",
                          "notes/beta.md:7:1: broken-embed", "notes/delta.md:1:1: missing-frontmatter",
                          "notes/delta.md:1:17: broken-link", "notes/gamma.md:2:1: duplicate-id",
                          "notes/gamma.md:4:1: ambiguous-link"));
  std::vector<std::string> messages;
  for (const auto& diagnostic : one) messages.push_back(diagnostic.message);
  EXPECT_EQ(messages[2], "no note matches 'alpah'; did you mean 'alpha'?");
  EXPECT_EQ(messages[3], "embedded 'notes/betta' matches no note or file; did you mean 'notes/beta'?");
  EXPECT_EQ(messages[6], "embedded 'pictur.png' matches no note or file; did you mean 'picture.png'?");
  for (const unsigned threads : {2u, 4u, 16u}) {
    const auto many = vaultlint::check_vault(loaded, {}, nullptr, threads);
    ASSERT_EQ(many.size(), one.size()) << threads << " threads";
    for (std::size_t i = 0; i < one.size(); ++i) {
      EXPECT_EQ(many[i].rule, one[i].rule);
      EXPECT_EQ(many[i].file, one[i].file);
      EXPECT_EQ(many[i].pos, one[i].pos);
      EXPECT_EQ(many[i].message, one[i].message) << threads << " threads";
      EXPECT_EQ(many[i].severity, one[i].severity);
    }
  }
}
