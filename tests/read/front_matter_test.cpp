#include "read/front_matter.hpp"

#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace vaultlint {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::vector<std::string> kEdges{"related", "challenges"};

Note read(std::string_view content, const std::vector<std::string>& edges = kEdges) {
  const LineTable lines(content);
  const FrontMatterBlock block = find_front_matter(content, lines);
  Note note;
  read_front_matter(block, edges, &note);
  return note;
}

struct Ref {
  std::string field;
  std::string value;
  int line;
  int column;
  bool in_list;
  friend bool operator==(const Ref&, const Ref&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Ref& r) {
    return os << r.field << "=" << r.value << "@" << r.line << ":" << r.column
              << (r.in_list ? " list" : "");
  }
};

std::vector<Ref> refs(const Note& note) {
  std::vector<Ref> out;
  for (const auto& r : note.field_refs) {
    out.push_back(Ref{r.field, r.value, r.pos.line, r.pos.column, r.in_list});
  }
  return out;
}

// --- find_front_matter --------------------------------------------------------

TEST(FindFrontMatter, ClosedByDashes) {
  const std::string_view content = "---\nid: a\ntype: concept\n---\nbody\n";
  const LineTable lines(content);
  const auto block = find_front_matter(content, lines);
  EXPECT_TRUE(block.present);
  EXPECT_TRUE(block.closed);
  EXPECT_EQ(block.first_yaml_line, 2);
  EXPECT_EQ(block.closing_line, 4);
  EXPECT_EQ(block.yaml, "id: a\ntype: concept\n");
}

TEST(FindFrontMatter, ClosedByDots) {
  const std::string_view content = "---\nid: a\n...\nbody\n";
  const LineTable lines(content);
  const auto block = find_front_matter(content, lines);
  EXPECT_TRUE(block.closed);
  EXPECT_EQ(block.closing_line, 3);
  EXPECT_EQ(block.yaml, "id: a\n");
}

TEST(FindFrontMatter, TrailingBlanksOnDelimitersAreAllowed) {
  const std::string_view content = "--- \t\nid: a\n---  \nbody\n";
  const LineTable lines(content);
  const auto block = find_front_matter(content, lines);
  EXPECT_TRUE(block.present);
  EXPECT_TRUE(block.closed);
  EXPECT_EQ(block.closing_line, 3);
  EXPECT_EQ(block.yaml, "id: a\n");
}

TEST(FindFrontMatter, LeadingSpaceOrLongerRuleIsNotADelimiter) {
  for (std::string_view content : {" ---\nid: a\n---\n", "----\nid: a\n---\n"}) {
    const LineTable lines(content);
    EXPECT_FALSE(find_front_matter(content, lines).present) << content;
  }
}

TEST(FindFrontMatter, UnclosedIsPresentButNotClosed) {
  const std::string_view content = "---\nid: a\nbody\n";
  const LineTable lines(content);
  const auto block = find_front_matter(content, lines);
  EXPECT_TRUE(block.present);
  EXPECT_FALSE(block.closed);
  EXPECT_EQ(block.closing_line, 0);
}

TEST(FindFrontMatter, NotAtLineOneIsAbsent) {
  const std::string_view content = "\n---\nid: a\n---\n";
  const LineTable lines(content);
  const auto block = find_front_matter(content, lines);
  EXPECT_FALSE(block.present);
  EXPECT_FALSE(block.closed);
}

TEST(FindFrontMatter, EmptyBlock) {
  const std::string_view content = "---\n---\n";
  const LineTable lines(content);
  const auto block = find_front_matter(content, lines);
  EXPECT_TRUE(block.closed);
  EXPECT_EQ(block.closing_line, 2);
  EXPECT_EQ(block.yaml, "");
}

TEST(FindFrontMatter, CrlfDelimiters) {
  const std::string_view content = "---\r\nid: a\r\n---\r\nbody\r\n";
  const LineTable lines(content);
  const auto block = find_front_matter(content, lines);
  EXPECT_TRUE(block.closed);
  EXPECT_EQ(block.closing_line, 3);
  EXPECT_EQ(block.yaml, "id: a\r\n");
}

// --- read_front_matter: basic keys -------------------------------------------

TEST(ReadFrontMatter, AbsentWhenNoBlock) {
  const Note note = read("# Title\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::absent);
  EXPECT_FALSE(note.id.has_value());
}

TEST(ReadFrontMatter, ReadsIdTypeTagsAndAliases) {
  const Note note = read(
      "---\n"
      "type: concept\n"
      "id: concept-eco\n"
      "tags: [economics, attention]\n"
      "aliases:\n"
      "  - Attention economy\n"
      "  - \xC3\x89" "conomie\n"
      "---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::valid);
  ASSERT_TRUE(note.id.has_value());
  EXPECT_EQ(*note.id, "concept-eco");
  EXPECT_EQ(note.id_pos, (SourcePos{3, 1}));  // yaml line 2 + 1 for the opening '---'
  EXPECT_EQ(note.type, "concept");
  EXPECT_THAT(note.tags, ElementsAre("economics", "attention"));
  EXPECT_THAT(note.aliases, ElementsAre("Attention economy", "\xC3\x89" "conomie"));
}

TEST(ReadFrontMatter, ScalarTagAndAliasKey) {
  const Note note = read("---\ntags: solo\nalias: Other name\n---\n");
  EXPECT_THAT(note.tags, ElementsAre("solo"));
  EXPECT_THAT(note.aliases, ElementsAre("Other name"));
}

TEST(ReadFrontMatter, IdPosIsTheKeyLineAfterBlankAndCommentLines) {
  const Note note = read("---\ntitle: x\n\n# comment\nid:   \"spaced\"\n---\n");
  ASSERT_TRUE(note.id.has_value());
  EXPECT_EQ(*note.id, "spaced");
  EXPECT_EQ(note.id_pos, (SourcePos{5, 1}));
}

TEST(ReadFrontMatter, EmptyOrNonScalarIdIsNoId) {
  EXPECT_FALSE(read("---\nid: \"\"\n---\n").id.has_value());
  EXPECT_FALSE(read("---\nid:\n---\n").id.has_value());
  EXPECT_FALSE(read("---\nid: [a]\n---\n").id.has_value());
}

// --- read_front_matter: edge fields ------------------------------------------

TEST(ReadFrontMatter, RelatedFlowListItemsAtTheirOpeningQuote) {
  const Note note = read("---\nid: a\nrelated: [\"[[b]]\", 'c',  d]\n---\n");
  EXPECT_THAT(refs(note), ElementsAre(Ref{"related", "[[b]]", 3, 11, true},
                                      Ref{"related", "c", 3, 20, true},
                                      Ref{"related", "d", 3, 26, true}));
}

TEST(ReadFrontMatter, RelatedBlockListItemsAtTheirFirstCharacter) {
  const Note note = read(
      "---\n"
      "id: a\n"
      "related:\n"
      "  - \"[[b]]\"\n"
      "  - c\n"
      "  -   'd'\n"
      "---\n");
  EXPECT_THAT(refs(note), ElementsAre(Ref{"related", "[[b]]", 4, 5, true},
                                      Ref{"related", "c", 5, 5, true},
                                      Ref{"related", "d", 6, 7, true}));
}

TEST(ReadFrontMatter, ColumnsAreBytesAfterMultibyteCharacters) {
  const Note note = read("---\nrelated: [\"\xC3\xA9\xE7\x9F\xA5\", \"x\"]\n---\n");
  // "é知" is 5 bytes: the quote of "x" is at byte column 20, not character column 17.
  EXPECT_THAT(refs(note), ElementsAre(Ref{"related", "\xC3\xA9\xE7\x9F\xA5", 2, 11, true},
                                      Ref{"related", "x", 2, 20, true}));
}

TEST(ReadFrontMatter, ScalarChallengesIsNotInList) {
  const Note note = read("---\nid: a\nchallenges: \"[[e]]\"\n---\n");
  EXPECT_THAT(refs(note), ElementsAre(Ref{"challenges", "[[e]]", 3, 13, false}));
}

TEST(ReadFrontMatter, OnlyConfiguredEdgeFieldsAndNonEmptyScalarsAreRefs) {
  const Note note = read("---\nrelated: [\"\", x, [nested], {k: v}]\nsee: y\n---\n");
  EXPECT_THAT(refs(note), ElementsAre(Ref{"related", "x", 2, 15, true}));
  const Note custom = read("---\nrelated: x\nsee: y\n---\n", {"see"});
  EXPECT_THAT(refs(custom), ElementsAre(Ref{"see", "y", 3, 6, false}));
}

TEST(ReadFrontMatter, CrlfPositions) {
  const Note note = read("---\r\nid: a\r\nrelated: [\"x\", y]\r\n---\r\nbody\r\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::valid);
  EXPECT_EQ(note.id_pos, (SourcePos{2, 1}));
  EXPECT_THAT(refs(note), ElementsAre(Ref{"related", "x", 3, 11, true},
                                      Ref{"related", "y", 3, 16, true}));
}

// --- nonempty_fields -----------------------------------------------------------

TEST(ReadFrontMatter, NonEmptyFieldsSkipEmptyValuesAndAreSorted) {
  const Note note = read(
      "---\n"
      "source_url: https://example.org\n"
      "empty_string: \"\"\n"
      "empty_list: []\n"
      "empty_map: {}\n"
      "tilde: ~\n"
      "null_word: null\n"
      "no_value:\n"
      "quoted_null: \"null\"\n"
      "list: [a]\n"
      "map: {k: v}\n"
      "zero: 0\n"
      "---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::valid);
  EXPECT_THAT(note.nonempty_fields, ElementsAre("list", "map", "quoted_null", "source_url", "zero"));
  EXPECT_TRUE(note.has_nonempty_field("source_url"));
  EXPECT_FALSE(note.has_nonempty_field("empty_list"));
  EXPECT_FALSE(note.has_nonempty_field("absent"));
}

// --- invalid front matter --------------------------------------------------------

TEST(ReadFrontMatter, YamlErrorMapsParserLineToFile) {
  const Note note = read("---\nid: a\nrelated: [a, b\ntitle: x\n---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{4, 6}));
  EXPECT_EQ(note.extras().front_matter_error, "invalid YAML in front matter: end of sequence flow not found");
  // Nothing half-read survives.
  EXPECT_FALSE(note.id.has_value());
  EXPECT_TRUE(note.field_refs.empty());
  EXPECT_TRUE(note.nonempty_fields.empty());
}

TEST(ReadFrontMatter, BadIndentErrorPosition) {
  const Note note = read("---\nkey: value\n  bad: indent\n---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{3, 6}));
  EXPECT_EQ(note.extras().front_matter_error, "invalid YAML in front matter: illegal map value");
}

TEST(ReadFrontMatter, ListIsInvalidAtOneOne) {
  const Note note = read("---\n- a\n- b\n---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{1, 1}));
  EXPECT_EQ(note.extras().front_matter_error, "front matter is a list, not a mapping");
}

TEST(ReadFrontMatter, ScalarIsInvalidAtOneOne) {
  const Note note = read("---\njust some text\n---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{1, 1}));
  EXPECT_EQ(note.extras().front_matter_error, "front matter is a scalar, not a mapping");
}

TEST(ReadFrontMatter, UnclosedIsInvalidAtOneOne) {
  const Note note = read("---\nid: a\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{1, 1}));
  EXPECT_THAT(note.extras().front_matter_error, HasSubstr("not closed"));
  EXPECT_FALSE(note.id.has_value());
}

TEST(ReadFrontMatter, EmptyFrontMatterIsValid) {
  const Note note = read("---\n---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::valid);
  EXPECT_TRUE(note.nonempty_fields.empty());
  EXPECT_FALSE(note.id.has_value());
}

TEST(ReadFrontMatter, UnterminatedQuoteIsInvalidAtTheQuote) {
  // yaml-cpp 0.7 alone accepts a quoted scalar that runs to the end of the
  // document; the reader rejects it.
  const Note note = read("---\ntitle: x\nid: 'a: b\n---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{3, 5}));
  EXPECT_EQ(note.extras().front_matter_error, "invalid YAML in front matter: quoted scalar is never closed");
  EXPECT_FALSE(note.id.has_value());
}

TEST(ReadFrontMatter, UnterminatedQuoteAfterAnchorOrTagIsInvalid) {
  // The node's mark is the '&' of the anchor or the '!' of the tag.
  for (const char* yaml : {"---\nid: &a 'oops\n---\n", "---\nid: !x 'oops\n---\n",
                           "---\nid: !x &a \"oops\n---\n"}) {
    const Note note = read(yaml);
    EXPECT_EQ(note.front_matter, FrontMatterState::invalid) << yaml;
    EXPECT_EQ(note.extras().front_matter_error, "invalid YAML in front matter: quoted scalar is never closed")
        << yaml;
    EXPECT_FALSE(note.id.has_value()) << yaml;
  }
  const Note closed = read("---\nid: &a 'fine'\ntitle: !x \"also\"\n---\n");
  EXPECT_EQ(closed.front_matter, FrontMatterState::valid) << closed.extras().front_matter_error;
  EXPECT_EQ(closed.id, "fine");
}

TEST(ReadFrontMatter, UnterminatedDoubleQuoteInListIsInvalid) {
  const Note note = read("---\nrelated: [a, \"b\n---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
}

TEST(ReadFrontMatter, ClosedQuotesWithEscapesStayValid) {
  const Note note = read("---\nid: 'it''s'\ntitle: \"say \\\"hi\\\"\"\nrelated: [\"a\\\\\"]\n---\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::valid) << note.extras().front_matter_error;
  ASSERT_TRUE(note.id.has_value());
  EXPECT_EQ(*note.id, "it's");
  EXPECT_THAT(refs(note), ElementsAre(Ref{"related", "a\\", 4, 11, true}));
}

// --- hostile documents -------------------------------------------------------

std::string billion_laughs() {
  std::string yaml = "---\n";
  const std::string names = "abcdefghi";
  for (std::size_t level = 0; level < names.size(); ++level) {
    yaml += names.substr(level, 1) + ": &" + names.substr(level, 1) + " [";
    for (int j = 0; j < 9; ++j) {
      if (j > 0) yaml += ",";
      yaml += level == 0 ? std::string("x") : "*" + names.substr(level - 1, 1);
    }
    yaml += "]\n";
  }
  yaml += "related: *i\n---\n";
  return yaml;
}

TEST(ReadFrontMatter, BillionLaughsIsRefusedQuickly) {
  // yaml-cpp shares aliased nodes, so the load itself is cheap, but any
  // recursive walk (a JSON conversion, a printer) would expand 9^9 nodes.
  const std::string content = billion_laughs();
  const auto start = std::chrono::steady_clock::now();
  const Note note = read(content);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(2));
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error,
            "front matter aliases would expand to more than 10000 nodes (max_alias_expansion); "
            "not parsed");
  EXPECT_EQ(note.extras().front_matter_error_pos.line, 6);  // in e: [*d, ...], d being 820 nodes
  EXPECT_TRUE(note.field_refs.empty());
  EXPECT_TRUE(note.nonempty_fields.empty());
}

TEST(ReadFrontMatter, AliasedScalarListRefsPointAtTheAnchor) {
  // Observed: values reached through an alias carry the anchor's position.
  const Note note = read("---\nbase: &base [x, y]\nrelated: *base\n---\n");
  EXPECT_THAT(refs(note), ElementsAre(Ref{"related", "x", 2, 14, true},
                                      Ref{"related", "y", 2, 17, true}));
}

TEST(ReadFrontMatter, DeepFlowNestingIsInvalidNotACrash) {
  // yaml-cpp 0.7 alone stops at 499 levels with DeepRecursion ("bad file");
  // the reader's own guard refuses earlier, with a message that says why.
  const std::string content = "---\nrelated: " + std::string(100000, '[') + "\n---\n";
  const Note note = read(content);
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error,
            "front matter nests deeper than 64 levels (max_frontmatter_depth); not parsed");
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{2, 10 + 63}));
}

}  // namespace
}  // namespace vaultlint
