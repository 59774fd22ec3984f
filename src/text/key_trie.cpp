#include "text/key_trie.hpp"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace vaultlint {
namespace {

/// The distinct keys, sorted, each with its number, as a CodePointTrie wants them.
struct TrieKeys {
  std::vector<std::u32string> keys;
  std::vector<std::uint32_t> ids;
};

/// Key indexes sorted by key, equal keys in the order given (so equal
/// inputs give equal tries); sorting is skipped when they already are, as
/// keys sorted by UTF-8 bytes usually are.
std::vector<std::uint32_t> sorted_order(const std::vector<std::u32string>& keys) {
  std::vector<std::uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  if (!std::is_sorted(keys.begin(), keys.end())) {
    std::sort(order.begin(), order.end(), [&keys](std::uint32_t a, std::uint32_t b) {
      return keys[a] != keys[b] ? keys[a] < keys[b] : a < b;
    });
  }
  return order;
}

/// The keys reversed, in an order that puts keys sharing a beginning
/// together, which is all a trie needs: by their bytes, which is faster than
/// by code points and orders distinct keys just as totally.
TrieKeys backwards(TrieKeys forwards) {
  for (auto& key : forwards.keys) std::reverse(key.begin(), key.end());
  const auto& keys = forwards.keys;
  std::vector<std::uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  std::sort(order.begin(), order.end(), [&keys](std::uint32_t a, std::uint32_t b) {
    const std::size_t common = std::min(keys[a].size(), keys[b].size());
    const int bytes = std::memcmp(keys[a].data(), keys[b].data(), common * sizeof(char32_t));
    return bytes != 0 ? bytes < 0 : keys[a].size() < keys[b].size();
  });
  TrieKeys out;
  out.keys.reserve(order.size());
  for (const std::uint32_t i : order) {
    out.keys.push_back(std::move(forwards.keys[i]));
    out.ids.push_back(forwards.ids[i]);
  }
  return out;
}

}  // namespace

KeyTrie::KeyTrie(std::vector<std::u32string> keys)
    : order_(sorted_order(keys)), forward_({}, {}), backward_({}, {}) {
  TrieKeys distinct;
  for (std::size_t k = 0; k < order_.size(); ++k) {
    std::u32string& key = keys[order_[k]];
    // Sorted, so "" can only come first, and a repeat follows its first.
    if (k > 0 && (key.empty() || (!distinct.keys.empty() && key == distinct.keys.back()))) continue;
    const auto id = static_cast<std::uint32_t>(starts_.size());
    starts_.push_back(static_cast<std::uint32_t>(k));
    if (key.empty()) {
      empty_key_ = id;
      continue;
    }
    distinct.keys.push_back(std::move(key));
    distinct.ids.push_back(id);
  }
  starts_.push_back(static_cast<std::uint32_t>(order_.size()));
  forward_ = CodePointTrie(distinct.keys, distinct.ids);
  const TrieKeys reversed = backwards(std::move(distinct));
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
