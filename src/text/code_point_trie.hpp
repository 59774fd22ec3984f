#pragma once
/// A trie of code-point keys walked with the banded distance table
/// (text/osa_band.hpp): one direction of a KeyTrie.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vaultlint {

/// The keys closest to a query so far, and how close that is.
struct Closest {
  std::size_t best;                 ///< no key further than this is wanted
  std::vector<std::uint32_t> keys;  ///< keys at distance `best`, maybe twice

  void offer(std::size_t distance, std::uint32_t key) {
    if (distance > best) return;
    if (distance < best) keys.clear();
    best = distance;
    keys.push_back(key);
  }
};

class CodePointTrie {
 public:
  /// `keys` distinct, not empty, and sorted in some lexicographic order (by
  /// code point or by byte: keys that share a beginning must be together);
  /// `ids[i]` is what a walk reports for keys[i].
  CodePointTrie(const std::vector<std::u32string_view>& keys, const std::vector<std::uint32_t>& ids);

  /// Offers to `closest` the distance of every key at most closest.best from
  /// `query` for which some prefix of the key is at most `split_bound` edits
  /// from the first `split` code points of the query (and perhaps of others).
  /// closest.best must not exceed `bound`, which sets the width of the table.
  /// A branch is left as soon as no key in it can meet both conditions.
  void walk(std::u32string_view query, std::size_t bound, std::size_t split,
            std::size_t split_bound, Closest& closest) const;

  std::size_t node_count() const { return nodes_.size(); }

 private:
  /// In depth-first order, so a node's subtree is the run of nodes up to
  /// `end`, and skipping it is one jump.
  /// Twelve bytes, not sixteen: a label needs 21 bits, and the length test
  /// only needs the longest key's length while it is short, so the two share
  /// a word (the backward trie of 100,000 names has millions of nodes).
  struct Node {
    std::uint32_t label_and_longest;  ///< label in the low 21 bits
    std::uint32_t end;                ///< one past the last node under this one
    std::uint32_t id;                 ///< the id of the key ending here, or kNone

    static constexpr int kLabelBits = 21;
    /// A longest length of this or more is stored as this, and means "long
    /// enough for any query": no branch is cut by its length.
    static constexpr std::uint32_t kLongLength = (1u << (32 - kLabelBits)) - 1;

    Node(char32_t label, std::uint32_t end, std::uint32_t id, std::size_t longest)
        : label_and_longest(static_cast<std::uint32_t>(label) |
                            (static_cast<std::uint32_t>(std::min<std::size_t>(longest, kLongLength))
                             << kLabelBits)),
          end(end),
          id(id) {}
    char32_t label() const { return label_and_longest & ((1u << kLabelBits) - 1); }
    /// The longest key under this node, in code points, at most kLongLength.
    std::uint32_t longest() const { return label_and_longest >> kLabelBits; }
    void raise_longest(std::uint32_t longest) {
      if (longest > this->longest()) {
        label_and_longest = (label_and_longest & ((1u << kLabelBits) - 1)) | (longest << kLabelBits);
      }
    }
  };
  static_assert(sizeof(Node) == 12);
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  std::vector<Node> nodes_;
};

}  // namespace vaultlint
