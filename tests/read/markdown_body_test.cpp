#include "read/markdown_body.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <pthread.h>

#include <atomic>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace vaultlint {
namespace {

using ::testing::ElementsAre;

class MarkdownBody : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { register_markdown_extensions(); }
};

BodyStructure parse(std::string_view content, int skip_lines = 0) {
  const LineTable lines(content);
  return parse_markdown_body(content, lines, skip_lines);
}

struct Block {
  int start_line;
  int start_column;
  int end_line;
  bool is_table;
  friend bool operator==(const Block&, const Block&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Block& b) {
    return os << b.start_line << ":" << b.start_column << "-" << b.end_line
              << (b.is_table ? " table" : "");
  }
};

std::vector<Block> blocks(const BodyStructure& body) {
  std::vector<Block> out;
  for (const auto& b : body.text_blocks) {
    out.push_back(Block{b.start_line, b.start_column, b.end_line, b.is_table});
  }
  return out;
}

/// "url@line:col" for each link.
std::vector<std::string> links(const BodyStructure& body) {
  std::vector<std::string> out;
  for (const auto& l : body.links) {
    out.push_back(l.url + "@" + std::to_string(l.pos.line) + ":" + std::to_string(l.pos.column));
  }
  return out;
}

/// "level line text" for each heading.
std::vector<std::string> headings(const BodyStructure& body) {
  std::vector<std::string> out;
  for (const auto& h : body.headings) {
    out.push_back(std::to_string(h.level) + " " + std::to_string(h.line) + " " + h.text);
  }
  return out;
}

TEST_F(MarkdownBody, TextBlocksAreParagraphsHeadingsAndTablesOnly) {
  const BodyStructure body = parse(
      "Para [a](a.md)\n"          // 1
      "\n"                        // 2
      "# Head\n"                  // 3
      "\n"                        // 4
      "| h | i |\n"               // 5
      "|---|---|\n"               // 6
      "| [b](b.md) | c |\n"       // 7
      "\n"                        // 8
      "```\n"                     // 9
      "[c](c.md)\n"               // 10
      "```\n"                     // 11
      "\n"                        // 12
      "<div>\n"                   // 13
      "[d](d.md)\n"               // 14
      "</div>\n"                  // 15
      "\n"                        // 16
      "    [e](e.md)\n");         // 17 indented code
  EXPECT_THAT(blocks(body), ElementsAre(Block{1, 1, 1, false}, Block{3, 1, 3, false},
                                        Block{5, 1, 7, true}));
  EXPECT_THAT(links(body), ElementsAre("a.md@1:6", "b.md@7:3"));
}

TEST_F(MarkdownBody, AtxHeadingTextFlattensEmphasisAndCode) {
  const BodyStructure body = parse("# Head *em* **strong** `code`\n\n### Third _level_ ###\n");
  EXPECT_THAT(headings(body), ElementsAre("1 1 Head em strong code", "3 3 Third level"));
}

TEST_F(MarkdownBody, DeeplyNestedEmphasisInAHeadingNeedsLittleStack) {
  // 60,000 levels overflowed an 8 MiB stack when heading text was gathered
  // recursively; 20,000 levels on a 512 KiB thread would have too.
  std::string line = "# ";
  for (int i = 0; i < 10000; ++i) line += "*a **a ";
  line += "b";
  for (int i = 0; i < 10000; ++i) line += " a** a*";
  struct Job {
    std::string content;
    std::size_t heading_size = 0;
  } job{line + "\n", 0};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 512 * 1024);
  pthread_t thread;
  ASSERT_EQ(pthread_create(&thread, &attr,
                           [](void* arg) -> void* {
                             auto* j = static_cast<Job*>(arg);
                             const BodyStructure body = parse(j->content);
                             j->heading_size = body.headings.empty() ? 0 : body.headings[0].text.size();
                             return nullptr;
                           },
                           &job),
            0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  EXPECT_EQ(job.heading_size, line.size() - 2 - 2 * 3 * 10000);  // the '*' are gone
}

TEST_F(MarkdownBody, SetextHeadings) {
  const BodyStructure body = parse("Title\n=====\n\nSub *x*\n---\n");
  EXPECT_THAT(headings(body), ElementsAre("1 1 Title", "2 4 Sub x"));
  ASSERT_EQ(body.text_blocks.size(), 2u);
  EXPECT_EQ(body.text_blocks[0].start_line, 1);
  EXPECT_EQ(body.text_blocks[1].start_line, 4);
}

TEST_F(MarkdownBody, HeadingTextKeepsLinkTextAndInlineHtml) {
  const BodyStructure body = parse("## See [the note](n.md) <b>now</b>\n");
  EXPECT_THAT(headings(body), ElementsAre("2 1 See the note <b>now</b>"));
  EXPECT_THAT(links(body), ElementsAre("n.md@1:8"));
}

TEST_F(MarkdownBody, HeadingInsideCodeBlockIsNotAHeading) {
  const BodyStructure body = parse("```\n# not a heading\n```\n");
  EXPECT_THAT(body.headings, ElementsAre());
  EXPECT_THAT(body.text_blocks, ElementsAre());
}

TEST_F(MarkdownBody, LinkColumnIsInBytesAfterMultibyteText) {
  // "Café" is 5 bytes and "知" 3: the '[' is at byte column 11.
  const BodyStructure body = parse("Caf\xC3\xA9 \xE7\x9F\xA5 [x](x.md)\n");
  EXPECT_THAT(links(body), ElementsAre("x.md@1:11"));
}

TEST_F(MarkdownBody, ImagePositionIsTheBang) {
  const BodyStructure body = parse("see ![pic](img.png)\n");
  EXPECT_THAT(links(body), ElementsAre("img.png@1:5"));
}

TEST_F(MarkdownBody, LinksInsideBlockquote) {
  const BodyStructure body = parse("> quote [q](q.md)\n> second [r](r.md)\n");
  EXPECT_THAT(blocks(body), ElementsAre(Block{1, 3, 2, false}));
  EXPECT_THAT(links(body), ElementsAre("q.md@1:9", "r.md@2:10"));
}

TEST_F(MarkdownBody, LinksInsideNestedLists) {
  const BodyStructure body = parse("- item\n  - nested [n](n.md)\n    more [m](m.md)\n");
  EXPECT_THAT(blocks(body), ElementsAre(Block{1, 3, 1, false}, Block{2, 5, 3, false}));
  EXPECT_THAT(links(body), ElementsAre("n.md@2:12", "m.md@3:10"));
}

TEST_F(MarkdownBody, LinksInsideListInsideBlockquote) {
  const BodyStructure body = parse("> - q list [x](x.md)\n>   cont [y](y.md)\n");
  EXPECT_THAT(links(body), ElementsAre("x.md@1:12", "y.md@2:10"));
}

TEST_F(MarkdownBody, LinksOnTheSecondLineOfAParagraph) {
  const BodyStructure body = parse("first line\nsecond [s](s.md) and [t](t.md)\n");
  EXPECT_THAT(blocks(body), ElementsAre(Block{1, 1, 2, false}));
  EXPECT_THAT(links(body), ElementsAre("s.md@2:8", "t.md@2:22"));
}

TEST_F(MarkdownBody, LinkOnIndentedContinuationLineHasItsRawColumn) {
  EXPECT_THAT(links(parse("a\n   [x](x.md)\n")), ElementsAre("x.md@2:4"));
  EXPECT_THAT(links(parse("a\n\t[x](x.md)\n")), ElementsAre("x.md@2:2"));
}

TEST_F(MarkdownBody, LinkOnLazyOrDifferentlyIndentedContainerLineHasItsRawColumn) {
  EXPECT_THAT(links(parse("> a\n[y](y.md)\n")), ElementsAre("y.md@2:1"));
  EXPECT_THAT(links(parse("> a\n>[y](y.md)\n")), ElementsAre("y.md@2:2"));
  EXPECT_THAT(links(parse("- a\n[y](y.md)\n")), ElementsAre("y.md@2:1"));
  EXPECT_THAT(links(parse("- a\n      [y](y.md)\n")), ElementsAre("y.md@2:7"));
}

TEST_F(MarkdownBody, TableCellLinkAfterEscapedPipeHasItsRawColumn) {
  const BodyStructure body = parse(
      "| h | i |\n"
      "|---|---|\n"
      "| a \\| b [x](y.md) | c |\n"
      "| a \\| b \\| c [z](z.md) | [w](w.md) |\n");
  EXPECT_THAT(blocks(body), ElementsAre(Block{1, 1, 4, true}));
  EXPECT_THAT(links(body), ElementsAre("y.md@3:10", "z.md@4:15", "w.md@4:27"));
}

TEST_F(MarkdownBody, TableCellLinkAfterEscapeInAnEarlierCell) {
  const BodyStructure body = parse("| h | i |\n|---|---|\n| a \\| b | [x](x.md) |\n");
  EXPECT_THAT(links(body), ElementsAre("x.md@3:12"));
}

TEST_F(MarkdownBody, TableCellLinkAfterEscapeInsideCodeSpanAndMultibyte) {
  const BodyStructure body = parse(
      "| h | i |\n"
      "|---|---|\n"
      "| `a \\| b` [x](x.md) | c |\n"
      "|  \xC3\xA9 \\| [v](v.md) | c |\n");
  EXPECT_THAT(links(body), ElementsAre("x.md@3:12", "v.md@4:10"));
}

TEST_F(MarkdownBody, TableWithoutOuterPipes) {
  const BodyStructure body = parse("h | i\n---|---\na \\| b | [x](x.md)\n");
  EXPECT_THAT(links(body), ElementsAre("x.md@3:10"));
}

TEST_F(MarkdownBody, SkipLinesBlanksFrontMatterAndKeepsLineNumbers) {
  const std::string_view content = "---\ntitle: [x](x.md)\n# not heading\n---\n# Real\nbody [b](b.md)\n";
  const BodyStructure body = parse(content, 4);
  EXPECT_THAT(headings(body), ElementsAre("1 5 Real"));
  EXPECT_THAT(links(body), ElementsAre("b.md@6:6"));
  EXPECT_THAT(blocks(body), ElementsAre(Block{5, 1, 5, false}, Block{6, 1, 6, false}));
}

TEST_F(MarkdownBody, SkipLinesCoveringTheWholeContent) {
  const BodyStructure body = parse("---\nid: a\n---", 3);
  EXPECT_THAT(body.text_blocks, ElementsAre());
  EXPECT_THAT(body.links, ElementsAre());
}

TEST_F(MarkdownBody, CrlfLinePositions) {
  const BodyStructure body = parse("# T\r\n\r\nline\r\nsee [a](a.md)\r\n");
  EXPECT_THAT(headings(body), ElementsAre("1 1 T"));
  EXPECT_THAT(links(body), ElementsAre("a.md@4:5"));
}

std::string describe(const BodyStructure& body) {
  std::ostringstream out;
  for (const auto& b : blocks(body)) out << "B" << b << ";";
  for (const auto& h : headings(body)) out << "H" << h << ";";
  for (const auto& l : links(body)) out << "L" << l << ";";
  return out.str();
}

TEST_F(MarkdownBody, ConcurrentParsesMatchSerialParse) {
  const std::vector<std::string> documents = {
      "---\nid: a\n---\n# Title *x*\n\nSee [a](a.md) and [[b]] ~~strike~~ www.example.com\n",
      "| h | i |\n|---|---|\n| a \\| b [x](y.md) | c |\n\n- [ ] task [t](t.md)\n- [x] done\n",
      "> quote [q](q.md)\n> second [r](r.md)\n\n```\n[c](c.md)\n```\n\nSub\n---\n",
      "Caf\xC3\xA9 \xE7\x9F\xA5 [x](x.md) <https://example.org> `[code](c.md)`\n",
  };
  const std::vector<int> skips = {3, 0, 0, 0};
  std::vector<std::string> expected;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    expected.push_back(describe(parse(documents[i], skips[i])));
  }
  ASSERT_EQ(expected[0], "B4:1-4;B6:1-6;H1 4 Title x;La.md@6:5;");

  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int round = 0; round < 200; ++round) {
        for (std::size_t i = 0; i < documents.size(); ++i) {
          if (describe(parse(documents[i], skips[i])) != expected[i]) ++mismatches;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace vaultlint

namespace vaultlint {
namespace {

// cmark-gfm 0.29 reports an HTML block closed by "-->" as ending on the line
// before its last (or at the previous block's end); the spans here are
// counted from the block's text.
TEST_F(MarkdownBody, HtmlBlocksSpanTheirRealLines) {
  const auto body = parse("# T\n<!-- a -->\n[[a]]\n\n<!--x\ny\n-->\n\n> <!-- q -->\n> b\n\n<div>\nz\n</div>\n");
  std::vector<std::string> spans;
  for (const auto& block : body.html_blocks) {
    spans.push_back(std::to_string(block.start_line) + ":" + std::to_string(block.start_column) +
                    "-" + std::to_string(block.end_line));
  }
  EXPECT_EQ(spans, (std::vector<std::string>{"2:1-2", "5:1-7", "9:3-9", "12:1-14"}));
}

}  // namespace
}  // namespace vaultlint
