#pragma once
/// The banded table of the optimal-string-alignment distance, one row at a
/// time, so that strings sharing a prefix can share the rows for it (a trie
/// walk, text/code_point_trie.cpp) as well as one pair be compared
/// (edit_distance.cpp).

#include <cstddef>
#include <string_view>

namespace vaultlint {

/// Row i compares the first i code points of a string `a` with the whole of
/// `b`, and holds only the cells (i, j) with |i - j| <= bound: cell j lives at
/// slot j - i + bound + 1, so the neighbours every cell needs sit at the same
/// slots of the rows before, whatever i is. Slots 0 and 2 * bound + 2 are
/// guards. A cell holds the exact distance when that is at most `bound`, else
/// bound + 1.
struct OsaBand {
  std::u32string_view b;
  std::size_t bound;

  /// Slots in a row.
  std::size_t width() const { return 2 * bound + 3; }

  /// Row 0, the empty prefix of `a`.
  void first_row(std::size_t* row) const;

  /// Row i >= 1, where `a_i` is the i-th code point of `a` and `a_before`
  /// the one before it (unused for i == 1); `before` is row i - 2 (unused
  /// for i == 1). Returns the smallest cell: no later row has a smaller one,
  /// so once it is over the bound, so is every longer string with this
  /// prefix.
  std::size_t next_row(std::size_t i, char32_t a_i, char32_t a_before, const std::size_t* before,
                       const std::size_t* previous, std::size_t* current) const;

  /// Cell (i, j) from row i: the distance between the first i code points
  /// of `a` and the first j of `b`, exact when at most `bound`, else bound + 1.
  std::size_t cell(std::size_t i, std::size_t j, const std::size_t* row) const;

  /// The smallest of the cells (i, 0) to (i, j) of row i.
  std::size_t min_through(std::size_t i, std::size_t j, const std::size_t* row) const;
};

}  // namespace vaultlint
