#include "read/inline_scanner.hpp"

#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vaultlint {
namespace {

struct Range {
  std::size_t begin;
  std::size_t end;  // exclusive
};

std::size_t backtick_run(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t n = 0;
  while (i + n < end && s[i + n] == '`') ++n;
  return n;
}

/// Offset of a closing run of exactly `n` backticks in [from, end), or npos.
std::size_t find_closing_run(std::string_view s, std::size_t from, std::size_t end, std::size_t n,
                             bool stop_at_pipe) {
  for (std::size_t i = from; i < end;) {
    if (stop_at_pipe && s[i] == '|' && s[i - 1] != '\\') return std::string_view::npos;
    if (s[i] != '`') {
      ++i;
      continue;
    }
    const std::size_t run = backtick_run(s, i, end);
    if (run == n) return i;
    i += run;
  }
  return std::string_view::npos;
}

bool starts_something(char c) { return c == '\\' || c == '`' || c == '<' || c == '['; }

/// The first byte in [i, end) that may start an escape, a code span, a
/// comment or a wikilink; `end` if none. Most of a note's text is none of
/// these, so it is skipped 16 bytes at a time where SSE2 is there (every
/// x86-64), one at a time elsewhere.
std::size_t next_interesting(std::string_view s, std::size_t i, std::size_t end) {
#if defined(__SSE2__)
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i backtick = _mm_set1_epi8('`');
  const __m128i less = _mm_set1_epi8('<');
  const __m128i bracket = _mm_set1_epi8('[');
  for (; i + 16 <= end; i += 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, backslash), _mm_cmpeq_epi8(chunk, backtick)),
                                      _mm_or_si128(_mm_cmpeq_epi8(chunk, less), _mm_cmpeq_epi8(chunk, bracket)));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
  }
#endif
  while (i < end && !starts_something(s[i])) ++i;
  return i;
}

bool is_block_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool in_ranges(const std::vector<Range>& ranges, std::size_t offset) {
  return std::any_of(ranges.begin(), ranges.end(),
                     [offset](const Range& r) { return offset >= r.begin && offset < r.end; });
}

/// A line ending in " ^id" (or being "^id") names a block.
void collect_block_id(std::string_view content, std::size_t line_begin, std::size_t line_end,
                      const std::vector<Range>& code, StringList& out) {
  std::size_t end = line_end;
  while (end > line_begin && (content[end - 1] == ' ' || content[end - 1] == '\t')) --end;
  std::size_t start = end;
  while (start > line_begin && is_block_id_char(content[start - 1])) --start;
  if (start == end || start == line_begin || content[start - 1] != '^') return;
  const std::size_t caret = start - 1;
  if (caret > line_begin && content[caret - 1] != ' ' && content[caret - 1] != '\t') return;
  if (in_ranges(code, caret)) return;
  out.push_back(content.substr(start, end - start));
}

class BlockScanner {
 public:
  BlockScanner(std::string_view content, const LineTable& lines, InlineScan& out)
      : s_(content), lines_(lines), out_(out) {}

  void scan(const TextBlock& block) {
    const int last_line = std::min(block.end_line, lines_.line_count());
    if (block.start_line < 1 || block.start_line > last_line) return;
    code_.clear();
    if (block.is_table) {
      // A table's rows are independent: code spans end at the row's end.
      for (int line = block.start_line; line <= last_line; ++line) {
        scan_range(lines_.start_of(line), lines_.end_of(line), true);
      }
    } else {
      const std::size_t begin =
          lines_.start_of(block.start_line) + static_cast<std::size_t>(block.start_column - 1);
      scan_range(std::min(begin, lines_.end_of(block.start_line)), lines_.end_of(last_line),
                 false);
    }
    for (int line = block.start_line; line <= last_line; ++line) {
      collect_block_id(s_, lines_.start_of(line), lines_.end_of(line), code_, out_.block_ids);
    }
  }

 private:
  void scan_range(std::size_t begin, std::size_t end, bool in_table) {
    std::size_t i = begin;
    while ((i = next_interesting(s_, i, end)) < end) {
      const char c = s_[i];
      if (c == '\\') {
        i += 2;
      } else if (c == '`') {
        const std::size_t run = backtick_run(s_, i, end);
        const std::size_t close = find_closing_run(s_, i + run, end, run, in_table);
        if (close == std::string_view::npos) {
          i += run;
        } else {
          code_.push_back(Range{i, close + run});
          i = close + run;
        }
      } else if (c == '<' && s_.substr(i, 4) == "<!--") {
        const std::size_t close = s_.find("-->", i + 4);
        if (close == std::string_view::npos || close + 3 > end) {
          ++i;
        } else {
          out_.comments.push_back(HtmlComment{i, close + 3});
          i = close + 3;
        }
      } else if (c == '[' && i + 1 < end && s_[i + 1] == '[') {
        i = scan_wikilink(i, end);
      } else {
        ++i;
      }
    }
  }

  /// `open` is at "[["; returns where scanning goes on.
  std::size_t scan_wikilink(std::size_t open, std::size_t end) {
    std::size_t i = open + 2;
    while (i < end) {
      const char c = s_[i];
      if (c == '\n' || c == '\r') return open + 2;  // a wikilink stays on one line
      if (c == '[' && i + 1 < end && s_[i + 1] == '[') return i;  // restart at the inner "[["
      if (c == ']' && i + 1 < end && s_[i + 1] == ']') break;
      ++i;
    }
    if (i >= end) return open + 2;
    const std::string_view inner = s_.substr(open + 2, i - open - 2);
    const std::size_t after = i + 2;
    if (inner.find_first_not_of(" \t") == std::string_view::npos) return after;
    Link link;
    const bool embed = open > 0 && s_[open - 1] == '!' && (open < 2 || s_[open - 2] != '\\');
    link.syntax = embed ? LinkSyntax::embed : LinkSyntax::wikilink;
    parse_wikilink_inner(inner, &link);
    link.pos = lines_.pos_of(embed ? open - 1 : open);
    out_.wikilinks.push_back(std::move(link));
    return after;
  }

  std::string_view s_;
  const LineTable& lines_;
  InlineScan& out_;
  std::vector<Range> code_;
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

void parse_wikilink_inner(std::string_view inner, Link* link) {
  // Only a `\|` (a table cell's escaped bar) changes the text; most links
  // are read where they are.
  std::string unescaped;
  std::string_view written = inner;
  if (inner.find("\\|") != std::string_view::npos) {
    unescaped.reserve(inner.size());
    for (std::size_t i = 0; i < inner.size(); ++i) {
      if (inner[i] == '\\' && i + 1 < inner.size() && inner[i + 1] == '|') continue;
      unescaped.push_back(inner[i]);
    }
    written = unescaped;
  }
  if (const auto bar = written.find('|'); bar != std::string_view::npos) {
    written = written.substr(0, bar);
  }
  std::string_view target = written;
  std::string_view fragment;
  if (const auto hash = written.find('#'); hash != std::string_view::npos) {
    target = written.substr(0, hash);
    fragment = written.substr(hash + 1);
  }
  fragment = trim(fragment);
  link->fragment_is_block = !fragment.empty() && fragment.front() == '^';
  if (link->fragment_is_block) fragment.remove_prefix(1);
  link->set_text(written, trim(target), fragment);
}

InlineScan scan_text_blocks(std::string_view content, const LineTable& lines,
                            const std::vector<TextBlock>& blocks) {
  InlineScan out;
  BlockScanner scanner(content, lines, out);
  for (const auto& block : blocks) scanner.scan(block);
  return out;
}

}  // namespace vaultlint
