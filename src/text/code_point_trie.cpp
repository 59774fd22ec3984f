#include "text/code_point_trie.hpp"

#include <algorithm>

#include "text/osa_band.hpp"

namespace vaultlint {

CodePointTrie::CodePointTrie(const std::vector<std::u32string_view>& keys,
                             const std::vector<std::uint32_t>& ids) {
  // Each key after the first adds the nodes below the prefix it shares with
  // the key before it; the nodes of that key below it are then complete.
  std::vector<std::uint32_t> open;  // the nodes of the key before, by depth - 1
  const auto close_to = [this, &open](std::size_t depth) {
    for (; open.size() > depth; open.pop_back()) {
      Node& node = nodes_[open.back()];
      node.end = static_cast<std::uint32_t>(nodes_.size());
      if (open.size() > 1) {
        nodes_[open[open.size() - 2]].raise_longest(node.longest());
      }
    }
  };
  const auto shared_with_previous = [&keys](std::size_t k) -> std::size_t {
    if (k == 0) return 0;
    const std::u32string_view key = keys[k];
    return static_cast<std::size_t>(
        std::mismatch(key.begin(), key.end(), keys[k - 1].begin(), keys[k - 1].end()).first -
        key.begin());
  };
  // The exact count, not the sum of the keys' lengths: shared beginnings
  // make the trie far smaller than that bound, and a vocabulary of 100,000
  // notes' names would otherwise hold tens of megabytes it never uses.
  // Each shared length is kept for the second pass: finding it reads two
  // keys that sorted next to each other but lie apart in memory.
  std::size_t node_count = 0;
  std::vector<std::uint32_t> shared_lengths(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    shared_lengths[k] = static_cast<std::uint32_t>(shared_with_previous(k));
    node_count += keys[k].size() - shared_lengths[k];
  }
  nodes_.reserve(node_count);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const std::u32string_view key = keys[k];
    const std::size_t shared = shared_lengths[k];
    close_to(shared);
    for (std::size_t d = shared; d < key.size(); ++d) {
      open.push_back(static_cast<std::uint32_t>(nodes_.size()));
      nodes_.emplace_back(key[d], 0, kNone, key.size());
    }
    nodes_[open.back()].id = ids[k];
  }
  close_to(0);
}

void CodePointTrie::walk(std::u32string_view query, std::size_t bound, std::size_t split,
                         std::size_t split_bound, Closest& closest) const {
  const std::size_t n = query.size();
  const OsaBand band{query, bound};
  const std::size_t width = band.width();
  // One row per depth, for the path from the root to the current node; no
  // node deeper than n + bound + 1 is reached, its parent's row being all
  // over the bound. `split_met[d]`: the path down to depth d has met the
  // split condition.
  const std::size_t depths = n + bound + 2;
  std::vector<std::size_t> rows(depths * width);
  std::vector<char32_t> labels(depths);
  std::vector<char> split_met(depths);
  const auto row = [&rows, width](std::size_t depth) { return rows.data() + depth * width; };
  band.first_row(row(0));
  split_met[0] = band.cell(0, split, row(0)) <= split_bound;

  std::vector<std::uint32_t> ends;  // `end` of each node on the path
  for (std::uint32_t v = 0; v < nodes_.size();) {
    while (!ends.empty() && ends.back() <= v) ends.pop_back();
    const Node& node = nodes_[v];
    const std::size_t d = ends.size() + 1;
    labels[d] = node.label();
    const std::size_t row_min = band.next_row(d, labels[d], labels[d - 1], row(d > 1 ? d - 2 : 0),
                                              row(d - 1), row(d));
    // Rows only grow down a branch, the part up to the split column too.
    split_met[d] = split_met[d - 1] || band.cell(d, split, row(d)) <= split_bound;
    if (row_min > closest.best || (node.longest() < Node::kLongLength && node.longest() + closest.best < n) ||
        (!split_met[d] && band.min_through(d, split, row(d)) > split_bound)) {
      v = node.end;
      continue;
    }
    if (node.id != kNone) closest.offer(band.cell(d, n, row(d)), node.id);
    ends.push_back(node.end);
    ++v;
  }
}

}  // namespace vaultlint
