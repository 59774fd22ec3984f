// Suppression directives as the reader records them: kind, positions of the
// comment and of each rule name, the line a line directive covers.
#include "read/suppression_comments.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "read/markdown_body.hpp"
#include "read/note_reader.hpp"

namespace vaultlint {
namespace {

class SuppressionComments : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { register_markdown_extensions(); }
};

Note read(std::string_view bytes) {
  Note note;
  note.path = "n.md";
  note.stem = "n";
  read_note_content(bytes, ReaderOptions{}, &note);
  return note;
}

const char* kind_name(SuppressionKind kind) {
  switch (kind) {
    case SuppressionKind::disable_line:
      return "disable-line";
    case SuppressionKind::disable_next_line:
      return "disable-next-line";
    case SuppressionKind::disable:
      return "disable";
    case SuppressionKind::enable:
      return "enable";
    case SuppressionKind::whole_note:
      return "note";
  }
  return "?";
}

/// "kind@line:col>covered [rule@line:col ...]" per suppression.
std::vector<std::string> brief(const Note& note) {
  std::vector<std::string> out;
  for (const auto& s : note.extras().suppressions) {
    std::string text = std::string(kind_name(s.kind)) + "@" + std::to_string(s.pos.line) + ":" +
                       std::to_string(s.pos.column);
    if (s.line != 0) text += ">" + std::to_string(s.line);
    for (const auto& rule : s.rules) {
      text += " " + rule.name + "@" + std::to_string(rule.pos.line) + ":" +
              std::to_string(rule.pos.column);
    }
    out.push_back(text);
  }
  return out;
}

std::vector<std::string> problems(const Note& note) {
  std::vector<std::string> out;
  for (const auto& p : note.extras().suppression_problems) {
    out.push_back(std::to_string(p.pos.line) + ":" + std::to_string(p.pos.column) + " " +
                  p.message);
  }
  return out;
}

TEST_F(SuppressionComments, EachDirectiveWithItsPositions) {
  const Note note = read(
      "# T\n"
      "<!-- vaultlint-disable-next-line broken-link -->\n"
      "[[a]]\n"
      "\n"
      "text [[b]] <!-- vaultlint-disable-line broken-link,orphan -->\n"
      "\n"
      "<!--vaultlint-disable-->\n"
      "<!-- vaultlint-enable   broken-embed\tbroken-link -->\n");
  EXPECT_EQ(brief(note), (std::vector<std::string>{
                             "disable-next-line@2:1>3 broken-link@2:34",
                             "disable-line@5:12>5 broken-link@5:40 orphan@5:52",
                             "disable@7:1",
                             "enable@8:1 broken-embed@8:25 broken-link@8:38",
                         }));
  EXPECT_TRUE(note.extras().suppression_problems.empty());
}

TEST_F(SuppressionComments, NextLineOfACommentOverSeveralLinesIsAfterItsEnd) {
  const Note note = read("<!--\n  vaultlint-disable-next-line\n  broken-link\n-->\n[[a]]\n");
  EXPECT_EQ(brief(note), (std::vector<std::string>{"disable-next-line@1:1>5 broken-link@3:3"}));
}

TEST_F(SuppressionComments, CrlfAndBomKeepLinesAndByteColumns) {
  const Note note = read(
      "\xEF\xBB\xBF---\r\nid: n\r\n---\r\n"
      "Caf\xC3\xA9 [[x]] <!-- vaultlint-disable-line broken-link -->\r\n"
      "\r\n"
      "<!-- vaultlint-disable-next-line orphan -->\r\n"
      "[[y]]\r\n");
  EXPECT_EQ(brief(note), (std::vector<std::string>{
                             "disable-line@4:13>4 broken-link@4:41",
                             "disable-next-line@6:1>7 orphan@6:34",
                         }));
}

TEST_F(SuppressionComments, CommentsInCodeAreNotDirectives) {
  const Note note = read(
      "`<!-- vaultlint-disable -->` and ``x <!-- vaultlint-disable -->``\n"
      "\n"
      "```\n<!-- vaultlint-disable -->\n```\n"
      "\n"
      "    <!-- vaultlint-disable -->\n"
      "\n"
      "~~~markdown\n<!-- vaultlint-disable-next-line -->\n~~~\n");
  EXPECT_TRUE(note.extras().suppressions.empty());
}

TEST_F(SuppressionComments, DirectivesInQuotesListsTablesAndHtml) {
  const Note note = read(
      "> <!-- vaultlint-disable-next-line broken-link -->\n"
      "> [[a]]\n"
      "\n"
      "- item <!-- vaultlint-disable-line -->\n"
      "\n"
      "| a | b |\n|---|---|\n| [[x]] <!-- vaultlint-disable-line broken-link --> | c |\n"
      "\n"
      "<div>\n<!-- vaultlint-enable -->\n</div>\n");
  EXPECT_EQ(brief(note), (std::vector<std::string>{
                             "disable-next-line@1:3>2 broken-link@1:36",
                             "disable-line@4:8>4",
                             "disable-line@8:9>8 broken-link@8:37",
                             "enable@11:1",
                         }));
}

TEST_F(SuppressionComments, OtherCommentsAndUnknownDirectives) {
  const Note note = read(
      "<!-- a plain comment -->\n"
      "<!-- vaultlint is great -->\n"
      "<!-- vaultlint-disabel broken-link -->\n"
      "<!-- vaultlint-disable: broken-link -->\n");
  EXPECT_TRUE(note.extras().suppressions.empty());
  EXPECT_EQ(problems(note),
            (std::vector<std::string>{
                "3:6 unknown suppression directive 'vaultlint-disabel'; known: vaultlint-disable, "
                "vaultlint-disable-line, vaultlint-disable-next-line, vaultlint-enable",
                "4:6 unknown suppression directive 'vaultlint-disable:'; known: vaultlint-disable, "
                "vaultlint-disable-line, vaultlint-disable-next-line, vaultlint-enable",
            }));
}

TEST_F(SuppressionComments, AnUnclosedCommentIsNoDirective) {
  const Note note = read("<!-- vaultlint-disable\n\ntext [[a]]\n");
  EXPECT_TRUE(note.extras().suppressions.empty());
}

TEST_F(SuppressionComments, FrontMatterDisablesForTheWholeNote) {
  const Note note = read(
      "---\n"
      "id: n\n"
      "vaultlint:\n"
      "  disable: [orphan, \"broken-link\"]\n"
      "---\n"
      "<!-- vaultlint-disable -->\n");
  EXPECT_EQ(brief(note), (std::vector<std::string>{"note@4:3 orphan@4:13 broken-link@4:21",
                                                   "disable@6:1"}));
}

TEST_F(SuppressionComments, FrontMatterSingleNameBlockListAndEmptyList) {
  EXPECT_EQ(brief(read("---\nvaultlint: {disable: orphan}\n---\n")),
            (std::vector<std::string>{"note@2:13 orphan@2:22"}));
  EXPECT_EQ(brief(read("---\nvaultlint:\n  disable:\n    - orphan\n    - duplicate-id\n---\n")),
            (std::vector<std::string>{"note@3:3 orphan@4:7 duplicate-id@5:7"}));
  EXPECT_TRUE(read("---\nvaultlint: {disable: []}\n---\n").extras().suppressions.empty());
}

TEST_F(SuppressionComments, FrontMatterOfTheWrongShapeIsAProblem) {
  EXPECT_EQ(problems(read("---\nvaultlint: orphan\n---\n")),
            (std::vector<std::string>{
                "2:12 'vaultlint' must be a mapping such as { disable: [RULE, ...] }"}));
  EXPECT_EQ(problems(read("---\nvaultlint:\n  enable: [orphan]\n  disable: {a: b}\n---\n")),
            (std::vector<std::string>{
                "3:3 unknown key under 'vaultlint'; only 'disable' is read",
                "4:12 'vaultlint.disable' must be a rule name or a list of rule names"}));
  EXPECT_EQ(problems(read("---\nvaultlint: {disable: [orphan, [x]]}\n---\n")),
            (std::vector<std::string>{
                "2:31 'vaultlint.disable' must be a rule name or a list of rule names"}));
}

TEST_F(SuppressionComments, InvalidFrontMatterKeepsNoSuppression) {
  const Note note = read("---\nvaultlint: {disable: [orphan]}\nbad: [\n---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_TRUE(note.extras().suppressions.empty());
}

}  // namespace
}  // namespace vaultlint
