#include "read/line_table.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace vaultlint {
namespace {

TEST(LineTable, LfLines) {
  const std::string_view content = "ab\ncd\nef\n";
  const LineTable lines(content);
  ASSERT_EQ(lines.line_count(), 3);
  EXPECT_EQ(lines.start_of(1), 0u);
  EXPECT_EQ(lines.start_of(2), 3u);
  EXPECT_EQ(lines.start_of(3), 6u);
  EXPECT_EQ(lines.text_of(1), "ab");
  EXPECT_EQ(lines.text_of(2), "cd");
  EXPECT_EQ(lines.text_of(3), "ef");
  EXPECT_EQ(lines.end_of(1), 2u);
  EXPECT_EQ(lines.end_of(3), 8u);
}

TEST(LineTable, CrlfBreakIsNotPartOfTheLine) {
  const std::string_view content = "ab\r\ncd\r\n";
  const LineTable lines(content);
  ASSERT_EQ(lines.line_count(), 2);
  EXPECT_EQ(lines.start_of(2), 4u);
  EXPECT_EQ(lines.text_of(1), "ab");
  EXPECT_EQ(lines.text_of(2), "cd");
  EXPECT_EQ(lines.end_of(1), 2u);
  EXPECT_EQ(lines.end_of(2), 6u);
}

TEST(LineTable, LoneCarriageReturnEndsALineAsInCommonMark) {
  const LineTable lines("a\rb\r\nc\n");
  ASSERT_EQ(lines.line_count(), 3);
  EXPECT_EQ(lines.text_of(1), "a");
  EXPECT_EQ(lines.text_of(2), "b");
  EXPECT_EQ(lines.text_of(3), "c");
  EXPECT_EQ(lines.pos_of(2), (vaultlint::SourcePos{2, 1}));
}

TEST(LineTable, NoTrailingNewline) {
  const std::string_view content = "ab\ncd";
  const LineTable lines(content);
  ASSERT_EQ(lines.line_count(), 2);
  EXPECT_EQ(lines.text_of(2), "cd");
  EXPECT_EQ(lines.end_of(2), 5u);
  EXPECT_EQ(lines.pos_of(5), (SourcePos{2, 3}));  // just past the end
}

TEST(LineTable, EmptyContentHasOneEmptyLine) {
  const LineTable lines("");
  ASSERT_EQ(lines.line_count(), 1);
  EXPECT_EQ(lines.text_of(1), "");
  EXPECT_EQ(lines.pos_of(0), (SourcePos{1, 1}));
}

TEST(LineTable, BlankLinesCount) {
  const LineTable lines("\n\nx");
  ASSERT_EQ(lines.line_count(), 3);
  EXPECT_EQ(lines.text_of(1), "");
  EXPECT_EQ(lines.text_of(2), "");
  EXPECT_EQ(lines.text_of(3), "x");
}

TEST(LineTable, PosOfAtLineStartsAndEnds) {
  const std::string_view content = "ab\ncd\r\nef";
  const LineTable lines(content);
  EXPECT_EQ(lines.pos_of(0), (SourcePos{1, 1}));
  EXPECT_EQ(lines.pos_of(1), (SourcePos{1, 2}));
  EXPECT_EQ(lines.pos_of(2), (SourcePos{1, 3}));  // the '\n'
  EXPECT_EQ(lines.pos_of(3), (SourcePos{2, 1}));
  EXPECT_EQ(lines.pos_of(5), (SourcePos{2, 3}));  // the '\r'
  EXPECT_EQ(lines.pos_of(6), (SourcePos{2, 4}));  // the '\n'
  EXPECT_EQ(lines.pos_of(7), (SourcePos{3, 1}));
  EXPECT_EQ(lines.pos_of(8), (SourcePos{3, 2}));
}

TEST(LineTable, ColumnsAreBytes) {
  const std::string_view content = "\xC3\xA9\xE7\x9F\xA5x";  // é知x
  const LineTable lines(content);
  EXPECT_EQ(lines.pos_of(5), (SourcePos{1, 6}));
}

}  // namespace
}  // namespace vaultlint
