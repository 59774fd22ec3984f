#include "text/html_escape.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace vaultlint {
namespace {

TEST(ScriptSafeJson, MarkupCharactersBecomeUnicodeEscapes) {
  EXPECT_EQ(script_safe_json(R"({"a":"</script><!--x-->&amp;"})"),
            R"({"a":"\u003c/script\u003e\u003c!--x--\u003e\u0026amp;"})");
}

TEST(ScriptSafeJson, LineAndParagraphSeparatorsAreEscaped) {
  EXPECT_EQ(script_safe_json("[\"a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\xE2\x80\xAA\"]"),
            "[\"a\\u2028b\\u2029c\xE2\x80\xAA\"]");  // U+202A (LRE) is left as it is
}

TEST(ScriptSafeJson, ReadsBackAsTheSameValue) {
  const std::string hostile = "\"q\" </SCRIPT> <!-- & \x1b[31m \xE2\x80\xAE rtl \n end";
  const std::string json = nlohmann::json({{"k", hostile}}).dump();
  const std::string safe = script_safe_json(json);
  EXPECT_EQ(safe.find('<'), std::string::npos);
  EXPECT_EQ(safe.find('>'), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(safe)["k"], hostile);
}

TEST(ScriptSafeJson, ATruncatedSeparatorAtTheEndIsCopied) {
  EXPECT_EQ(script_safe_json("\"\xE2\x80"), "\"\xE2\x80");
}

TEST(FragmentEncode, KeepsPathCharactersAndEncodesTheRest) {
  EXPECT_EQ(fragment_encode("concepts/spaced-repetition.md"), "concepts/spaced-repetition.md");
  EXPECT_EQ(fragment_encode("a b#c&d\"<\n"), "a%20b%23c%26d%22%3C%0A");
  EXPECT_EQ(fragment_encode("\xC3\xA9t\xC3\xA9"), "%C3%A9t%C3%A9");
}

}  // namespace
}  // namespace vaultlint
