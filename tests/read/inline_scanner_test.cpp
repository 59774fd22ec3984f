#include "read/inline_scanner.hpp"

#include <gmock/gmock.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "read/markdown_body.hpp"

namespace vaultlint {
namespace {

using ::testing::ElementsAre;

class InlineScanner : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { register_markdown_extensions(); }
};

/// The real pipeline: text blocks from cmark-gfm, then the byte scanner.
InlineScan scan(std::string_view content) {
  const LineTable lines(content);
  const BodyStructure body = parse_markdown_body(content, lines, 0);
  return scan_text_blocks(content, lines, body.text_blocks);
}

/// "kind written -> target#fragment @line:col" for each wikilink or embed.
std::vector<std::string> described(const InlineScan& scan) {
  std::vector<std::string> out;
  for (const auto& l : scan.wikilinks) {
    std::string s = l.syntax == LinkSyntax::embed ? "embed " : "wiki ";
    s += fmt::format("{} -> {}", l.written(), l.target());
    if (!l.fragment().empty() || l.fragment_is_block) {
      s += fmt::format("{}{}", l.fragment_is_block ? "#^" : "#", l.fragment());
    }
    s += " @" + std::to_string(l.pos.line) + ":" + std::to_string(l.pos.column);
    out.push_back(s);
  }
  return out;
}

std::vector<std::string> links_in(std::string_view content) { return described(scan(content)); }

// --- wikilink forms ---------------------------------------------------------------

TEST_F(InlineScanner, PlainWikilink) {
  EXPECT_THAT(links_in("See [[a]].\n"), ElementsAre("wiki a -> a @1:5"));
}

TEST_F(InlineScanner, AliasIsNotPartOfTheTarget) {
  EXPECT_THAT(links_in("[[a|alias]]\n"), ElementsAre("wiki a -> a @1:1"));
}

TEST_F(InlineScanner, HeadingFragment) {
  EXPECT_THAT(links_in("[[a#Heading]]\n"), ElementsAre("wiki a#Heading -> a#Heading @1:1"));
}

TEST_F(InlineScanner, BlockFragment) {
  const InlineScan s = scan("[[a#^blk]]\n");
  ASSERT_EQ(s.wikilinks.size(), 1u);
  EXPECT_EQ(s.wikilinks[0].target(), "a");
  EXPECT_EQ(s.wikilinks[0].fragment(), "blk");
  EXPECT_TRUE(s.wikilinks[0].fragment_is_block);
  EXPECT_EQ(s.wikilinks[0].written(), "a#^blk");
}

TEST_F(InlineScanner, EmbedPositionIsTheBang) {
  EXPECT_THAT(links_in("x ![[embed]] and ![[img.png|100]]\n"),
              ElementsAre("embed embed -> embed @1:3", "embed img.png -> img.png @1:18"));
}

TEST_F(InlineScanner, SameNoteHeadingHasEmptyTarget) {
  const InlineScan s = scan("[[#Heading]]\n");
  ASSERT_EQ(s.wikilinks.size(), 1u);
  EXPECT_EQ(s.wikilinks[0].target(), "");
  EXPECT_EQ(s.wikilinks[0].fragment(), "Heading");
  EXPECT_EQ(s.wikilinks[0].written(), "#Heading");
}

TEST_F(InlineScanner, FolderPathAndMdExtensionAreKeptInTheTarget) {
  EXPECT_THAT(links_in("[[folder/n]] [[n.md]]\n"),
              ElementsAre("wiki folder/n -> folder/n @1:1", "wiki n.md -> n.md @1:14"));
}

TEST_F(InlineScanner, EscapedPipeInTableRowSeparatesAlias) {
  EXPECT_THAT(links_in("| h | i |\n|---|---|\n| [[a\\|Alias]] | [[b]] |\n"),
              ElementsAre("wiki a -> a @3:3", "wiki b -> b @3:18"));
}

TEST_F(InlineScanner, ByteColumnsAfterMultibyteText) {
  // "Café " is 6 bytes, "知識 " 7, "🚀 " 5: the first '[' is byte 19 (1-based).
  EXPECT_THAT(links_in("Caf\xC3\xA9 \xE7\x9F\xA5\xE8\xAD\x98 \xF0\x9F\x9A\x80 [[x]]\n"),
              ElementsAre("wiki x -> x @1:19"));
}

TEST_F(InlineScanner, LinksOnLaterLinesOfAParagraphAndInLists) {
  EXPECT_THAT(links_in("1. one\n2. two [[a]]\n   cont [[b]]\n"),
              ElementsAre("wiki a -> a @2:8", "wiki b -> b @3:9"));
}

TEST_F(InlineScanner, LinkInHeading) {
  EXPECT_THAT(links_in("## About [[x]]\n"), ElementsAre("wiki x -> x @1:10"));
}

TEST_F(InlineScanner, BlankInsideIsNotALink) {
  EXPECT_THAT(links_in("[[ ]] [[]] [[x]]\n"), ElementsAre("wiki x -> x @1:12"));
}

TEST_F(InlineScanner, InnerOpeningRestartsTheLink) {
  EXPECT_THAT(links_in("[[a [[b]] c]]\n"), ElementsAre("wiki b -> b @1:5"));
}

// --- where links are not -------------------------------------------------------------

TEST_F(InlineScanner, LinkInsideCodeSpanIsNotALink) {
  EXPECT_THAT(links_in("Text `[[a]]` then [[c]]\n"), ElementsAre("wiki c -> c @1:19"));
}

TEST_F(InlineScanner, LinkInsideDoubleBacktickCodeSpanIsNotALink) {
  EXPECT_THAT(links_in("x ``[[b]] ` y`` then [[c]]\n"), ElementsAre("wiki c -> c @1:22"));
}

TEST_F(InlineScanner, CodeSpanAcrossTwoLinesHidesTheLink) {
  EXPECT_THAT(links_in("x `code\n[[a]]` [[b]]\n"), ElementsAre("wiki b -> b @2:8"));
}

TEST_F(InlineScanner, CodeSpanInBlockquoteHidesTheLink) {
  EXPECT_THAT(links_in("> `[[a]]` [[b]]\n"), ElementsAre("wiki b -> b @1:11"));
  EXPECT_THAT(links_in("> a\n> `code\n> [[a]]` [[b]]\n"), ElementsAre("wiki b -> b @3:10"));
}

TEST_F(InlineScanner, CodeSpanInTableCellHidesTheLinkAndEndsAtThePipe) {
  // The second cell's lone backtick cannot close over the cell's '|'.
  EXPECT_THAT(links_in("| h | i |\n|---|---|\n| `[[a]]` | [[b]] ` x |\n"),
              ElementsAre("wiki b -> b @3:13"));
}

TEST_F(InlineScanner, UnclosedBacktickDoesNotHideLaterLinks) {
  EXPECT_THAT(links_in("`unclosed [[a]]\n"), ElementsAre("wiki a -> a @1:11"));
  EXPECT_THAT(links_in("``x` [[a]]\n"), ElementsAre("wiki a -> a @1:6"));
}

TEST_F(InlineScanner, LinksInFencedAndIndentedCodeAreNotLinks) {
  EXPECT_THAT(links_in("    [[indented]]\n\n```\n[[fenced]]\n```\n\n~~~md\n[[tilde]]\n~~~\n"),
              ElementsAre());
}

TEST_F(InlineScanner, LinkInInlineHtmlCommentIsNotALink) {
  EXPECT_THAT(links_in("text <!-- [[a]] --> [[b]]\n"), ElementsAre("wiki b -> b @1:21"));
}

TEST_F(InlineScanner, LinkInCommentSpanningLinesIsNotALink) {
  EXPECT_THAT(links_in("text <!-- [[a]]\nmore --> [[b]]\n"), ElementsAre("wiki b -> b @2:10"));
}

TEST_F(InlineScanner, LinkInHtmlBlockCommentIsNotALink) {
  EXPECT_THAT(links_in("<!-- [[a]] -->\n[[b]]\n"), ElementsAre("wiki b -> b @2:1"));
  EXPECT_THAT(links_in("<div>\n[[a]]\n</div>\n"), ElementsAre());
}

TEST_F(InlineScanner, EscapedBracketIsNotALink) {
  EXPECT_THAT(links_in("\\[[x]] and [[z]]\n"), ElementsAre("wiki z -> z @1:12"));
}

TEST_F(InlineScanner, EscapedBangMakesAPlainWikilinkNotAnEmbed) {
  EXPECT_THAT(links_in("\\![[y]]\n"), ElementsAre("wiki y -> y @1:3"));
}

TEST_F(InlineScanner, UnclosedOnTheSameLineIsNotALink) {
  EXPECT_THAT(links_in("[[a\nb]] [[c]]\n"), ElementsAre("wiki c -> c @2:5"));
  EXPECT_THAT(links_in("[[never closed\n"), ElementsAre());
}

// --- block ids -----------------------------------------------------------------------

TEST_F(InlineScanner, BlockIdAtEndOfParagraphLine) {
  EXPECT_THAT(scan("Some text ^abc-1\nother\n").block_ids, ElementsAre("abc-1"));
  EXPECT_THAT(scan("Some text ^abc-1  \n").block_ids, ElementsAre("abc-1"));
}

TEST_F(InlineScanner, BlockIdAloneOnLineAfterTable) {
  EXPECT_THAT(scan("| h | i |\n|---|---|\n| a | b |\n^tbl\n").block_ids, ElementsAre("tbl"));
}

TEST_F(InlineScanner, BlockIdAloneOnParagraphLine) {
  EXPECT_THAT(scan("para ^a\n^b\n").block_ids, ElementsAre("a", "b"));
}

TEST_F(InlineScanner, CaretGluedToAWordIsNotABlockId) {
  EXPECT_THAT(scan("x^notid\n").block_ids, ElementsAre());
  EXPECT_THAT(scan("text ^bad_id\n").block_ids, ElementsAre());
}

TEST_F(InlineScanner, BlockIdInsideCodeSpanIsNotOne) {
  EXPECT_THAT(scan("text `code ^abc\nmore` end\n").block_ids, ElementsAre());
  EXPECT_THAT(scan("text `x\n^abc`\n").block_ids, ElementsAre());
}

TEST_F(InlineScanner, BlockIdInCodeBlockIsNotOne) {
  EXPECT_THAT(scan("```\ncode ^abc\n```\n").block_ids, ElementsAre());
}

// --- parse_wikilink_inner -----------------------------------------------------------

Link inner(std::string_view text) {
  Link link;
  parse_wikilink_inner(text, &link);
  return link;
}

TEST(ParseWikilinkInner, TargetOnly) {
  const Link l = inner("note");
  EXPECT_EQ(l.written(), "note");
  EXPECT_EQ(l.target(), "note");
  EXPECT_EQ(l.fragment(), "");
  EXPECT_FALSE(l.fragment_is_block);
}

TEST(ParseWikilinkInner, AliasCutAtFirstBar) {
  const Link l = inner("note#Part|Shown | more");
  EXPECT_EQ(l.written(), "note#Part");
  EXPECT_EQ(l.target(), "note");
  EXPECT_EQ(l.fragment(), "Part");
}

TEST(ParseWikilinkInner, EscapedBarIsAnAliasBar) {
  const Link l = inner("a\\|Alias");
  EXPECT_EQ(l.written(), "a");
  EXPECT_EQ(l.target(), "a");
}

TEST(ParseWikilinkInner, FragmentCutAtFirstHash) {
  const Link l = inner("a#b#c");
  EXPECT_EQ(l.target(), "a");
  EXPECT_EQ(l.fragment(), "b#c");
}

TEST(ParseWikilinkInner, BlanksAroundTargetAndFragmentAreTrimmedButWrittenIsKept) {
  const Link l = inner(" a # Heading |alias");
  EXPECT_EQ(l.written(), " a # Heading ");
  EXPECT_EQ(l.target(), "a");
  EXPECT_EQ(l.fragment(), "Heading");
}

TEST(ParseWikilinkInner, BlockFragmentLosesItsCaret) {
  const Link l = inner("a#^blk-1");
  EXPECT_EQ(l.fragment(), "blk-1");
  EXPECT_TRUE(l.fragment_is_block);
}

TEST(ParseWikilinkInner, EmptyTargetWithFragment) {
  const Link l = inner("#^id");
  EXPECT_EQ(l.target(), "");
  EXPECT_EQ(l.fragment(), "id");
  EXPECT_TRUE(l.fragment_is_block);
}

TEST(ParseWikilinkInner, BareCaretIsABlockFragmentWithEmptyId) {
  // Observed: "a#^" is a block link with an empty id.
  const Link l = inner("a#^");
  EXPECT_TRUE(l.fragment_is_block);
  EXPECT_EQ(l.fragment(), "");
}

}  // namespace
}  // namespace vaultlint
