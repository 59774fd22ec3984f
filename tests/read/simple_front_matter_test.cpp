#include "read/simple_front_matter.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "read/front_matter.hpp"
#include "support/simple_front_matter_agreement.hpp"

namespace vaultlint {
namespace {

using testing::simple_front_matter_disagreement;

std::string describe(const std::optional<std::vector<SimpleEntry>>& entries) {
  if (!entries) return "declined";
  std::string out;
  for (const auto& entry : *entries) {
    out += std::string(entry.key.text) + "@" + std::to_string(entry.key.line) + ":" + std::to_string(entry.key.column);
    out += entry.kind == SimpleValueKind::null ? " null" : entry.kind == SimpleValueKind::scalar ? " scalar" : " seq";
    if (entry.kind == SimpleValueKind::sequence) out += "(" + std::to_string(entry.values.size()) + ")";
    for (const auto& value : entry.values) {
      // Quoted text in double quotes, plain in single quotes.
      out += value.null ? std::string(" null") : value.quoted ? " \"" + std::string(value.text) + "\""
                                                              : " '" + std::string(value.text) + "'";
      out += "@" + std::to_string(value.line) + ":" + std::to_string(value.column);
    }
    out += "\n";
  }
  return out;
}

std::string read(std::string_view yaml) { return describe(read_simple_front_matter(yaml)); }

TEST(SimpleFrontMatter, ReadsScalarsWithTheirPositions) {
  EXPECT_EQ(read("id: \"concept-a\"\ntype: concept\ntitle: 'Café au lait'\nsource_url: https://x.org/a#b\n"),
            "id@0:0 scalar \"concept-a\"@0:4\n"
            "type@1:0 scalar 'concept'@1:6\n"
            "title@2:0 scalar \"Café au lait\"@2:7\n"
            "source_url@3:0 scalar 'https://x.org/a#b'@3:12\n");
}

TEST(SimpleFrontMatter, ReadsFlowAndBlockSequences) {
  EXPECT_EQ(read("tags: [a, \"b c\" , 'd']\nrelated:\n  - \"[[x]]\"\n  -\n  - y # why\naliases: []\n"),
            "tags@0:0 seq(3) 'a'@0:7 \"b c\"@0:10 \"d\"@0:18\n"
            "related@1:0 seq(3) \"[[x]]\"@2:4 null@3:2 'y'@4:4\n"
            "aliases@5:0 seq(0)\n");
}

TEST(SimpleFrontMatter, NullWordsAndEmptyValuesAreNull) {
  EXPECT_EQ(read("a:\nb: ~\nc: null # none\nd: [NULL, x]\ne: \"\"\n"),
            "a@0:0 null\nb@1:0 null\nc@2:0 null\nd@3:0 seq(2) null@3:4 'x'@3:10\ne@4:0 scalar \"\"@4:3\n");
}

TEST(SimpleFrontMatter, CommentsBlankLinesAndCrlfAreSkipped) {
  EXPECT_EQ(read("# heading comment\r\n\r\nid: a # trailing\r\ntags:\r\n- t\r\n"),
            "id@2:0 scalar 'a'@2:4\ntags@3:0 seq(1) 't'@4:2\n");
  EXPECT_EQ(read(""), "");
  EXPECT_EQ(read("# only a comment\n"), "");
}

TEST(SimpleFrontMatter, DeclinesWhatItDoesNotTake) {
  for (const char* yaml : {
           "a: |\n  text\n",              // block scalar
           "a:\n  b: c\n",                // nested mapping
           "a: &x 1\nb: *x\n",            // anchor and alias
           "a: !tag v\n",                 // tag
           "a: one\n  two\n",             // multi-line plain scalar
           "a: \"x\\ty\"\n",              // escape
           "a: 'it''s'\n",                // escaped single quote
           "a: \"open\n",                 // unclosed quote
           "a: [x,\n  y]\n",              // flow sequence over lines
           "a: [[x]]\n",                  // nested flow sequence
           "a: {b: c}\n",                 // flow mapping
           "a: b: c\n",                   // value that is a mapping
           "a: title:\n",                 // trailing colon
           "a:\tb\n",                     // tab
           "a: x\na: y\n",                // duplicate key
           "vaultlint: {disable: [orphan]}\n",  // read by yaml-cpp
           "\"quoted key\": v\n",         // quoted key
           "  a: b\n",                    // indented mapping
           "- a\n",                       // a list, not a mapping
           "a: [x, ]\n",                  // trailing comma
           "a: [x] y\n",                  // text after the sequence
           "a: [mem?ry]\n",               // '?' in a flow item: yaml-cpp's "unknown token" (found by fuzz)
           "a: [x=y, b+c]\n",             // punctuation in flow items is left to yaml-cpp
           "a:\n  - x\n    more\n",       // continued item
           "a: -1\n",                     // starts with an indicator
           "null: x\n",                   // null key
           "a: x\rb: y\n",                // lone CR
           "a: x\r",                      // CR at the very end, kept in the scalar by yaml-cpp
           "a: \xc2\x85\n",               // NEL
           "a: x\xe2\x80\xa8y\n",           // LINE SEPARATOR
           "a: x\xe2\x80\xa9y\n",           // PARAGRAPH SEPARATOR
           "a: x\xef\xbb\xbfy\n",           // a byte-order mark inside
           "a: x\x7fy\n",                 // DEL
       }) {
    EXPECT_FALSE(read_simple_front_matter(yaml).has_value()) << yaml;
  }
  // Keys near YAML's 1024-character cap on implicit keys are left to yaml-cpp.
  EXPECT_FALSE(read_simple_front_matter(std::string(1001, 'k') + ": v\n").has_value());
  EXPECT_TRUE(read_simple_front_matter(std::string(1000, 'k') + ": v\n").has_value());
  EXPECT_EQ(simple_front_matter_disagreement(std::string(1000, 'k') + ": v\n"), "");
  // Code points beside the ones declined are taken.
  EXPECT_TRUE(read_simple_front_matter("a: x\xe2\x80\xa7y \xe2\x80\xaay \xc2\x84 \xef\xbb\xbe\n").has_value());
}

TEST(SimpleFrontMatter, AgreesWithYamlCppOnTrickyTexts) {
  for (const char* yaml : {
           "a: C# is #1\n", "a: x#y\n", "a: x #y\n", "a: [x#y]\n", "a: a, b\n", "a: a [b] c\n",
           "a: https://example.org:8080/p?q=1\n", "a:    spaced   \n", "a: 'x' # c\n", "a: \"\" \n",
           "a:\n- x\n- y\nb: z\n", "a:\n  - x\n\n  - y\n# c\nb:\n", "a:\n  # c\n  - x\n", "a: [ ]\n",
           "a: [ x , y ]\n", "a: [~, ~]\n", "a: é\nb: [é, ü]\n", "a.b-c/d_e: v\n", "1: v\n", "true: yes\n",
           "a:\n-\n-\n", "a: ~ # c\n", "a: ''\n", "a: Null\n", "a: nulls\n", "a:\n  - ~\n  - 'x'\n",
           "a:\n\n\nb: c\n", "a: x\n\n# c\n\nb: y\n", "a:\n  # only a comment\nb: c\n",
       }) {
    EXPECT_EQ(simple_front_matter_disagreement(yaml), "") << yaml;
  }
}

// Texts put together at random from the pieces real front matter is made
// of, some inside the subset and some just outside it.
std::string random_front_matter(std::mt19937& random) {
  static const std::vector<std::string> keys{"id", "type", "tags", "aliases", "related", "challenges",
                                             "source_url", "title", "a.b", "x-y", "k1", "id"};
  static const std::vector<std::string> scalars{
      "plain", "two words", "\"quoted\"", "'single'", "\"with # hash\"", "x #comment", "~", "null", "",
      "C#", "a: b", "ends:", "\"open", "'it''s'", "[a, b]", "[\"a\", 'b']", "[]", "[~]", "[a,]", "[[a]]",
      "{a: b}", "&anchor v", "*alias", "!tag v", "|", ">", "-1", "é ü", "https://x.org/#f", "a\tb",
      "mem?ry", "[mem?ry, b]", "a?b:c", "x=y+z;(w)!", "[a!, b&c, d*e, f|g]", "50%", "a@b", "[a.b, c/d_e]",
      "\"esc\\\"aped\"", "x # y: z", "[a b, c]", "[x] # c", "'a' 'b'", "?", "@at", "`tick`", "%p"};
  static const std::vector<std::string> line_ends{"\n", "\r\n", " \n", " # c\n"};
  std::string out;
  const int entries = static_cast<int>(random() % 6);
  auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  for (int i = 0; i < entries; ++i) {
    if (random() % 8 == 0) out += pick({"\n", "# comment\n", "  # indented comment\n", "   \n"});
    out += pick(keys) + ":";
    const auto shape = random() % 4;
    if (shape == 0) {
      out += pick(line_ends);
      const std::string indent = pick({"", "  ", "    ", " "});
      const int items = static_cast<int>(random() % 4);
      for (int j = 0; j < items; ++j) {
        out += (random() % 10 == 0 ? pick({"", "  ", " "}) : indent) + "-";
        if (random() % 6 != 0) out += " " + pick(scalars);
        if (random() % 10 == 0) out += "\n" + indent + "  continued";
        out += pick(line_ends);
      }
    } else {
      out += " " + pick(scalars) + pick(line_ends);
      if (random() % 12 == 0) out += pick({"  more\n", "   - item\n", "\tx\n"});
    }
  }
  return out;
}

TEST(SimpleFrontMatter, AgreesWithYamlCppOnRandomTexts) {
  std::mt19937 random(20261123);
  int taken = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string yaml = random_front_matter(random);
    if (read_simple_front_matter(yaml)) ++taken;
    ASSERT_EQ(simple_front_matter_disagreement(yaml), "") << yaml;
  }
  // Both sides of the line are exercised.
  EXPECT_GT(taken, 2000);
  EXPECT_LT(taken, 18000);
}

std::vector<std::filesystem::path> corpus_notes() {
  std::vector<std::filesystem::path> notes;
  const std::filesystem::path source = VAULTLINT_SOURCE_DIR;
  for (const char* folder : {"vault-samples", "tests/adversarial/notes", "fuzz/seeds/note_reader",
                             "fuzz/regressions/note_reader"}) {
    if (!std::filesystem::exists(source / folder)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(source / folder)) {
      if (entry.is_regular_file()) notes.push_back(entry.path());
    }
  }
  std::sort(notes.begin(), notes.end());
  return notes;
}

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::string content = text.str();
  if (content.rfind("\xef\xbb\xbf", 0) == 0) content.erase(0, 3);
  return content;
}

/// Hands the values out, which makes read_front_matter build yaml-cpp's tree.
class IgnoringSink : public FrontMatterSink {
 public:
  void take(const Note&, const nlohmann::json&) override {}
};

std::string note_fields(const Note& note) {
  std::ostringstream out;
  out << static_cast<int>(note.front_matter) << " " << note.extras().front_matter_error << "@"
      << note.extras().front_matter_error_pos.line << ":" << note.extras().front_matter_error_pos.column << "\n"
      << "id " << note.id.value_or("-") << "@" << note.id_pos.line << ":" << note.id_pos.column << "\n"
      << "type " << note.type << "@" << note.type_pos.line << ":" << note.type_pos.column << "\n";
  for (const auto& alias : note.aliases) out << "alias " << alias << "\n";
  for (const auto& tag : note.tags) out << "tag " << tag << "\n";
  for (const auto& key : note.nonempty_fields) out << "nonempty " << key << "\n";
  for (const auto& ref : note.field_refs) {
    out << "ref " << ref.field << "=" << ref.value << "@" << ref.pos.line << ":" << ref.pos.column
        << (ref.in_list ? " list" : "") << "\n";
  }
  for (const auto& finding : note.extras().field_findings) {
    out << finding.rule << "@" << finding.pos.line << ":" << finding.pos.column << " " << finding.message << "\n";
  }
  return out.str();
}

TEST(SimpleFrontMatter, SynonymConflictsAreFoundOnTheFastPath) {
  const std::string content = "---\nsource_url: \"https://a\"\nsourceUrl: https://b\ntags: [1, x]\ntag: [\"1\", x]\n---\n";
  const LineTable lines(content);
  const FrontMatterBlock block = find_front_matter(content, lines);
  ASSERT_TRUE(read_simple_front_matter(block.yaml).has_value());
  const std::vector<std::vector<std::string>> synonyms{{"source_url", "sourceUrl"}, {"tags", "tag"}};
  FieldChecks checks;
  checks.synonyms = &synonyms;
  Note note;
  read_front_matter(block, {}, &note, FrontMatterLimits{}, &checks);
  ASSERT_EQ(note.extras().field_findings.size(), 2u);
  EXPECT_EQ(note.extras().field_findings[0].rule, "conflicting-fields");
  EXPECT_EQ(note.extras().field_findings[0].pos, (SourcePos{3, 1}));
  EXPECT_EQ(note.extras().field_findings[0].message,
            "'sourceUrl' is \"https://b\" but its synonym 'source_url' on line 2 is \"https://a\"");
  // A plain 1 is a number, a quoted "1" a string: they differ.
  EXPECT_EQ(note.extras().field_findings[1].pos, (SourcePos{5, 1}));
  EXPECT_EQ(note.extras().field_findings[1].message, "'tag' is [\"1\",\"x\"] but its synonym 'tags' on line 4 is [1,\"x\"]");
}

TEST(SimpleFrontMatter, CorpusNotesReadAlikeBothWays) {
  const std::vector<std::string> edges{"related", "challenges", "tags"};
  const std::vector<std::vector<std::string>> synonyms{{"source_url", "sourceUrl", "source"}, {"tags", "tag"}};
  FieldChecks fast_checks;
  fast_checks.synonyms = &synonyms;
  IgnoringSink sink;
  FieldChecks force_yaml_cpp = fast_checks;
  force_yaml_cpp.sink = &sink;
  int taken = 0;
  const auto notes = corpus_notes();
  ASSERT_GT(notes.size(), 50u);
  for (const auto& path : notes) {
    const std::string content = file_text(path);
    const LineTable lines(content);
    const FrontMatterBlock block = find_front_matter(content, lines);
    if (!block.closed) continue;
    EXPECT_EQ(simple_front_matter_disagreement(block.yaml), "") << path;
    if (read_simple_front_matter(block.yaml)) ++taken;
    Note fast;
    Note slow;
    read_front_matter(block, edges, &fast, FrontMatterLimits{}, &fast_checks);
    read_front_matter(block, edges, &slow, FrontMatterLimits{}, &force_yaml_cpp);
    EXPECT_EQ(note_fields(fast), note_fields(slow)) << path;
  }
  EXPECT_GT(taken, 20);
}

}  // namespace
}  // namespace vaultlint
