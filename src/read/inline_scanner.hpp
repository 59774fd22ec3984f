#pragma once
/// Finds wikilinks, embeds and block ids in the raw bytes of a note's text
/// blocks, skipping inline code spans, HTML comments and escaped characters,
/// and notes where the HTML comments are.
/// Wikilinks are not Markdown, so they are read from the bytes as written:
/// cmark-gfm splits them over text nodes and its inline positions drift.

#include <string>
#include <string_view>
#include <vector>

#include "read/line_table.hpp"
#include "read/markdown_body.hpp"
#include "vaultlint/note.hpp"
#include "vaultlint/string_list.hpp"

namespace vaultlint {

/// A `<!-- ... -->` comment: `begin` at its '<', `end` just past its '>'.
struct HtmlComment {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct InlineScan {
  std::vector<Link> wikilinks;  ///< wikilinks and embeds, in order
  StringList block_ids;
  std::vector<HtmlComment> comments;  ///< complete comments outside code spans, in order
};

InlineScan scan_text_blocks(std::string_view content, const LineTable& lines,
                            const std::vector<TextBlock>& blocks);

/// Splits the inside of `[[...]]` into the link's written target, target and
/// fragment ("\|" read as "|"; cut at the first '|', then at the first '#').
void parse_wikilink_inner(std::string_view inner, Link* link);

}  // namespace vaultlint
