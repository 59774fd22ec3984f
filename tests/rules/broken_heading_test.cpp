#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

namespace {
constexpr const char* kTarget =
    "---\nid: t\n---\n# Title\n\n## Cost & Value (2024): a \"review\"\n\n## Économie — l'attention\n\n"
    "Setext heading\n--------------\n\n```\n## Not A Heading\n```\n";
}

TEST(BrokenHeading, PunctuationAndCaseDoNotMatter) {
  TempVault vault;
  vault.write("t.md", kTarget);
  vault.write("a.md",
              "---\nid: a\n---\n[[t#cost value 2024 a review]] [[t#COST & VALUE (2024): A \"REVIEW\"]]\n"
              "[[t#Économie - L; attention]] [[t#setext heading]] [t](t.md#cost-value-2024-a-review)\n");
  EXPECT_THAT(vault.findings(), ElementsAre());
}

TEST(BrokenHeading, HeadingsInCodeDoNotCountAndMissingOnesAreReported) {
  TempVault vault;
  vault.write("t.md", kTarget);
  vault.write("a.md", "---\nid: a\n---\nx [[t#Not A Heading]] [[t#Cost Value 2025]]\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].pos, (vaultlint::SourcePos{4, 3}));
  EXPECT_EQ(diagnostics[0].message, "no heading 'Not A Heading' in 't.md'");
  EXPECT_EQ(diagnostics[0].target, "t#Not A Heading");
  EXPECT_EQ(diagnostics[1].pos, (vaultlint::SourcePos{4, 23}));
}

TEST(BrokenHeading, SameNoteHeadingLinks) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n## Here\n\n[[#Here]] [[#There]] [x](#here)\n");
  EXPECT_THAT(vault.findings(), ElementsAre("a.md:6:11: broken-heading"));
}

TEST(BrokenHeading, ABrokenHeadingLinkIsNotAnEdge) {
  TempVault vault;
  vault.write("t.md", kTarget);
  vault.write("a.md", "---\nid: a\n---\n[[t#nothing]]\n");
  EXPECT_EQ(vault.load().graph.edge_counts_by_kind()[vaultlint::kWikilinkEdge], 0u);
}
