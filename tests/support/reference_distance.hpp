#pragma once
/// The textbook full table of the optimal-string-alignment distance: the
/// reference the banded and indexed lookups are checked against, sharing no
/// code with them.

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace vaultlint::testing {

inline std::size_t reference_distance(const std::u32string& a, const std::u32string& b) {
  // One block for the table, not a row each: under AddressSanitizer every
  // allocation is expensive, and the exhaustive tests make millions of calls.
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> table((a.size() + 1) * width);
  const auto d = [&table, width](std::size_t i, std::size_t j) -> std::size_t& { return table[i * width + j]; };
  for (std::size_t i = 0; i <= a.size(); ++i) d(i, 0) = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d(0, j) = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d(i, j) = std::min({d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d(i, j) = std::min(d(i, j), d(i - 2, j - 2) + 1);
      }
    }
  }
  return d(a.size(), b.size());
}

}  // namespace vaultlint::testing
