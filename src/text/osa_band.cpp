#include "text/osa_band.hpp"

#include <algorithm>

namespace vaultlint {

void OsaBand::first_row(std::size_t* row) const {
  const std::size_t over = bound + 1;
  for (std::size_t s = 0; s < width(); ++s) {
    // Slot s is column s - bound - 1: left of column 0, or past the end of b.
    const bool in_b = s > bound && s - bound - 1 <= b.size();
    row[s] = in_b ? s - bound - 1 : over;
  }
}

std::size_t OsaBand::next_row(std::size_t i, char32_t a_i, char32_t a_before,
                              const std::size_t* before, const std::size_t* previous,
                              std::size_t* current) const {
  const std::size_t over = bound + 1;
  std::fill(current, current + width(), over);
  // The columns of b this row reaches, and the slot of each: j + shift.
  const std::size_t first = i > bound ? i - bound : 0;
  const std::size_t last = std::min(b.size(), i + bound);
  const std::size_t shift = bound + 1 - i;  // wraps for i > bound + 1; the sums do not
  std::size_t row_min = over;
  std::size_t j = first;
  if (j == 0 && j <= last) {
    current[shift] = i;
    row_min = i;
    j = 1;
  }
  for (; j <= last; ++j) {
    const std::size_t s = j + shift;
    // Slots: (i-1, j) is s + 1, (i-1, j-1) and (i-2, j-2) are s, (i, j-1) is s - 1.
    std::size_t cell = std::min(previous[s + 1], current[s - 1]) + 1;
    cell = std::min(cell, previous[s] + (a_i == b[j - 1] ? 0 : 1));
    if (j > 1 && i > 1 && a_i == b[j - 2] && a_before == b[j - 1]) {
      cell = std::min(cell, before[s] + 1);
    }
    cell = std::min(cell, over);
    current[s] = cell;
    row_min = std::min(row_min, cell);
  }
  return row_min;
}

std::size_t OsaBand::cell(std::size_t i, std::size_t j, const std::size_t* row) const {
  if ((i > j ? i - j : j - i) > bound) return bound + 1;
  return row[j + bound + 1 - i];
}

std::size_t OsaBand::min_through(std::size_t i, std::size_t j, const std::size_t* row) const {
  // Columns up to j are the slots up to j - i + bound + 1.
  if (j + bound + 1 < i + 1) return bound + 1;
  const std::size_t last = std::min(j + bound + 1 - i, 2 * bound + 1);
  return *std::min_element(row + 1, row + last + 1);
}

}  // namespace vaultlint
