#pragma once
/// Reads `<!-- vaultlint-... -->` suppression directives from a note's HTML
/// comments. Only comments that Markdown treats as HTML count: those in raw
/// HTML blocks and those inside text blocks outside code spans. Comments in
/// code are text and are never directives.

#include <cstddef>
#include <string_view>
#include <vector>

#include "read/inline_scanner.hpp"
#include "read/line_table.hpp"
#include "read/markdown_body.hpp"
#include "vaultlint/note.hpp"

namespace vaultlint {

/// The complete comments in the raw bytes of HTML blocks, in file order.
std::vector<HtmlComment> comments_in_html_blocks(std::string_view content, const LineTable& lines,
                                                 const std::vector<TextBlock>& html_blocks);

/// Appends the suppression (or the problem) a comment holds, if it is a
/// directive: its text starts with "vaultlint-". `comments` must be in file
/// order.
void read_suppression_comments(std::string_view content, const LineTable& lines,
                               const std::vector<HtmlComment>& comments, Note* note);

}  // namespace vaultlint
