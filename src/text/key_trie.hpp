#pragma once
/// Finding the keys closest to a query by edit distance without comparing it
/// with every key (docs/did-you-mean.md).

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "text/code_point_trie.hpp"
#include "text/packed_strings.hpp"

namespace vaultlint {

/// Code-point keys end to end in one string.
class CodePointKeys : public PackedStrings<char32_t> {
 public:
  CodePointKeys() = default;
  explicit CodePointKeys(const std::vector<std::u32string>& keys);

  /// Adds one key: the code points of UTF-8 `text` (see code_points()).
  void push_back_utf8(std::string_view text);
};

/// Code-point keys in two tries, one reading them forwards and one
/// backwards. Within k edits of the query, a key has the first half of the
/// query within about k / 2 edits of its beginning, or the second half within
/// about k / 2 of its end (docs/did-you-mean.md says why), so each trie is
/// walked with that smaller bound until the half is read, and a lookup reads
/// only the few branches near the query's beginning or end.
class KeyTrie {
 public:
  /// Any keys, in any order, duplicates allowed.
  explicit KeyTrie(CodePointKeys keys);
  explicit KeyTrie(const std::vector<std::u32string>& keys) : KeyTrie(CodePointKeys(keys)) {}

  /// The indexes (into the constructor's `keys`) of every key at the smallest
  /// optimal-string-alignment distance from `query`, ascending, when that
  /// distance is at most `bound`; empty otherwise.
  std::vector<std::uint32_t> closest(std::u32string_view query, std::size_t bound) const;

  /// The nodes of both tries: one per distinct beginning of the keys, and
  /// one per distinct beginning of the reversed keys.
  std::size_t node_count() const { return forward_.node_count() + backward_.node_count(); }

 private:
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

  std::vector<std::uint32_t> order_;   ///< key indexes sorted by key
  std::vector<std::uint32_t> starts_;  ///< distinct key d is order_[starts_[d] .. starts_[d + 1])
  std::uint32_t empty_key_ = kNone;    ///< the distinct key "", which no trie holds
  CodePointTrie forward_;
  CodePointTrie backward_;
};

}  // namespace vaultlint
