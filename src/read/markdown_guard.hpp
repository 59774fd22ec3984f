#pragma once
/// Shapes of Markdown on which Debian's cmark-gfm 0.29.0.gfm.6 takes
/// quadratic time, found in the raw bytes before it parses them (see
/// docs/hostile-input.md for the measurements behind each limit).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "read/line_table.hpp"

namespace vaultlint {

struct MarkdownLimits {
  /// '<![CDATA[', '<?', '<!X' and '<!--' with no closer after them: each is
  /// rescanned to the end of its paragraph by cmark-gfm before 0.29.0.gfm.7.
  std::size_t max_unclosed_html = 1000;
  /// Columns of one table: every row costs time in the column count squared.
  std::size_t max_table_columns = 1000;
  /// Empty cells cmark-gfm adds to pad short table rows (upstream later
  /// capped these at 0x80000; we stop far earlier, at 0x10000).
  std::size_t max_table_padding = 0x10000;
};

struct MarkdownRefusal {
  SourcePos pos;
  std::string message;
};

/// Checks the body (the lines after `skip_lines`) in one linear pass.
std::optional<MarkdownRefusal> check_markdown_shape(std::string_view content, const LineTable& lines,
                                                    int skip_lines,
                                                    const MarkdownLimits& limits = MarkdownLimits{});

}  // namespace vaultlint
