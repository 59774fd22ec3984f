#include "text/percent_decode.hpp"

#include <gtest/gtest.h>

namespace vaultlint {
namespace {

TEST(PercentDecode, SpaceEscape) {
  EXPECT_EQ(percent_decode("a%20b.md"), "a b.md");
}

TEST(PercentDecode, LowerAndUpperHexDigits) {
  EXPECT_EQ(percent_decode("%2f%2F"), "//");
  EXPECT_EQ(percent_decode("%3a%3A"), "::");
}

TEST(PercentDecode, MultibyteUtf8Escapes) {
  EXPECT_EQ(percent_decode("%C3%89conomie"), "\xC3\x89" "conomie");
  EXPECT_EQ(percent_decode("%c3%a9"), "\xC3\xA9");
}

TEST(PercentDecode, PlusStaysPlus) {
  EXPECT_EQ(percent_decode("a+b"), "a+b");
}

TEST(PercentDecode, BadEscapesStayAsWritten) {
  EXPECT_EQ(percent_decode("%zz"), "%zz");
  EXPECT_EQ(percent_decode("%4g"), "%4g");
  EXPECT_EQ(percent_decode("100%"), "100%");
}

TEST(PercentDecode, TruncatedEscapeAtEndStays) {
  EXPECT_EQ(percent_decode("a%4"), "a%4");
  EXPECT_EQ(percent_decode("%"), "%");
}

TEST(PercentDecode, EscapeAtTheVeryEndIsDecoded) {
  EXPECT_EQ(percent_decode("a%41"), "aA");
  EXPECT_EQ(percent_decode("%41"), "A");
}

TEST(PercentDecode, PercentEscapeIsDecodedOnlyOnce) {
  EXPECT_EQ(percent_decode("%2541"), "%41");
}

TEST(PercentDecode, EmptyAndPlainText) {
  EXPECT_EQ(percent_decode(""), "");
  EXPECT_EQ(percent_decode("plain/path.md"), "plain/path.md");
}

}  // namespace
}  // namespace vaultlint
