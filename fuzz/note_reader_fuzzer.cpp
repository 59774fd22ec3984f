// libFuzzer target: one note's bytes through the whole reader (guards,
// front matter with yaml-cpp, body with cmark-gfm, inline scanner).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/markdown_body.hpp"
#include "read/note_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vaultlint::register_markdown_extensions();
  vaultlint::ReaderOptions options;
  options.edge_fields = {"related", "challenges"};
  vaultlint::Note note;
  note.path = "fuzz.md";
  note.stem = "fuzz";
  vaultlint::read_note_content(std::string_view(reinterpret_cast<const char*>(data), size), options,
                               &note);
  return 0;
}
