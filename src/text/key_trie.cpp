#include "text/key_trie.hpp"

#include <algorithm>
#include <cstring>
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

/// The first three code points of `key` (each plus one, so that a key
/// ending sooner is smaller) in 21 bits each from the top: comparing two of
/// these compares the keys' beginnings. The map is monotone, so the
/// packed order never contradicts the keys' own.
std::uint64_t packed_start(std::u32string_view key) {
  constexpr std::uint64_t kLargest = 0x10FFFF;
  std::uint64_t packed = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    packed = (packed << 21) | (i < key.size() ? std::min<std::uint64_t>(key[i], kLargest) + 1 : 0);
  }
  return packed;
}

/// The (already reversed) distinct keys in a lexicographic order, which
/// puts keys sharing a beginning together, as a trie needs. Sorted by their
/// packed beginnings first, which settles most comparisons without reading
/// the keys.
TrieKeys in_order(const TrieKeys& keys) {
  struct Entry {
    std::uint64_t start;
    std::uint32_t index;
  };
  std::vector<Entry> entries(keys.keys.size());
  for (std::uint32_t i = 0; i < entries.size(); ++i) entries[i] = {packed_start(keys.keys[i]), i};
  std::sort(entries.begin(), entries.end(), [&keys](const Entry& a, const Entry& b) {
    if (a.start != b.start) return a.start < b.start;
    // Equal beginnings. The rest is compared by its bytes, which orders
    // each later code point by its bytes rather than its value: still a
    // lexicographic order, as a trie needs, and memcmp is the faster.
    const std::u32string_view whole_x = keys.keys[a.index], whole_y = keys.keys[b.index];
    const std::size_t skip = std::min({std::size_t{3}, whole_x.size(), whole_y.size()});
    const std::u32string_view x = whole_x.substr(skip), y = whole_y.substr(skip);
    const int bytes = std::memcmp(x.data(), y.data(), std::min(x.size(), y.size()) * sizeof(char32_t));
    return bytes != 0 ? bytes < 0 : x.size() < y.size();
  });
  TrieKeys out;
  out.keys.reserve(entries.size());
  out.ids.reserve(entries.size());
  for (const Entry& entry : entries) {
    out.keys.push_back(keys.keys[entry.index]);
    out.ids.push_back(keys.ids[entry.index]);
  }
  return out;
}

}  // namespace

CodePointKeys::CodePointKeys(const std::vector<std::u32string>& keys) {
  for (const auto& key : keys) push_back(key);
}

void CodePointKeys::push_back(std::u32string_view key) {
  chars_.append(key);
  ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
}

void CodePointKeys::push_back_utf8(std::string_view text) {
  append_code_points(text, &chars_);
  ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
}

void CodePointKeys::reverse_each() {
  std::uint32_t begin = 0;
  for (const std::uint32_t end : ends_) {
    std::reverse(chars_.begin() + begin, chars_.begin() + end);
    begin = end;
  }
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
  // The views in `distinct` see the keys reversed from here on.
  keys.reverse_each();
  const TrieKeys reversed = in_order(distinct);
  backward_ = CodePointTrie(reversed.keys, reversed.ids);
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
