#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using Lines = std::vector<std::string>;

namespace {

vaultlint::Config with_unused_on() {
  vaultlint::Config config;
  config.severities["unused-suppression"] = vaultlint::Severity::warning;
  return config;
}

TEST(UnusedSuppression, OffByDefault) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n<!-- vaultlint-disable-next-line broken-link -->\nok\n");
  EXPECT_EQ(vault.findings(), Lines{});
}

TEST(UnusedSuppression, EachRuleNameThatCoveredNothingAtTheName) {
  TempVault vault;
  vault.write("a.md",
              "---\nid: a\nvaultlint: {disable: [orphan, unsourced-claim]}\ntype: concept\n---\n"
              "<!-- vaultlint-disable-next-line broken-link broken-embed nope -->\n"
              "[[x]]\n"
              "<!-- vaultlint-disable-line -->\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), with_unused_on());
  EXPECT_EQ(vaultlint::testing::brief(diagnostics),
            (Lines{"a.md:3:31: unused-suppression", "a.md:6:46: unused-suppression",
                   "a.md:6:59: unknown-suppression", "a.md:8:1: unused-suppression"}));
  EXPECT_EQ(diagnostics[0].message, "vaultlint.disable of 'unsourced-claim' suppressed no finding");
  EXPECT_EQ(diagnostics[0].target, "unsourced-claim");
  EXPECT_EQ(diagnostics[1].message,
            "vaultlint-disable-next-line of 'broken-embed' suppressed no finding");
  EXPECT_EQ(diagnostics[3].message, "vaultlint-disable-line of every rule suppressed no finding");
}

TEST(UnusedSuppression, TheDisableInForceIsTheOneThatCounts) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n"
                      "<!-- vaultlint-disable broken-link -->\n"
                      "<!-- vaultlint-disable broken-link -->\n"
                      "[[x]]\n"
                      "<!-- vaultlint-enable broken-link -->\n");
  EXPECT_EQ(vault.findings(with_unused_on()), (Lines{"a.md:4:24: unused-suppression"}));
}

TEST(UnusedSuppression, ASuppressionOfARuleThatIsOffSuppressesNothing) {
  TempVault vault;
  vault.write("a.md", "---\nid: a\n---\n[[x]] <!-- vaultlint-disable-line broken-link -->\n");
  vaultlint::Config config = with_unused_on();
  EXPECT_EQ(vault.findings(config), Lines{});
  config.severities["broken-link"] = vaultlint::Severity::off;
  EXPECT_EQ(vault.findings(config), (Lines{"a.md:4:35: unused-suppression"}));
}

}  // namespace
