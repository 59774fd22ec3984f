#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

TEST(InvalidEncoding, BinaryAndInvalidUtf8AreReportedAndTheRestIsChecked) {
  TempVault vault;
  vault.write("bin.md", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  vault.write("latin1.md", "---\nid: l\n---\ncaf\xE9\n");
  vault.write("a.md", "---\nid: a\n---\n[[bin]] [[latin1]] [[nowhere]]\n");
  const auto diagnostics = vaultlint::check_vault(vault.load(), {});
  EXPECT_THAT(vaultlint::testing::brief(diagnostics),
              ElementsAre("a.md:4:20: broken-link", "bin.md:3:1: invalid-encoding",
                          "latin1.md:4:4: invalid-encoding"));
  EXPECT_EQ(diagnostics[1].message, "file contains a NUL byte at line 3, column 1; not parsed");
  EXPECT_EQ(diagnostics[2].message, "file is not valid UTF-8 (line 4, column 4); not parsed");
}
