#include "read/note_reader.hpp"

#include <gmock/gmock.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "read/markdown_body.hpp"
#include "support/temp_vault.hpp"

namespace vaultlint {
namespace {

using ::testing::ElementsAre;

class NoteReader : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { register_markdown_extensions(); }
};

Note read(std::string_view bytes) {
  ReaderOptions options;
  options.edge_fields = {"related", "challenges"};
  Note note;
  note.path = "n.md";
  note.stem = "n";
  read_note_content(bytes, options, &note);
  return note;
}

const char* syntax_name(LinkSyntax syntax) {
  switch (syntax) {
    case LinkSyntax::wikilink:
      return "wiki";
    case LinkSyntax::embed:
      return "embed";
    case LinkSyntax::markdown:
      return "md";
  }
  return "?";
}

/// "kind target[#fragment | #^block] @line:col" for each link, in order.
std::vector<std::string> links(const Note& note) {
  std::vector<std::string> out;
  for (const auto& l : note.links) {
    std::string s = fmt::format("{} {}", syntax_name(l.syntax), l.target());
    if (!l.fragment().empty() || l.fragment_is_block) {
      s += fmt::format("{}{}", l.fragment_is_block ? "#^" : "#", l.fragment());
    }
    s += " @" + std::to_string(l.pos.line) + ":" + std::to_string(l.pos.column);
    out.push_back(s);
  }
  return out;
}

TEST_F(NoteReader, BomIsSkippedAndColumnsDoNotCountIt) {
  const Note note = read("\xEF\xBB\xBF---\nid: a\nrelated: [b]\n---\n[[x]] [y](y.md)\n");
  EXPECT_EQ(note.problem, ContentProblem::none);
  EXPECT_EQ(note.front_matter, FrontMatterState::valid);
  ASSERT_TRUE(note.id.has_value());
  EXPECT_EQ(*note.id, "a");
  EXPECT_EQ(note.id_pos, (SourcePos{2, 1}));
  ASSERT_EQ(note.field_refs.size(), 1u);
  EXPECT_EQ(note.field_refs[0].pos, (SourcePos{3, 11}));
  EXPECT_THAT(links(note), ElementsAre("wiki x @5:1", "md y.md @5:7"));
}

TEST_F(NoteReader, BomOnFirstLineLinkColumnIsOne) {
  const Note note = read("\xEF\xBB\xBF[[x]]\n");
  EXPECT_THAT(links(note), ElementsAre("wiki x @1:1"));
}

TEST_F(NoteReader, CrlfFileLinkPositions) {
  const Note note = read("---\r\nid: a\r\n---\r\n# T\r\n\r\nSee [[b]] and [c](c.md)\r\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::valid);
  EXPECT_EQ(note.title, "T");
  EXPECT_THAT(links(note), ElementsAre("wiki b @6:5", "md c.md @6:15"));
}

TEST_F(NoteReader, CarriageReturnOnlyLineEndingsKeepLinks) {
  const Note note = read("```\r[[a]]\r```\n[[b]]\n");
  ASSERT_EQ(note.links.size(), 1u);
  EXPECT_EQ(note.links[0].target(), "b");
}

TEST_F(NoteReader, NulByteIsAProblemAtItsPosition) {
  const Note note = read(std::string_view("abc\ndef\0x\n", 10));
  EXPECT_EQ(note.problem, ContentProblem::nul_byte);
  EXPECT_EQ(note.extras().problem_pos, (SourcePos{2, 4}));
  EXPECT_THAT(note.links, ElementsAre());
}

TEST_F(NoteReader, NulByteColumnAfterBomDoesNotCountTheBom) {
  const Note note = read(std::string_view("\xEF\xBB\xBF" "ab\0", 6));
  EXPECT_EQ(note.problem, ContentProblem::nul_byte);
  EXPECT_EQ(note.extras().problem_pos, (SourcePos{1, 3}));
}

TEST_F(NoteReader, InvalidUtf8IsAProblemAtLineAndColumn) {
  const Note note = read("ok [[a]]\nab\xFF" "cd\n");
  EXPECT_EQ(note.problem, ContentProblem::invalid_utf8);
  EXPECT_EQ(note.extras().problem_pos, (SourcePos{2, 3}));
  EXPECT_THAT(note.links, ElementsAre());
}

TEST_F(NoteReader, InvalidUtf8AfterMultibyteTextUsesByteColumn) {
  const Note note = read("\xC3\xA9\xE7\x9F\xA5\xC3(");
  EXPECT_EQ(note.problem, ContentProblem::invalid_utf8);
  EXPECT_EQ(note.extras().problem_pos, (SourcePos{1, 6}));
}

TEST_F(NoteReader, EmptyFileIsEmpty) {
  const Note note = read("");
  EXPECT_TRUE(note.empty);
  EXPECT_EQ(note.problem, ContentProblem::none);
  EXPECT_EQ(note.front_matter, FrontMatterState::absent);
}

TEST_F(NoteReader, WhitespaceOnlyFileIsEmpty) {
  EXPECT_TRUE(read(" \t\r\n\n  \n").empty);
  EXPECT_TRUE(read("\xEF\xBB\xBF \n").empty);
  EXPECT_FALSE(read("x").empty);
}

TEST_F(NoteReader, UnclosedFrontMatterIsInvalidAndBodyIsStillRead) {
  const Note note = read("---\nid: a\n\n[[x]]\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{1, 1}));
  EXPECT_FALSE(note.id.has_value());
  EXPECT_THAT(links(note), ElementsAre("wiki x @4:1"));
}

TEST_F(NoteReader, FrontMatterLinksAreNotBodyLinks) {
  const Note note = read("---\nnote: \"[[hidden]] [m](m.md)\"\n---\n[[shown]]\n");
  EXPECT_THAT(links(note), ElementsAre("wiki shown @4:1"));
}

TEST_F(NoteReader, ExternalAndSchemeLinksAreSkipped) {
  const Note note = read(
      "[w](https://example.org/a.md) [m](mailto:me@example.org) [f](file:///etc/x.md) "
      "[o](obsidian://open?vault=x) [l](local.md)\n");
  EXPECT_THAT(links(note), ElementsAre("md local.md @1:109"));
}

TEST_F(NoteReader, ProtocolRelativeUrlIsExternal) {
  // Regression: '//host/x.md' was read as a vault path.
  const Note note = read("[p](//host/x.md)\n");
  EXPECT_THAT(note.links, ElementsAre());
}

TEST_F(NoteReader, WindowsDriveLetterIsNotAScheme) {
  const Note note = read("[d](C:/x.md)\n");
  EXPECT_THAT(links(note), ElementsAre("md C:/x.md @1:1"));
}

TEST_F(NoteReader, MarkdownLinkIsPercentDecodedAndSplit) {
  const Note note = read("See [b](../a%20b.md#Some-Heading).\n");
  ASSERT_EQ(note.links.size(), 1u);
  const Link& link = note.links[0];
  EXPECT_EQ(link.syntax, LinkSyntax::markdown);
  EXPECT_EQ(link.written(), "../a%20b.md#Some-Heading");
  EXPECT_EQ(link.target(), "../a b.md");
  EXPECT_EQ(link.fragment(), "Some-Heading");
  EXPECT_FALSE(link.fragment_is_block);
  EXPECT_EQ(link.pos, (SourcePos{1, 5}));
}

TEST_F(NoteReader, MarkdownLinkQueryIsDropped) {
  const Note note = read("[q](n.md?x=1#H)\n");
  EXPECT_THAT(links(note), ElementsAre("md n.md#H @1:1"));
}

TEST_F(NoteReader, MarkdownLinkDecodedTargetIsNfc) {
  const Note note = read("[e](e%CC%81.md)\n");
  ASSERT_EQ(note.links.size(), 1u);
  EXPECT_EQ(note.links[0].target(), "\xC3\xA9.md");
}

TEST_F(NoteReader, MarkdownBlockFragment) {
  const Note note = read("[here](#^blk)\n");
  ASSERT_EQ(note.links.size(), 1u);
  EXPECT_EQ(note.links[0].target(), "");
  EXPECT_EQ(note.links[0].fragment(), "blk");
  EXPECT_TRUE(note.links[0].fragment_is_block);
}

TEST_F(NoteReader, LinksInFencedCodeAreIgnored) {
  const Note note = read("```\n[[a]] [b](b.md)\n```\n[[c]]\n");
  EXPECT_THAT(links(note), ElementsAre("wiki c @4:1"));
}

TEST_F(NoteReader, LinksAreSortedByPositionAcrossSyntaxes) {
  const Note note = read("[m](m.md) [[w]]\n![[e]] [n](n.md)\n");
  EXPECT_THAT(links(note), ElementsAre("md m.md @1:1", "wiki w @1:11", "embed e @2:1", "md n.md @2:8"));
}

TEST_F(NoteReader, TitleIsTheFirstH1) {
  const Note note = read("## Sub\n\n# Main *Title*\n\n# Second\n");
  EXPECT_EQ(note.title, "Main Title");
  EXPECT_THAT(note.heading_keys, ElementsAre("sub", "main title", "second"));
}

TEST_F(NoteReader, NoH1MeansNoTitle) {
  EXPECT_EQ(read("## Only sub\n").title, "");
}

TEST_F(NoteReader, BlockIdsAreCollected) {
  const Note note = read("A claim. ^c1\n\nOther ^c-2\n");
  EXPECT_THAT(note.block_ids, ElementsAre("c1", "c-2"));
}

TEST_F(NoteReader, FileThatVanishedSinceTheScanIsUnreadable) {
  testing::TempVault vault;
  Note note;
  read_note_file(vault.root() / "gone.md", ReaderOptions{}, &note);
  EXPECT_EQ(note.problem, ContentProblem::unreadable);
  EXPECT_EQ(note.extras().problem_detail, "No such file or directory");
}

TEST_F(NoteReader, FifoNamedMdIsRefusedWithoutBlocking) {
  testing::TempVault vault;
  const auto fifo = vault.root() / "pipe.md";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  Note note;
  const auto start = std::chrono::steady_clock::now();
  read_note_file(fifo, ReaderOptions{}, &note);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
  EXPECT_EQ(note.problem, ContentProblem::unreadable);
  EXPECT_EQ(note.extras().problem_detail, "not a regular file");
}

TEST_F(NoteReader, FileThatGrewPastTheCapSinceTheScanIsTooLarge) {
  testing::TempVault vault;
  vault.write("grew.md", std::string(4096, 'x'));
  ReaderOptions options;
  options.max_file_size = 1000;
  Note note;
  read_note_file(vault.root() / "grew.md", options, &note);
  EXPECT_EQ(note.problem, ContentProblem::too_large);
  EXPECT_EQ(note.size, 4096u);
}

// The walk of a check without the cache does not stat notes: the size is
// the open file's.
TEST_F(NoteReader, SizeIsTheOpenFilesSize) {
  testing::TempVault vault;
  vault.write("sized.md", "---\nid: s\n---\nBody\n");
  Note note;
  FileBytes bytes;
  ASSERT_TRUE(read_note_bytes(vault.root() / "sized.md", ReaderOptions{}, &note, &bytes));
  EXPECT_EQ(note.size, 19u);
  EXPECT_EQ(bytes.view(), "---\nid: s\n---\nBody\n");
}

// How a read grows its room when the file has grown since its fstat.
TEST_F(NoteReader, FileBytesKeepWhatWasReadWhenTheirRoomGrows) {
  FileBytes bytes;
  char* room = bytes.make_room(4, 0);
  std::memcpy(room, "abcd", 4);
  bytes.set_size(4);
  room = bytes.make_room(8, 4);
  EXPECT_EQ(bytes.view(), "abcd");
  std::memcpy(room + 4, "efgh", 4);
  bytes.set_size(8);
  EXPECT_EQ(bytes.view(), "abcdefgh");
  bytes.make_room(16, 3);
  EXPECT_EQ(bytes.view(), "abc");
  bytes.make_room(2, 0);
  EXPECT_EQ(bytes.view(), "");
}

// Every note is kept to the end of the run: its lists must not keep the
// spare room they grew with (a vault of 100,000 notes held tens of MB of it).
TEST_F(NoteReader, ListsHoldNoSpareRoom) {
  std::string text = "---\nid: x\ntags: [a, b, c]\naliases: [p, q, r]\nrelated: [l, m, n]\n---\n";
  for (int i = 0; i < 5; ++i) {
    text += "## Heading " + std::to_string(i) + "\n\n[[t" + std::to_string(i) + "]] [m](m" +
            std::to_string(i) + ".md) text ^b" + std::to_string(i) + "\n\n";
  }
  const Note note = read(text);
  ASSERT_EQ(note.links.size(), 10u);
  ASSERT_EQ(note.heading_keys.size(), 5u);
  ASSERT_EQ(note.block_ids.size(), 5u);
  ASSERT_EQ(note.field_refs.size(), 3u);
  EXPECT_EQ(note.links.capacity(), note.links.size());
  EXPECT_EQ(note.heading_keys.spare_bytes(), 0u);
  EXPECT_EQ(note.block_ids.spare_bytes(), 0u);
  EXPECT_EQ(note.field_refs.capacity(), note.field_refs.size());
  EXPECT_EQ(note.tags.capacity(), note.tags.size());
  EXPECT_EQ(note.aliases.capacity(), note.aliases.size());
  EXPECT_EQ(note.nonempty_fields.spare_bytes(), 0u);
}

}  // namespace
}  // namespace vaultlint
