#include "read/markdown_guard.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "read/note_reader.hpp"

namespace vaultlint {
namespace {

std::string repeat(std::string_view text, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

std::optional<MarkdownRefusal> check(const std::string& body, int skip_lines = 0) {
  return check_markdown_shape(body, LineTable(body), skip_lines);
}

TEST(CheckMarkdownShape, UnclosedCdataPastTheLimitIsRefusedAtTheOpenerThatPassesIt) {
  EXPECT_FALSE(check(repeat("a <![CDATA[", 1000)).has_value());
  const auto refusal = check("# T\n\n" + repeat("a <![CDATA[", 1001));
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->pos, (SourcePos{3, 1 + 1000 * 11 + 2}));
  EXPECT_EQ(refusal->message,
            "body not parsed: more than 1000 raw HTML openings ('<!--', '<![CDATA[', '<?', '<!X') "
            "are never closed, which makes cmark-gfm quadratic");
}

TEST(CheckMarkdownShape, EachOpenerKindCountsAndClosedOnesDoNot) {
  EXPECT_TRUE(check(repeat("a <?", 1001)).has_value());
  EXPECT_TRUE(check(repeat("a <!A", 1001)).has_value());
  EXPECT_TRUE(check(repeat("a <!--", 1001)).has_value());
  EXPECT_FALSE(check(repeat("<!-- a --> <?php x ?> <!DOCTYPE html> <![CDATA[x]]>\n", 5000)).has_value());
  // Closed by a closer anywhere later, as cmark-gfm would find it.
  EXPECT_FALSE(check(repeat("a <![CDATA[", 5000) + "]]>").has_value());
}

TEST(CheckMarkdownShape, TheLastCloserOfEachKindCountsWhateverFollowsIt) {
  // Plain '>'s after a closer, and closers of other kinds, do not hide it.
  EXPECT_FALSE(check(repeat("a <!--", 1001) + "--> b > c ]]> d ?> e >").has_value());
  EXPECT_FALSE(check(repeat("a <?", 1001) + "?>-->]]>>").has_value());
  // A closer that only precedes the openers closes none of them.
  EXPECT_TRUE(check("]]> --> ?> >" + repeat("a <![CDATA[", 1001)).has_value());
  // Each kind needs its own closer: "?-->" closes '<!--' but not '<?'.
  EXPECT_FALSE(check(repeat("a <!--", 1001) + "?-->").has_value());
  EXPECT_TRUE(check(repeat("a <?", 1001) + "?-->").has_value());
  EXPECT_TRUE(check(repeat("a <!--", 1001) + "?>").has_value());
}

TEST(CheckMarkdownShape, TableColumnsPastTheLimitAreRefusedAtTheDelimiterRow) {
  const auto table = [](std::size_t columns) {
    return "text\n\n|" + repeat("a|", columns) + "\n|" + repeat("-|", columns) + "\n";
  };
  EXPECT_FALSE(check(table(1000)).has_value());
  const auto refusal = check(table(1001));
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->pos, (SourcePos{4, 1}));
  EXPECT_EQ(refusal->message,
            "body not parsed: a table has more columns than 1000, which makes cmark-gfm quadratic");
}

TEST(CheckMarkdownShape, PaddingOfShortRowsIsCountedUntilABlankLine) {
  // 257 columns, rows of one cell: 256 empty cells each; 256 rows fit 0x10000.
  const std::string head = "|" + repeat("a|", 257) + "\n|" + repeat("-|", 257) + "\n";
  EXPECT_FALSE(check(head + repeat("|x|\n", 256)).has_value());
  EXPECT_FALSE(check(head + repeat("|x|\n", 200) + "\n" + repeat("|x|\n", 200)).has_value());
  const auto refusal = check(head + repeat("|x|\n", 257));
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->pos, (SourcePos{2 + 257, 1}));
  EXPECT_EQ(refusal->message,
            "body not parsed: a table has short rows: empty cells to pad exceed 65536, which makes "
            "cmark-gfm quadratic");
}

TEST(CheckMarkdownShape, EscapedPipesAreNotCellsAndFrontMatterIsSkipped) {
  EXPECT_FALSE(check("| a \\| b |\n|---|\n| x \\| y |\n").has_value());
  const std::string front = "---\nx: " + repeat("<?", 2000) + "\n---\n";
  EXPECT_FALSE(check(front + "body\n", 3).has_value());
  EXPECT_TRUE(check(front + "body\n", 0).has_value());
}

TEST(ReadNoteBody, RefusedBodyIsReportedNotParsedAndQuick) {
  Note note;
  const std::string body = "---\nid: w\n---\n[[kept-out]]\n\n|" + repeat("a|", 2000) + "\n|" +
                           repeat("-|", 2000) + "\n" + repeat("|x|\n", 2000);
  const auto start = std::chrono::steady_clock::now();
  read_note_content(body, ReaderOptions{}, &note);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
  EXPECT_EQ(note.front_matter, FrontMatterState::valid);
  EXPECT_EQ(note.id, "w");
  EXPECT_TRUE(note.links.empty());
  EXPECT_EQ(note.extras().body_not_parsed_pos, (SourcePos{7, 1}));
  EXPECT_EQ(note.extras().body_not_parsed,
            "body not parsed: a table has more columns than 1000, which makes cmark-gfm quadratic");
}

}  // namespace
}  // namespace vaultlint
