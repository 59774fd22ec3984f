#include "vaultlint/config.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/temp_vault.hpp"

namespace vaultlint {
namespace {

std::string error_of(const std::string& text) {
  Config config;
  std::string error;
  EXPECT_FALSE(parse_config(text, ".vaultlint.yaml", &config, &error)) << text;
  return error;
}

TEST(ParseConfig, FrontMatterLimitsHaveDefaultsAndCanBeSet) {
  Config defaults;
  EXPECT_EQ(defaults.max_frontmatter_depth, 64);
  EXPECT_EQ(defaults.max_frontmatter_size, 262144u);
  EXPECT_EQ(defaults.max_alias_expansion, 10000u);
  Config config;
  std::string error;
  ASSERT_TRUE(parse_config("max_frontmatter_depth: 8\nmax_frontmatter_size: 4096\n"
                           "max_alias_expansion: 50\n",
                           "c.yaml", &config, &error))
      << error;
  EXPECT_EQ(config.max_frontmatter_depth, 8);
  EXPECT_EQ(config.max_frontmatter_size, 4096u);
  EXPECT_EQ(config.max_alias_expansion, 50u);
}

TEST(ParseConfig, FrontMatterLimitsMustBePositiveAndDepthAtMost400) {
  EXPECT_EQ(error_of("max_frontmatter_depth: 0\n"),
            ".vaultlint.yaml:1: 'max_frontmatter_depth' must be a positive whole number");
  EXPECT_EQ(error_of("max_frontmatter_depth: 401\n"),
            ".vaultlint.yaml:1: 'max_frontmatter_depth' must be at most 400");
  EXPECT_EQ(error_of("\nmax_frontmatter_size: big\n"),
            ".vaultlint.yaml:2: 'max_frontmatter_size' must be a positive whole number of bytes");
  EXPECT_EQ(error_of("max_alias_expansion: [1]\n"),
            ".vaultlint.yaml:1: 'max_alias_expansion' must be a positive whole number");
}

TEST(ParseConfig, MaxFileSizeIsAtMostOneGibibyte) {
  Config config;
  std::string error;
  ASSERT_TRUE(parse_config("max_file_size: 1073741824\n", "c.yaml", &config, &error)) << error;
  EXPECT_EQ(config.max_file_size, 1073741824u);
  EXPECT_EQ(error_of("max_file_size: 1073741825\n"),
            ".vaultlint.yaml:1: 'max_file_size' must be at most 1073741824 bytes (1 GiB)");
}

TEST(ParseConfig, HostileConfigIsAnErrorNotACrash) {
  EXPECT_EQ(error_of("ignore:\n  - a\n  - " + std::string(1025, '?') + "\n"),
            ".vaultlint.yaml:3: 'ignore' patterns may be at most 1024 characters");
  EXPECT_EQ(error_of("rules: " + std::string(100000, '[')).substr(0, 31),
            ".vaultlint.yaml:1: invalid YAML");
  EXPECT_EQ(error_of("ignore: &a [*a]\n").substr(0, 18), ".vaultlint.yaml:1:");
}

TEST(LoadVaultLimits, ConfiguredFrontMatterLimitsReachTheReader) {
  testing::TempVault vault;
  vault.write("deep.md", "---\nrelated: [[[x]]]\n---\n# Deep\n");
  vault.write("alias.md", "---\nbase: &b [a, b, c]\nrelated: [*b, *b]\n---\n# Alias\n");
  Config config;
  config.max_frontmatter_depth = 3;
  config.max_alias_expansion = 5;
  config.severities["missing-frontmatter"] = Severity::off;
  config.severities["broken-related"] = Severity::off;
  const auto diagnostics = check_vault(vault.load(config), config);
  EXPECT_EQ(testing::brief(diagnostics),
            (std::vector<std::string>{"alias.md:3:15: invalid-frontmatter",
                                      "deep.md:2:12: invalid-frontmatter"}));
}

}  // namespace
}  // namespace vaultlint
