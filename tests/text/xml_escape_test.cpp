#include "text/xml_escape.hpp"

#include <gtest/gtest.h>

#include <string>

TEST(XmlEscape, EscapesMarkupAndDropsCharactersXmlForbids) {
  EXPECT_EQ(vaultlint::xml_escape(R"(a&b<c>d"e'f)"), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
  EXPECT_EQ(vaultlint::xml_escape(std::string("t\tn\nr\rx\x01y\x1fz\x0b", 12)), "t&#9;n&#10;r&#13;xyz");
  EXPECT_EQ(vaultlint::xml_escape("a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c\xEF\xBF\xBD"), "abc\xEF\xBF\xBD");
  EXPECT_EQ(vaultlint::xml_escape("é{}"), "é{}");
  // DEL, C1 controls (U+0085) and bytes that are not UTF-8 cannot be XML.
  EXPECT_EQ(vaultlint::xml_escape("a\x7f" "b\xC2\x85" "c\xFF" "d\x1b[31m"), "abcd[31m");
}
