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

/// The (already reversed) keys in an order that puts keys sharing a
/// beginning together, which is all a trie needs: by their bytes, which is
/// faster than by code points and orders distinct keys just as totally.
TrieKeys by_bytes(const TrieKeys& keys) {
  std::vector<std::uint32_t> order(keys.keys.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  std::sort(order.begin(), order.end(), [&keys](std::uint32_t a, std::uint32_t b) {
    const std::u32string_view x = keys.keys[a], y = keys.keys[b];
    const std::size_t common = std::min(x.size(), y.size());
    const int bytes = std::memcmp(x.data(), y.data(), common * sizeof(char32_t));
    return bytes != 0 ? bytes < 0 : x.size() < y.size();
  });
  TrieKeys out;
  out.keys.reserve(order.size());
  out.ids.reserve(order.size());
  for (const std::uint32_t i : order) {
    out.keys.push_back(keys.keys[i]);
    out.ids.push_back(keys.ids[i]);
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
  const TrieKeys reversed = by_bytes(distinct);
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
