#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using Lines = std::vector<std::string>;

TEST(UnknownSuppression, UnknownRuleNamesAreReportedAtTheName) {
  TempVault vault;
  vault.write("a.md",
              "---\nid: a\nvaultlint: {disable: [orphan, orphans]}\n---\n"
              "<!-- vaultlint-disable-next-line broken-link brokn-link -->\n"
              "[[x]]\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].rule, "unknown-suppression");
  EXPECT_EQ(diagnostics[0].severity, vaultlint::Severity::warning);
  EXPECT_EQ(diagnostics[0].pos, (vaultlint::SourcePos{3, 31}));
  EXPECT_EQ(diagnostics[0].message, "unknown rule 'orphans' in a suppression; did you mean 'orphan'?");
  EXPECT_EQ(diagnostics[0].target, "orphans");
  EXPECT_EQ(diagnostics[1].pos, (vaultlint::SourcePos{5, 46}));
  EXPECT_EQ(diagnostics[1].message, "unknown rule 'brokn-link' in a suppression; did you mean 'broken-link'?");
}

TEST(UnknownSuppression, UnknownDirectivesAndBadFrontMatterShapes) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\nvaultlint: [orphan]\n---\n<!-- vaultlint-ignore orphan -->\n");
  EXPECT_EQ(vault.findings(),
            (Lines{"a.md:3:12: unknown-suppression", "a.md:5:6: unknown-suppression"}));
}

TEST(UnknownSuppression, CanItselfBeSuppressedOrTurnedOff) {
  TempVault vault;
  vault.write("a.md",
              "---\nid: a\n---\n<!-- vaultlint-disable-next-line unknown-suppression -->\n"
              "<!-- vaultlint-disable nope -->\n");
  EXPECT_EQ(vault.findings(), Lines{});
  vault.write("b.md", "---\nid: b\n---\n<!-- vaultlint-disable nope -->\n");
  vaultlint::Config config;
  config.severities["unknown-suppression"] = vaultlint::Severity::off;
  EXPECT_EQ(vault.findings(config), Lines{});
}
