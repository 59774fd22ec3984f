#include "text/key_trie.hpp"

#include <algorithm>
#include <numeric>

#include "text/edit_distance.hpp"

namespace vaultlint {
namespace {

/// The distinct keys, sorted, each with its number, as a CodePointTrie wants them.
struct TrieKeys {
  std::vector<std::u32string_view> keys;
  std::vector<std::uint32_t> ids;
};

/// Key indexes sorted by key, equal keys in the order given (so equal
/// inputs give equal tries); sorting is skipped when they already are, as
/// keys sorted by UTF-8 bytes usually are.
std::vector<std::uint32_t> sorted_order(const CodePointKeys& keys) {
  std::vector<std::uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  bool sorted = true;
  for (std::size_t i = 1; i < keys.size() && sorted; ++i) sorted = !(keys[i] < keys[i - 1]);
  if (!sorted) {
    std::sort(order.begin(), order.end(), [&keys](std::uint32_t a, std::uint32_t b) {
      return keys[a] != keys[b] ? keys[a] < keys[b] : a < b;
    });
  }
  return order;
}

/// Appends `code_point` in UTF-8's scheme, which orders bytes as it orders
/// code points: a sort by these bytes is a sort by code points, and ASCII
/// takes one byte rather than four. Only the low 21 bits are kept, as in a
/// trie's label. Not utf8proc's encoder and append_code_points(): they stop
/// at U+10FFFF and refuse surrogates, and the round trip here must give
/// back every value a label can hold.
void append_ordered_bytes(char32_t code_point, std::string* out) {
  const std::uint32_t c = code_point & 0x1FFFFF;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

/// Appends the code points of bytes that append_ordered_bytes() wrote.
void decode_ordered_bytes(std::string_view bytes, std::u32string* out) {
  for (std::size_t i = 0; i < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::uint32_t c = length == 1 ? lead : lead & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3Fu);
    out->push_back(static_cast<char32_t>(c));
    i += length;
  }
}

/// The (distinct, non-empty) keys read backwards, sorted and end to end, as
/// the backward trie reads them. Sorted as bytes, by radix (spreadsort), in
/// a buffer a quarter of the code points' size for ASCII: at 100,000 names,
/// sorting the code points themselves spent most of its time on keys that
/// end alike, each comparison two reads far apart in memory.
struct ReversedKeys {
  CodePointKeys keys;
  std::vector<std::uint32_t> ids;

  explicit ReversedKeys(const TrieKeys& forward) {
    PackedStrings<char> bytes;
    std::size_t code_point_count = 0;
    for (const std::u32string_view key : forward.keys) {
      code_point_count += key.size();
      bytes.push_back_with([key](std::string* out) {
        for (auto c = key.rbegin(); c != key.rend(); ++c) append_ordered_bytes(*c, out);
      });
    }
    const std::vector<std::uint32_t> order = order_by_bytes(bytes);
    keys.reserve(order.size(), code_point_count);
    ids.reserve(order.size());
    for (const std::uint32_t i : order) {
      keys.push_back_with([&bytes, i](std::u32string* out) { decode_ordered_bytes(bytes[i], out); });
      ids.push_back(forward.ids[i]);
    }
  }
};

}  // namespace

CodePointKeys::CodePointKeys(const std::vector<std::u32string>& keys) {
  for (const auto& key : keys) push_back(key);
}

void CodePointKeys::push_back_utf8(std::string_view text) {
  push_back_with([text](std::u32string* chars) { append_code_points(text, chars); });
}

KeyTrie::KeyTrie(CodePointKeys keys)
    : order_(sorted_order(keys)), forward_({}, {}), backward_({}, {}) {
  TrieKeys distinct;
  for (std::size_t k = 0; k < order_.size(); ++k) {
    const std::u32string_view key = keys[order_[k]];
    // Sorted, so "" can only come first, and a repeat follows its first.
    if (k > 0 && (key.empty() || (!distinct.keys.empty() && key == distinct.keys.back()))) continue;
    const auto id = static_cast<std::uint32_t>(starts_.size());
    starts_.push_back(static_cast<std::uint32_t>(k));
    if (key.empty()) {
      empty_key_ = id;
      continue;
    }
    distinct.keys.push_back(key);
    distinct.ids.push_back(id);
  }
  starts_.push_back(static_cast<std::uint32_t>(order_.size()));
  forward_ = CodePointTrie(distinct.keys, distinct.ids);
  // The forward keys are not needed past here: freed before the backward
  // trie is built, which is when this index's memory peaks.
  const ReversedKeys reversed(distinct);
  distinct = TrieKeys{};
  keys = CodePointKeys{};
  std::vector<std::u32string_view> reversed_keys(reversed.keys.size());
  for (std::size_t k = 0; k < reversed_keys.size(); ++k) reversed_keys[k] = reversed.keys[k];
  backward_ = CodePointTrie(reversed_keys, reversed.ids);
}

std::vector<std::uint32_t> KeyTrie::closest(std::u32string_view query, std::size_t bound) const {
  const std::size_t n = query.size();
  Closest closest{bound, {}};
  if (empty_key_ != kNone) closest.offer(n, empty_key_);
  if (n < 2) {
    forward_.walk(query, bound, n, bound, closest);
  } else {
    // Cut the query after `half` code points. An alignment within k edits
    // puts at most k / 2 of them in the first half, or at most k - 1 - k / 2
    // in the second. A swap across the cut counts in neither and moves only
    // the two code points next to it, so each half is checked without its
    // code point next to the cut.
    const std::size_t half = n / 2;
    const std::size_t front_bound = bound / 2;
    forward_.walk(query, bound, half - 1, front_bound, closest);
    if (bound > 0) {
      const std::u32string reversed(query.rbegin(), query.rend());
      backward_.walk(reversed, bound, n - half - 1, bound - 1 - front_bound, closest);
    }
  }
  std::sort(closest.keys.begin(), closest.keys.end());
  closest.keys.erase(std::unique(closest.keys.begin(), closest.keys.end()), closest.keys.end());
  std::vector<std::uint32_t> out;
  for (const std::uint32_t key : closest.keys) {
    out.insert(out.end(), order_.begin() + starts_[key], order_.begin() + starts_[key + 1]);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace vaultlint
