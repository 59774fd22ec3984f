#include "vaultlint/note.hpp"

#include <gtest/gtest.h>

#include <string>

#include "cache/note_codec.hpp"
#include "read/markdown_body.hpp"
#include "read/note_reader.hpp"

namespace vaultlint {
namespace {

Note read(std::string_view text) {
  register_markdown_extensions();
  ReaderOptions options;
  options.edge_fields = {"related"};
  Note note;
  note.path = "n.md";
  note.stem = "n";
  read_note_content(text, options, &note);
  return note;
}

// Most notes have no problems, findings or suppressions; they must not
// carry room for them, read or decoded from the cache.
TEST(Note, ACleanNoteHasNoExtras) {
  const Note note = read("---\nid: n\nrelated: [a]\n---\n# N\n\n[[a]] and ^b1\n");
  EXPECT_FALSE(note.has_extras());
  EXPECT_TRUE(note.extras().suppressions.empty());
  std::string bytes;
  encode_note(note, &bytes);
  Note decoded;
  ASSERT_TRUE(decode_note(bytes, &decoded));
  EXPECT_FALSE(decoded.has_extras());
}

TEST(Note, ExtrasAreReadDecodedAndCopiedWithTheNote) {
  const Note note = read("---\nid: [\n---\nbody <!-- vaultlint-disable-line broken-link -->\n");
  ASSERT_TRUE(note.has_extras());
  EXPECT_EQ(note.extras().front_matter_error.empty(), false);
  ASSERT_EQ(note.extras().suppressions.size(), 1u);
  std::string bytes;
  encode_note(note, &bytes);
  Note decoded;
  ASSERT_TRUE(decode_note(bytes, &decoded));
  ASSERT_TRUE(decoded.has_extras());
  EXPECT_EQ(decoded.extras().front_matter_error, note.extras().front_matter_error);
  EXPECT_EQ(decoded.extras().suppressions.size(), 1u);

  Note copy = note;  // a copy owns its own extras
  copy.mutable_extras().suppressions.clear();
  EXPECT_EQ(note.extras().suppressions.size(), 1u);
  Note assigned;
  assigned = copy;
  EXPECT_TRUE(assigned.has_extras());
  EXPECT_TRUE(assigned.extras().suppressions.empty());
  EXPECT_EQ(assigned.extras().front_matter_error, note.extras().front_matter_error);
}

}  // namespace
}  // namespace vaultlint
