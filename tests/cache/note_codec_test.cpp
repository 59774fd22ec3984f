#include "cache/note_codec.hpp"

#include <gtest/gtest.h>

#include "support/temp_vault.hpp"

namespace {

std::string encoded(const vaultlint::Note& note) {
  std::string bytes;
  vaultlint::encode_note(note, &bytes);
  return bytes;
}

}  // namespace

TEST(NoteCodec, AReadNoteRoundTripsField_by_field) {
  vaultlint::testing::TempVault folder;
  folder.write("n.md",
               "---\nid: n-1\ntype: claim\naliases: [N]\ntags: [a, b]\nrelated: [x, \"y\"]\n"
               "challenges: prose here\nsource_url: ''\nsource_title: A\nsourceTitle: B\n---\n# Title\n## Part ^\n"
               "See [[x#Part]] and ![[y#^blk]] and [t](z.md#h).\ntext ^blk\n"
               "<!-- vaultlint-disable-next-line broken-link nosuch-rule -->\n[[gone]]\n"
               "<!-- vaultlint-bogus -->\n");
  folder.write("bad.md", "---\nid: [unclosed\n---\n");
  std::string quadratic = "# Q\n\n";
  for (int i = 0; i < 1001; ++i) quadratic += "a <![CDATA[";
  folder.write("q.md", quadratic);  // not given to cmark-gfm
  const auto vault = folder.load();
  for (const auto& original : vault.notes) {
    vaultlint::Note copy;
    copy.path = original.path;
    copy.stem = original.stem;
    ASSERT_TRUE(vaultlint::decode_note(encoded(original), &copy)) << original.path;
    EXPECT_EQ(encoded(copy), encoded(original));
    EXPECT_EQ(copy.id, original.id);
    EXPECT_EQ(copy.front_matter, original.front_matter);
    EXPECT_EQ(copy.extras().front_matter_error, original.extras().front_matter_error);
    EXPECT_EQ(copy.tags, original.tags);
    EXPECT_EQ(copy.heading_keys, original.heading_keys);
    EXPECT_EQ(copy.block_ids, original.block_ids);
    ASSERT_EQ(copy.links.size(), original.links.size());
    for (std::size_t i = 0; i < copy.links.size(); ++i) {
      EXPECT_EQ(copy.links[i].written(), original.links[i].written());
      EXPECT_EQ(copy.links[i].fragment_is_block, original.links[i].fragment_is_block);
      EXPECT_EQ(copy.links[i].pos, original.links[i].pos);
    }
    ASSERT_EQ(copy.extras().suppressions.size(), original.extras().suppressions.size());
    for (std::size_t i = 0; i < copy.extras().suppressions.size(); ++i) {
      EXPECT_EQ(copy.extras().suppressions[i].kind, original.extras().suppressions[i].kind);
      EXPECT_EQ(copy.extras().suppressions[i].line, original.extras().suppressions[i].line);
      EXPECT_EQ(copy.extras().suppressions[i].rules.back().name, original.extras().suppressions[i].rules.back().name);
      EXPECT_EQ(copy.extras().suppressions[i].rules.back().pos, original.extras().suppressions[i].rules.back().pos);
    }
    ASSERT_EQ(copy.extras().suppression_problems.size(), original.extras().suppression_problems.size());
    EXPECT_EQ(copy.type_pos, original.type_pos);
    EXPECT_EQ(copy.extras().body_not_parsed, original.extras().body_not_parsed);
    EXPECT_EQ(copy.extras().body_not_parsed_pos, original.extras().body_not_parsed_pos);
    ASSERT_EQ(copy.extras().field_findings.size(), original.extras().field_findings.size());
    for (std::size_t i = 0; i < copy.extras().field_findings.size(); ++i) {
      EXPECT_EQ(copy.extras().field_findings[i].rule, original.extras().field_findings[i].rule);
      EXPECT_EQ(copy.extras().field_findings[i].pos, original.extras().field_findings[i].pos);
      EXPECT_EQ(copy.extras().field_findings[i].message, original.extras().field_findings[i].message);
      EXPECT_EQ(copy.extras().field_findings[i].target, original.extras().field_findings[i].target);
    }
    ASSERT_EQ(copy.field_refs.size(), original.field_refs.size());
    for (std::size_t i = 0; i < copy.field_refs.size(); ++i) {
      EXPECT_EQ(copy.field_refs[i].value, original.field_refs[i].value);
      EXPECT_EQ(copy.field_refs[i].pos, original.field_refs[i].pos);
      EXPECT_EQ(copy.field_refs[i].in_list, original.field_refs[i].in_list);
    }
  }
  EXPECT_EQ(vault.notes[1].links.size(), 4u);  // n.md really had links to carry
  ASSERT_EQ(vault.notes[1].extras().suppressions.size(), 1u);  // ... and suppressions
  EXPECT_EQ(vault.notes[1].extras().suppressions[0].rules.size(), 2u);
  EXPECT_EQ(vault.notes[1].extras().suppression_problems.size(), 1u);
  EXPECT_EQ(vault.notes[1].extras().field_findings.size(), 1u);  // ... and a synonym conflict
  EXPECT_EQ(vault.notes[1].type_pos, (vaultlint::SourcePos{3, 7}));
  EXPECT_EQ(vault.notes[2].extras().body_not_parsed_pos, (vaultlint::SourcePos{3, 11003}));  // q.md: the 1001st opening
  EXPECT_FALSE(vault.notes[2].extras().body_not_parsed.empty());
}

TEST(NoteCodec, EveryTruncationAndAnExtraByteAreRefused) {
  vaultlint::testing::TempVault folder;
  folder.write("n.md", "---\nid: n\ntags: [a]\n---\n# T\n[[x]]\n");
  const auto bytes = encoded(folder.load().notes[0]);
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    vaultlint::Note note;
    EXPECT_FALSE(vaultlint::decode_note(std::string_view(bytes).substr(0, size), &note)) << size;
  }
  vaultlint::Note note;
  EXPECT_FALSE(vaultlint::decode_note(bytes + "x", &note));
}
