#include "read/simple_front_matter.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace vaultlint {
namespace {

using Line = std::string_view;

constexpr std::size_t kLongestKey = 1000;

/// Thrown (and caught below) for any text outside the subset.
struct Declined {};

bool is_null_word(std::string_view text) {
  // yaml-cpp reads these plain scalars as null nodes, not strings.
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == '/';
}

bool is_plain_flow_char(char c) {
  return is_key_char(c) || c == ' ' || static_cast<unsigned char>(c) >= 0x80;
}

/// Characters that may not start a plain scalar (YAML's c-indicators), and
/// '-', '?' and ':' whatever follows them: the subset does without them.
bool starts_something_else(char c) {
  return std::strchr("-?:,[]{}#&*!|>'\"%@`", c) != nullptr;
}

/// The bytes split_lines must look at again: control bytes (a '\n' ends a
/// line, and a '\r' may come before it) and the first bytes of the code
/// points below. Most front matter has none but its line breaks, so most
/// bytes cost one look-up here instead of five comparisons.
constexpr std::array<bool, 256> kSuspectBytes = [] {
  std::array<bool, 256> suspect{};
  for (int c = 0; c < 0x20; ++c) suspect[c] = true;
  suspect[0x7f] = suspect[0xc2] = suspect[0xe2] = suspect[0xef] = true;
  return suspect;
}();

/// Declines the control bytes other than line breaks (tabs, a '\r' not
/// before a '\n') and the code points YAML 1.1 or yaml-cpp may read as line
/// breaks or byte-order marks (U+0085, U+2028, U+2029, U+FEFF). yaml-cpp
/// keeps a '\r' that ends the text without a '\n' as part of the last
/// scalar, so that one is declined too.
void decline_other_breaks(std::string_view yaml) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(yaml.data());
  for (std::size_t i = 0; i < yaml.size(); ++i) {
    const unsigned char c = bytes[i];
    if (!kSuspectBytes[c] || c == '\n') continue;
    if (c == '\r' && i + 1 < yaml.size() && bytes[i + 1] == '\n') continue;
    if (c < 0x20 || c == 0x7f) throw Declined{};
    const std::string_view rest = yaml.substr(i, 3);
    if (c == 0xc2 && rest.substr(0, 2) == "\xc2\x85") throw Declined{};
    if (c == 0xe2 && rest >= "\xe2\x80\xa8" && rest <= "\xe2\x80\xa9") throw Declined{};
    if (c == 0xef && rest == "\xef\xbb\xbf") throw Declined{};
  }
}

/// Splits on '\n', dropping a '\r' before it.
std::vector<Line> split_lines(std::string_view yaml) {
  decline_other_breaks(yaml);
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= yaml.size()) {
    std::size_t end = yaml.find('\n', start);
    if (end == std::string_view::npos) end = yaml.size();
    Line line = yaml.substr(start, end - start);
    if (end < yaml.size() && !line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::size_t indent_of(Line line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? line.size() : first;
}

bool is_blank(Line line) { return indent_of(line) == line.size(); }

/// After a value: only blanks, or blanks and then a comment.
void expect_line_end(Line line, std::size_t pos) {
  const std::size_t next = line.find_first_not_of(' ', pos);
  if (next == std::string_view::npos) return;
  if (line[next] == '#' && next > pos) return;
  throw Declined{};
}

/// A quoted scalar opening at `pos`, closed on the same line, without
/// escapes (so its text is a view of the line). Sets `pos` past the quote.
std::string_view quoted(Line line, std::size_t& pos) {
  const char quote = line[pos];
  const std::size_t close = line.find(quote, pos + 1);
  if (close == std::string_view::npos) throw Declined{};
  const std::string_view text = line.substr(pos + 1, close - pos - 1);
  if (quote == '"' && text.find('\\') != std::string_view::npos) throw Declined{};
  if (quote == '\'' && close + 1 < line.size() && line[close + 1] == '\'') throw Declined{};
  pos = close + 1;
  return text;
}

/// A scalar value in block context starting at `pos` (not blank, not a
/// comment), to the end of the line.
SimpleScalar block_scalar(Line line, int line_number, std::size_t pos) {
  SimpleScalar out{{}, line_number, static_cast<int>(pos)};
  if (line[pos] == '"' || line[pos] == '\'') {
    out.text = quoted(line, pos);
    out.quoted = true;
    expect_line_end(line, pos);
    return out;
  }
  if (starts_something_else(line[pos])) throw Declined{};
  std::size_t end = line.find(" #", pos);
  if (end == std::string_view::npos) end = line.size();
  std::string_view text = line.substr(pos, end - pos);
  text = text.substr(0, text.find_last_not_of(' ') + 1);
  // "a: b" inside a value, or a trailing ':', is a nested mapping (or an error).
  if (text.find(": ") != std::string_view::npos || text.back() == ':') throw Declined{};
  out.text = text;
  out.null = is_null_word(text);
  return out;
}

/// `[a, "b", c]` opening at `pos` and closed on the same line.
void flow_sequence(Line line, int line_number, std::size_t pos, SimpleEntry* entry) {
  entry->kind = SimpleValueKind::sequence;
  ++pos;  // '['
  pos = line.find_first_not_of(' ', pos);
  if (pos != std::string_view::npos && line[pos] == ']') return expect_line_end(line, pos + 1);
  while (true) {
    if (pos == std::string_view::npos) throw Declined{};
    SimpleScalar item{{}, line_number, static_cast<int>(pos)};
    if (line[pos] == '"' || line[pos] == '\'') {
      item.text = quoted(line, pos);
      item.quoted = true;
    } else {
      if (starts_something_else(line[pos])) throw Declined{};
      const std::size_t end = line.find_first_of(",]", pos);
      if (end == std::string_view::npos) throw Declined{};
      std::string_view text = line.substr(pos, end - pos);
      text = text.substr(0, text.find_last_not_of(' ') + 1);
      // yaml-cpp's flow scanner gives meaning to more characters than YAML
      // does (a '?' inside an item is an "unknown token"): items keep to
      // letters, digits, spaces, "-_./" and non-ASCII.
      if (!std::all_of(text.begin(), text.end(), is_plain_flow_char)) throw Declined{};
      item.text = text;
      item.null = is_null_word(text);
      pos = end;
    }
    entry->values.push_back(item);
    pos = line.find_first_not_of(' ', pos);
    if (pos == std::string_view::npos) throw Declined{};
    if (line[pos] == ']') return expect_line_end(line, pos + 1);
    if (line[pos] != ',') throw Declined{};
    pos = line.find_first_not_of(' ', pos + 1);
    if (pos != std::string_view::npos && line[pos] == ']') throw Declined{};  // trailing comma
  }
}

/// `- item` lines at one indentation, from `lines[next]` on. Returns the
/// line after the sequence.
std::size_t block_sequence(const std::vector<Line>& lines, std::size_t next, SimpleEntry* entry) {
  entry->kind = SimpleValueKind::sequence;
  const std::size_t indent = indent_of(lines[next]);
  for (; next < lines.size(); ++next) {
    const Line line = lines[next];
    if (is_blank(line)) continue;
    const std::size_t at = indent_of(line);
    if (line[at] == '#' && (at == 0 || at == indent)) continue;
    if (at != indent) {
      if (at == 0) break;  // the next key
      throw Declined{};    // a continuation line, a nested node, or an error
    }
    if (line[at] != '-') {
      if (at == 0) break;
      throw Declined{};
    }
    if (at + 1 < line.size() && line[at + 1] != ' ') throw Declined{};
    const std::size_t value = line.find_first_not_of(' ', at + 1);
    if (value == std::string_view::npos || line[value] == '#') {
      // "-" alone: a null item (yaml-cpp marks it wherever the next token is).
      entry->values.push_back(SimpleScalar{{}, static_cast<int>(next), static_cast<int>(at), false, true});
      continue;
    }
    entry->values.push_back(block_scalar(line, static_cast<int>(next), value));
  }
  return next;
}

std::vector<SimpleEntry> read_entries(std::string_view yaml) {
  const std::vector<Line> lines = split_lines(yaml);
  std::vector<SimpleEntry> entries;
  std::size_t next = 0;
  while (next < lines.size()) {
    const Line line = lines[next];
    if (is_blank(line) || line[0] == '#') {
      ++next;
      continue;
    }
    std::size_t colon = 0;
    while (colon < line.size() && is_key_char(line[colon])) ++colon;
    if (colon == 0 || colon == line.size() || line[colon] != ':' || starts_something_else(line[0])) {
      throw Declined{};
    }
    if (colon + 1 < line.size() && line[colon + 1] != ' ') throw Declined{};
    // YAML caps an implicit key at 1024 characters; yaml-cpp refuses longer ones.
    if (colon > kLongestKey) throw Declined{};
    SimpleEntry entry;
    entry.key = SimpleScalar{line.substr(0, colon), static_cast<int>(next), 0};
    if (is_null_word(entry.key.text) || entry.key.text == "vaultlint") throw Declined{};
    for (const SimpleEntry& seen : entries) {
      if (seen.key.text == entry.key.text) throw Declined{};
    }
    const std::size_t value = line.find_first_not_of(' ', colon + 1);
    ++next;
    if (value == std::string_view::npos || line[value] == '#') {
      // Nothing on the key's line: a null, or a block sequence below.
      std::size_t below = next;
      while (below < lines.size() && (is_blank(lines[below]) || lines[below][indent_of(lines[below])] == '#')) {
        ++below;
      }
      if (below < lines.size()) {
        const std::size_t at = indent_of(lines[below]);
        if (lines[below][at] == '-') {
          next = block_sequence(lines, below, &entry);
        } else if (at > 0) {
          throw Declined{};  // a nested mapping or a multi-line scalar
        }
      }
    } else if (line[value] == '[') {
      flow_sequence(line, entry.key.line, value, &entry);
    } else {
      const SimpleScalar scalar = block_scalar(line, entry.key.line, value);
      if (!scalar.null) {
        entry.kind = SimpleValueKind::scalar;
        entry.values.push_back(scalar);
      }
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace

std::optional<std::vector<SimpleEntry>> read_simple_front_matter(std::string_view yaml) {
  try {
    return read_entries(yaml);
  } catch (const Declined&) {
    return std::nullopt;
  }
}

}  // namespace vaultlint
