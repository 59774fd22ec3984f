#pragma once
/// What cmark-gfm tells about a note's body: where the text blocks are (so
/// that code and raw HTML are never scanned for links), the headings, and
/// the Markdown links.

#include <string>
#include <string_view>
#include <vector>

#include "read/line_table.hpp"

namespace vaultlint {

/// A paragraph, heading or table: the only blocks whose text can hold links.
struct TextBlock {
  int start_line = 1;
  int start_column = 1;
  int end_line = 1;
  bool is_table = false;
};

struct HeadingInfo {
  int level = 1;
  int line = 1;
  std::string text;
};

struct MarkdownLinkInfo {
  std::string url;
  SourcePos pos;  ///< the '[' (the '!' of an image)
};

struct BodyStructure {
  std::vector<TextBlock> text_blocks;
  std::vector<TextBlock> html_blocks;  ///< raw HTML blocks (is_table false)
  std::vector<HeadingInfo> headings;
  std::vector<MarkdownLinkInfo> links;
};

/// Must be called once, on the main thread, before any parse: cmark-gfm's
/// extension registry is not thread-safe.
void register_markdown_extensions();

/// Parses `content` (the note without its BOM; front-matter lines must be
/// blanked out by `skip_lines`) with cmark-gfm and the table and tasklist
/// extensions. Safe to call from many threads at once (see
/// docs/architecture.md: no extension that writes cmark's global
/// special-character table is attached).
BodyStructure parse_markdown_body(std::string_view content, const LineTable& lines, int skip_lines);

}  // namespace vaultlint
