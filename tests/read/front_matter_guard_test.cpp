#include "read/front_matter_guard.hpp"

#include <gtest/gtest.h>

#include <string>

#include "read/front_matter.hpp"
#include "read/simple_front_matter.hpp"

namespace vaultlint {
namespace {

const std::string kDepthMessage =
    "front matter nests deeper than 64 levels (max_frontmatter_depth); not parsed";

std::string repeat(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

/// Block mappings nested `levels` deep, two spaces per level.
std::string nested_block_map(int levels) {
  std::string out;
  for (int i = 0; i < levels; ++i) out += std::string(2 * i, ' ') + "k" + std::to_string(i) + ":\n";
  return out + std::string(2 * levels, ' ') + "leaf: x\n";
}

/// "[[[...]]]": `levels` open flow sequences.
std::string nested_flow(int levels) { return "k: " + repeat("[", levels) + repeat("]", levels) + "\n"; }

Note read(const std::string& yaml, const FrontMatterLimits& limits = {}) {
  const std::string content = "---\n" + yaml + "---\nbody\n";
  const LineTable lines(content);
  Note note;
  read_front_matter(find_front_matter(content, lines), {"related"}, &note, limits);
  return note;
}

TEST(CheckYamlShape, FlowNestingAtTheLimitPassesAndOneMoreIsRefusedAtItsBracket) {
  EXPECT_FALSE(check_yaml_shape(nested_flow(63), {}).has_value());  // 63 '[' + the mapping
  const auto refusal = check_yaml_shape(nested_flow(64), {});
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->line, 0);
  EXPECT_EQ(refusal->column, 3 + 63);
  EXPECT_EQ(refusal->message, kDepthMessage);
}

TEST(CheckYamlShape, BlockNestingCountsIndentationLevels) {
  EXPECT_FALSE(check_yaml_shape(nested_block_map(63), {}).has_value());
  const auto refusal = check_yaml_shape(nested_block_map(64), {});
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->line, 64);
  EXPECT_EQ(refusal->column, 128);
}

TEST(CheckYamlShape, CompactSequencesAndMappingsCountEachIndicator) {
  EXPECT_FALSE(check_yaml_shape("k:\n" + repeat("- ", 63) + "x\n", {}).has_value());
  const auto refusal = check_yaml_shape("k:\n" + repeat("- ", 64) + "x\n", {});
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->line, 1);
  EXPECT_EQ(refusal->column, 2 * 64);  // after the 64th "- ", with "k:" the 65th level
  EXPECT_TRUE(check_yaml_shape("k:\n" + repeat("- a: ", 64) + "x\n", {}).has_value());
}

TEST(CheckYamlShape, BracketsInQuotesCommentsPlainScalarsAndBlockScalarsAreNotNesting) {
  const std::string brackets = repeat("[{", 100);
  std::string poem = "poem: |\n";  // a block scalar whose lines go ever deeper
  for (int i = 0; i < 100; ++i) poem += std::string(2 + i, ' ') + "line [\n";
  const std::string text = "title: '" + brackets + "'\nquote: \"" + brackets + "\\\"" + brackets +
                           "\"\nplain: a" + brackets + "\n# " + brackets + "\ntags: [a, b] # " +
                           brackets + "\n" + poem + "multi: 'it''s\n  " + brackets + "'\nafter: x\n";
  const auto refusal = check_yaml_shape(text, {});
  EXPECT_FALSE(refusal.has_value()) << refusal->message;
  const Note note = read(text);
  EXPECT_EQ(note.front_matter, FrontMatterState::valid) << note.extras().front_matter_error;
}

TEST(CheckYamlShape, AnchorsAndTagsBeforeAFlowCollectionStillCount) {
  EXPECT_TRUE(check_yaml_shape("k: &a !t " + repeat("[", 64) + "\n", {}).has_value());
}

TEST(CheckYamlShape, SizeCapComesFirst) {
  FrontMatterLimits limits;
  limits.max_size = 10;
  const auto refusal = check_yaml_shape("title: 12345\n", limits);
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->message,
            "front matter is 13 bytes, over the max_frontmatter_size cap of 10 bytes; not parsed");
}

TEST(CheckAliasExpansion, BillionLaughsIsRefusedAtTheAliasThatPassesTheLimit) {
  std::string yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < 10; ++i) {
    const std::string prev = "*a" + std::to_string(i - 1);
    yaml += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + repeat(prev + ", ", 8) +
            prev + "]\n";
  }
  const auto refusal = check_alias_expansion(yaml, {});
  ASSERT_TRUE(refusal.has_value());
  // a3's items are 91 nodes each: the 10,000 mark is passed at a4's second
  // alias (9 x 10 + 10 + 91 x 9 ... counted in yaml-cpp's event order).
  EXPECT_EQ(refusal->line, 4);
  EXPECT_EQ(refusal->message,
            "front matter aliases would expand to more than 10000 nodes (max_alias_expansion); "
            "not parsed");
  const Note note = read(yaml);
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos.line, 2 + 4);
}

TEST(CheckAliasExpansion, OrdinaryAliasesPass) {
  const std::string yaml = "base: &b {type: concept}\none: *b\ntwo: *b\nlist: [*b, *b]\n";
  EXPECT_FALSE(check_alias_expansion(yaml, {}).has_value());
  EXPECT_EQ(read(yaml).front_matter, FrontMatterState::valid);
  FrontMatterLimits tight;
  tight.max_alias_expansion = 7;  // each *b is 3 nodes: the third passes 7
  const auto refusal = check_alias_expansion(yaml, tight);
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->line, 3);
  EXPECT_EQ(refusal->column, 7);
}

// Found by fuzz_note_reader: yaml-cpp 0.7's Parser kept reporting another
// document without consuming input, so a loop over documents never ended.
TEST(CheckAliasExpansion, MalformedFrontMatterWithAnAliasEnds) {
  const std::string yaml =
      ",id: co\x01\x05ncept-interleavi---\nid: \"hostile\"\ntype: concept\n"
      "related: [\"[[a]]\", b, &x c, *x]\n: [\"[[a]]\", b, &x c, *x]\ntags: [t1, t2]\n";
  EXPECT_FALSE(check_alias_expansion(yaml, {}).has_value());
}

TEST(CheckAliasExpansion, TextWithoutAsteriskIsNotParsed) {
  EXPECT_FALSE(check_alias_expansion("k: [unclosed\n", {}).has_value());
}

TEST(ReadFrontMatterGuards, HundredThousandBracketsAreRefusedQuicklyWithAPosition) {
  const Note note = read("related: " + repeat("[", 100000) + "\n");
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{2, 10 + 63}));
  EXPECT_EQ(note.extras().front_matter_error, kDepthMessage);
  EXPECT_TRUE(note.field_refs.empty());
}

TEST(ReadFrontMatterGuards, DeepBlockNestingIsRefusedBeforeYamlCpp) {
  const Note note = read(nested_block_map(20000 / 100));
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{2 + 64, 129}));
}

TEST(ReadFrontMatterGuards, ConfiguredDepthApplies) {
  FrontMatterLimits limits;
  limits.max_depth = 3;
  EXPECT_EQ(read("a: [[x]]\n", limits).front_matter, FrontMatterState::valid);
  const Note note = read("a: [[[x]]]\n", limits);
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error,
            "front matter nests deeper than 3 levels (max_frontmatter_depth); not parsed");
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{2, 6}));
}

// The fast reader takes these texts; the guard is skipped for them only
// when the limits leave room for anything it takes.
TEST(ReadFrontMatterGuards, LimitsBelowTheFastReadersDepthStillGuardWhatItTakes) {
  FrontMatterLimits limits;
  limits.max_depth = kSimpleFrontMatterDepth;
  EXPECT_EQ(read("a:\n  - x\n", limits).front_matter, FrontMatterState::valid);
  limits.max_depth = kSimpleFrontMatterDepth - 1;
  const Note note = read("a:\n  - x\n", limits);
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error,
            "front matter nests deeper than 2 levels (max_frontmatter_depth); not parsed");
  EXPECT_EQ(note.extras().front_matter_error_pos, (SourcePos{3, 5}));
}

TEST(ReadFrontMatterGuards, SizeCapAppliesToWhatTheFastReaderTakes) {
  FrontMatterLimits limits;
  limits.max_size = 10;
  const Note note = read("title: 12345\n", limits);
  EXPECT_EQ(note.front_matter, FrontMatterState::invalid);
  EXPECT_EQ(note.extras().front_matter_error,
            "front matter is 13 bytes, over the max_frontmatter_size cap of 10 bytes; not parsed");
  EXPECT_TRUE(note.nonempty_fields.empty());
}

}  // namespace
}  // namespace vaultlint
