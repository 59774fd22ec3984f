#include "text/unicode.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <optional>
#include <string>

namespace vaultlint {
namespace {

// --- find_invalid_utf8 -------------------------------------------------------

TEST(FindInvalidUtf8, AsciiIsValid) {
  EXPECT_EQ(find_invalid_utf8("hello, world\n"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
}

TEST(FindInvalidUtf8, MultibyteSequencesAreValid) {
  // 2-, 3- and 4-byte sequences: é, 知, 🚀.
  EXPECT_EQ(find_invalid_utf8("Caf\xC3\xA9 \xE7\x9F\xA5 \xF0\x9F\x9A\x80"), std::nullopt);
}

TEST(FindInvalidUtf8, BadBytesAreFoundAtEveryOffsetOfALongAsciiText) {
  // ASCII is skipped eight bytes at a time: a bad byte in any lane, and
  // in the tail after the last whole word, is still found where it is.
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(37, 'a');
    if (at < text.size()) text[at] = '\xFF';
    EXPECT_EQ(find_invalid_utf8(text), at < text.size() ? std::optional<std::size_t>(at) : std::nullopt) << at;
  }
}

TEST(FindInvalidUtf8, LoneFFIsReportedAtItsOffset) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF" "cd"), std::optional<std::size_t>(2));
  EXPECT_EQ(find_invalid_utf8("\xFF"), std::optional<std::size_t>(0));
}

TEST(FindInvalidUtf8, OffsetCountsBytesOfEarlierMultibyteText) {
  // "é" is two bytes, so the stray continuation byte is at offset 3.
  EXPECT_EQ(find_invalid_utf8("\xC3\xA9x\x80"), std::optional<std::size_t>(3));
}

TEST(FindInvalidUtf8, TruncatedSequenceIsInvalid) {
  // First two bytes of the three-byte "知" at the end of the text.
  EXPECT_EQ(find_invalid_utf8("ok\xE7\x9F"), std::optional<std::size_t>(2));
  // Truncated sequence followed by ASCII.
  EXPECT_EQ(find_invalid_utf8("ok\xE7\x9Fz"), std::optional<std::size_t>(2));
}

TEST(FindInvalidUtf8, OverlongEncodingIsInvalid) {
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), std::optional<std::size_t>(1));      // '/' in 2 bytes
  EXPECT_EQ(find_invalid_utf8("a\xE0\x80\xAF"), std::optional<std::size_t>(1));  // '/' in 3 bytes
  EXPECT_EQ(find_invalid_utf8("a\xF0\x80\x80\xAF"), std::optional<std::size_t>(1));
}

TEST(FindInvalidUtf8, EncodedSurrogateIsInvalid) {
  EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), std::optional<std::size_t>(1));  // U+D800
  EXPECT_EQ(find_invalid_utf8("x\xED\xBF\xBF"), std::optional<std::size_t>(1));  // U+DFFF
}

TEST(FindInvalidUtf8, CodePointAboveUnicodeRangeIsInvalid) {
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), std::optional<std::size_t>(0));  // U+110000
}

// --- to_nfc -----------------------------------------------------------------

TEST(ToNfc, ComposesDecomposedAccent) {
  EXPECT_EQ(to_nfc("e\xCC\x81"), "\xC3\xA9");                        // e + U+0301 -> é
  EXPECT_EQ(to_nfc("Caf" "e\xCC\x81" ".md"), "Caf\xC3\xA9.md");
}

TEST(ToNfc, LeavesAsciiAndNfcUnchanged) {
  EXPECT_EQ(to_nfc("plain"), "plain");
  EXPECT_EQ(to_nfc("\xC3\xA9\xE7\x9F\xA5"), "\xC3\xA9\xE7\x9F\xA5");
}

TEST(MakeNfc, ComposesWhereItIsAndLeavesAsciiInItsBuffer) {
  std::string decomposed = "Caf" "e\xCC\x81" ".md";
  vaultlint::make_nfc(&decomposed);
  EXPECT_EQ(decomposed, "Caf\xC3\xA9.md");
  std::string ascii = "concepts/a-name-longer-than-a-short-string.md";
  const char* const buffer = ascii.data();
  vaultlint::make_nfc(&ascii);
  EXPECT_EQ(ascii, "concepts/a-name-longer-than-a-short-string.md");
  EXPECT_EQ(ascii.data(), buffer);  // not copied
  std::string invalid = "e\xCC\x81\xFF";
  vaultlint::make_nfc(&invalid);
  EXPECT_EQ(invalid, "e\xCC\x81\xFF");
}

TEST(ToNfc, ReturnsInvalidInputUnchanged) {
  EXPECT_EQ(to_nfc("e\xCC\x81\xFF"), "e\xCC\x81\xFF");
}

// --- fold_key ---------------------------------------------------------------

TEST(FoldKey, LowercasesAscii) {
  EXPECT_EQ(fold_key("My Note-1"), "my note-1");
  EXPECT_EQ(fold_key("MY NOTE-1"), fold_key("my note-1"));
}

TEST(FoldKey, FoldsAccentedCapital) {
  EXPECT_EQ(fold_key("\xC3\x89" "conomie"), "\xC3\xA9" "conomie");  // Économie
  EXPECT_EQ(fold_key("\xC3\x89" "conomie"), fold_key("\xC3\xA9" "conomie"));
}

TEST(FoldKey, NfdAndNfcSpellingsAreEqual) {
  EXPECT_EQ(fold_key("E\xCC\x81" "conomie"), fold_key("\xC3\xA9" "conomie"));
  EXPECT_EQ(fold_key("e\xCC\x81"), "\xC3\xA9");
}

TEST(FoldKey, SharpSFoldsToSsSoStrasseEqualsStrasse) {
  // Observed: utf8proc's full case folding maps ß to "ss", so these match.
  EXPECT_EQ(fold_key("stra\xC3\x9F" "e"), "strasse");
  EXPECT_EQ(fold_key("STRASSE"), fold_key("stra\xC3\x9F" "e"));
}

TEST(FoldKey, DifferentNamesStayDifferent) {
  EXPECT_NE(fold_key("\xC3\xA9" "conomie"), fold_key("economie"));
}

TEST(FoldKeyInto, OverwritesWhatTheBufferHeld) {
  std::string key = "a much longer key than the next one, left from before";
  fold_key_into("Short", &key);
  EXPECT_EQ(key, "short");
  fold_key_into("\xC3\x89" "T\xC3\x89", &key);  // ÉTÉ
  EXPECT_EQ(key, "\xC3\xA9" "t\xC3\xA9");
  fold_key_into("", &key);
  EXPECT_EQ(key, "");
}

// --- nfc_view ------------------------------------------------------------------

TEST(NfcView, AsciiIsViewedInPlace) {
  const std::string text = "a note name long enough not to fit in a small string";
  std::string storage = "untouched";
  const std::string_view view = nfc_view(text, &storage);
  EXPECT_EQ(view.data(), text.data());
  EXPECT_EQ(view.size(), text.size());
  EXPECT_EQ(storage, "untouched");
}

TEST(NfcView, DecomposedTextIsComposedIntoTheStorage) {
  std::string storage;
  const std::string_view view = nfc_view("Cafe\xCC\x81 noir", &storage);
  EXPECT_EQ(view, "Caf\xC3\xA9 noir");
  EXPECT_EQ(view.data(), storage.data());
}

// --- heading_key --------------------------------------------------------------

TEST(HeadingKey, AsciiTextIsKeyedAsTheUnicodeRuleKeysIt) {
  // ASCII code points are classified and lower-cased without utf8proc. The
  // Unicode rule (letters, digits and '_' are words) says, for ASCII: A-Z,
  // a-z, 0-9 and '_'. Every printable ASCII character, on its own, between
  // words and beside a non-ASCII word, must be keyed by that rule.
  for (char c = ' '; c <= '~'; ++c) {
    const bool word = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
    const std::string lower(1, static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    EXPECT_EQ(heading_key(std::string(1, c)), word ? lower : "") << c;
    EXPECT_EQ(heading_key("Ab" + std::string(1, c) + "Cd"), word ? "ab" + lower + "cd" : "ab cd") << c;
    EXPECT_EQ(heading_key(std::string(3, c) + "x"), word ? lower + lower + lower + "x" : "x") << c;
    for (const std::string& text : {std::string(1, c), "Ab" + std::string(1, c) + "Cd", std::string(3, c) + "x"}) {
      const std::string ascii = heading_key(text);
      EXPECT_EQ(heading_key(text + " \xC3\xA9"), ascii.empty() ? "\xC3\xA9" : ascii + " \xC3\xA9") << text;
    }
  }
}

TEST(HeadingKey, SeparatorsAtTheEndsAreDroppedAndRunsBecomeOneSpace) {
  EXPECT_EQ(heading_key("\t  --Hello,\t\x01 World!!  "), "hello world");
  EXPECT_EQ(heading_key("\t  --H\xC3\xA9llo,\t\x01 World!!  "), "h\xC3\xA9llo world");
  EXPECT_EQ(heading_key(" !? "), "");
  EXPECT_EQ(heading_key(""), "");
}

TEST(HeadingKey, PunctuationBecomesSpaces) {
  EXPECT_EQ(heading_key("Cost & Value (2024): a \"review\""), "cost value 2024 a review");
}

TEST(HeadingKey, FrenchWithDashAndApostrophe) {
  EXPECT_EQ(heading_key("\xC3\x89" "conomie \xE2\x80\x94 l'attention"),
            "\xC3\xA9" "conomie l attention");
}

TEST(HeadingKey, CjkLettersAreKept) {
  EXPECT_EQ(heading_key("\xE7\x9F\xA5\xE8\xAD\x98 Growth: loop & edge"),
            "\xE7\x9F\xA5\xE8\xAD\x98 growth loop edge");
}

TEST(HeadingKey, EmojiIsASeparator) {
  EXPECT_EQ(heading_key("Growth \xF0\x9F\x9A\x80 Loop, edge!"), "growth loop edge");
}

TEST(HeadingKey, GuillemetsAndMixedScripts) {
  EXPECT_EQ(heading_key("\xC2\xAB" "For\xC3\xAAt\xC2\xBB \xE2\x80\x94 Risk \xE5\xB8\x82\xE5\xA0\xB4"),
            "for\xC3\xAAt risk \xE5\xB8\x82\xE5\xA0\xB4");
}

TEST(HeadingKey, UnderscoresAreKept) {
  EXPECT_EQ(heading_key("snake_case Name"), "snake_case name");
  EXPECT_EQ(heading_key("_private_"), "_private_");
}

TEST(HeadingKey, LeadingAndTrailingPunctuationIsTrimmed) {
  EXPECT_EQ(heading_key("  ...Hello, World!!!  "), "hello world");
  EXPECT_EQ(heading_key("--- # ---"), "");
}

TEST(HeadingKey, NfdInputMatchesNfc) {
  EXPECT_EQ(heading_key("E\xCC\x81" "conomie"), heading_key("\xC3\x89" "conomie"));
  EXPECT_EQ(heading_key("E\xCC\x81" "conomie"), "\xC3\xA9" "conomie");
}

TEST(HeadingKey, InvalidByteActsAsSeparator) {
  EXPECT_EQ(heading_key("ab\xFF" "cd"), "ab cd");
}

}  // namespace
}  // namespace vaultlint
