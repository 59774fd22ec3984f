#include "report/terminal_safe.hpp"

#include <gtest/gtest.h>

namespace vaultlint {
namespace {

TEST(TerminalSafe, ControlCharactersBecomeVisibleEscapes) {
  EXPECT_EQ(terminal_safe("a\x1b[31mred\x1b[0m"), "a\\x1b[31mred\\x1b[0m");
  EXPECT_EQ(terminal_safe("line\nbreak\r\tdel\x7f"), "line\\x0abreak\\x0d\\x09del\\x7f");
  EXPECT_EQ(terminal_safe("c1 \xc2\x9b csi"), "c1 \\u009b csi");
}

TEST(TerminalSafe, BidiControlsAreEscapedOtherUnicodeIsKept) {
  EXPECT_EQ(terminal_safe("rlo\u202Egnp.exe"), "rlo\\u202egnp.exe");
  EXPECT_EQ(terminal_safe("\u200E\u200F\u2066\u2069\u061C"), "\\u200e\\u200f\\u2066\\u2069\\u061c");
  EXPECT_EQ(terminal_safe("café 知識 🚀 «x»"), "café 知識 🚀 «x»");
}

TEST(TerminalSafe, BytesThatAreNotUtf8AreEscapedOneByOne) {
  EXPECT_EQ(terminal_safe("bad\x9b[2J\xff.md"), "bad\\x9b[2J\\xff.md");
  EXPECT_EQ(terminal_safe("cut \xe2\x82"), "cut \\xe2\\x82");
}

}  // namespace
}  // namespace vaultlint
