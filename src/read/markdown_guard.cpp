#include "read/markdown_guard.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <string.h>  // memrchr (a GNU extension, so not in <cstring>)

namespace vaultlint {
namespace {

// Raw-HTML openers and their closers, by kind.
constexpr std::array<std::string_view, 4> kHtmlClosers = {"-->", "]]>", "?>", ">"};

/// The kind (index into kHtmlClosers) of the raw-HTML opener at text[i].
std::optional<std::size_t> html_opener_at(std::string_view text, std::size_t i) {
  const std::string_view rest = text.substr(i);
  if (rest.starts_with("<!--")) return 0;
  if (rest.starts_with("<![CDATA[")) return 1;
  if (rest.starts_with("<?")) return 2;
  if (rest.size() > 2 && rest.starts_with("<!") && std::isalpha(static_cast<unsigned char>(rest[2]))) {
    return 3;
  }
  return std::nullopt;
}

/// Where each kind's closer last occurs in `body` (npos when nowhere). Every
/// closer ends in '>', so one backward walk over the '>'s (memrchr) finds
/// them all; string_view::rfind would compare at every byte, four times,
/// and cost more than cmark-gfm's own parse.
std::array<std::size_t, kHtmlClosers.size()> last_closers(std::string_view body) {
  std::array<std::size_t, kHtmlClosers.size()> last;
  last.fill(std::string_view::npos);
  std::size_t missing = last.size();
  std::size_t end = body.size();
  while (missing > 0 && end > 0) {
    const void* hit = ::memrchr(body.data(), '>', end);
    if (hit == nullptr) break;
    const std::size_t gt = static_cast<std::size_t>(static_cast<const char*>(hit) - body.data());
    for (std::size_t kind = 0; kind < kHtmlClosers.size(); ++kind) {
      const std::string_view closer = kHtmlClosers[kind];
      if (last[kind] != std::string_view::npos || gt + 1 < closer.size()) continue;
      const std::size_t start = gt + 1 - closer.size();
      if (body.substr(start, closer.size()) == closer) {
        last[kind] = start;
        --missing;
      }
    }
    end = gt;
  }
  return last;
}

/// Openers with no closer anywhere after them: an opener is closed exactly
/// when the last closer of its kind lies after it, so one pass suffices.
std::optional<MarkdownRefusal> check_unclosed_html(std::string_view body, std::size_t body_offset,
                                                   const LineTable& lines, std::size_t limit) {
  const auto last_closer = last_closers(body);
  std::size_t unclosed = 0;
  for (std::size_t i = body.find('<'); i != std::string_view::npos; i = body.find('<', i + 1)) {
    const auto kind = html_opener_at(body, i);
    if (!kind) continue;
    if (last_closer[*kind] != std::string_view::npos && last_closer[*kind] > i) continue;
    if (++unclosed > limit) {
      return MarkdownRefusal{
          lines.pos_of(body_offset + i),
          fmt::format("body not parsed: more than {} raw HTML openings ('<!--', '<![CDATA[', "
                      "'<?', '<!X') are never closed, which makes cmark-gfm quadratic",
                      limit)};
    }
  }
  return std::nullopt;
}

bool is_delimiter_row(std::string_view line) {
  bool pipe = false;
  bool dash = false;
  for (const char c : line) {
    if (c == '|') {
      pipe = true;
    } else if (c == '-') {
      dash = true;
    } else if (c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  return pipe && dash;
}

/// Cells of a table row: '|'-separated parts, not counting an outer pipe
/// at either end; "\|" is no separator.
std::size_t cells_in_row(std::string_view line) {
  const auto first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return 0;
  line = line.substr(first, line.find_last_not_of(" \t") - first + 1);
  std::size_t pipes = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '|') {
      ++pipes;
    }
  }
  std::size_t cells = pipes + 1;
  if (line.front() == '|') --cells;
  if (line.size() > 1 && line.back() == '|' && cells > 0) --cells;
  return cells;
}

std::string table_message(std::size_t limit, const char* what) {
  return fmt::format("body not parsed: a table {} {}, which makes cmark-gfm quadratic", what, limit);
}

/// Columns of each table (its delimiter row), and the empty cells short
/// body rows would be padded with, up to the next blank line.
std::optional<MarkdownRefusal> check_tables(const LineTable& lines, int first_line,
                                            const MarkdownLimits& limits) {
  std::size_t padding = 0;
  for (int line = first_line; line <= lines.line_count(); ++line) {
    const std::string_view text = lines.text_of(line);
    if (!is_delimiter_row(text)) continue;
    const std::size_t columns = cells_in_row(text);
    if (columns > limits.max_table_columns) {
      return MarkdownRefusal{SourcePos{line, 1},
                             table_message(limits.max_table_columns, "has more columns than")};
    }
    for (++line; line <= lines.line_count(); ++line) {
      const std::string_view row = lines.text_of(line);
      if (row.find_first_not_of(" \t") == std::string_view::npos) break;
      const std::size_t cells = cells_in_row(row);
      if (cells < columns) padding += columns - cells;
      if (padding > limits.max_table_padding) {
        return MarkdownRefusal{
            SourcePos{line, 1},
            table_message(limits.max_table_padding, "has short rows: empty cells to pad exceed")};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<MarkdownRefusal> check_markdown_shape(std::string_view content, const LineTable& lines,
                                                    int skip_lines, const MarkdownLimits& limits) {
  if (skip_lines >= lines.line_count()) return std::nullopt;
  const std::size_t body_offset = skip_lines > 0 ? lines.start_of(skip_lines + 1) : 0;
  if (auto refusal =
          check_unclosed_html(content.substr(body_offset), body_offset, lines, limits.max_unclosed_html)) {
    return refusal;
  }
  return check_tables(lines, skip_lines + 1, limits);
}

}  // namespace vaultlint
