#include "text/edit_distance.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <vector>

namespace vaultlint {

std::u32string code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  auto at = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(at, left, &cp);
    if (n <= 0) {  // not UTF-8: take the byte as it is
      cp = *at;
      n = 1;
    }
    out.push_back(static_cast<char32_t>(cp));
    at += n;
    left -= n;
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::u32string wide_a = code_points(a);
  const std::u32string wide_b = code_points(b);
  return bounded_edit_distance(wide_a, wide_b, std::max(wide_a.size(), wide_b.size()));
}

std::size_t bounded_edit_distance(std::u32string_view a, std::u32string_view b, std::size_t bound) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  const std::size_t over = bound + 1;
  if ((n > m ? n - m : m - n) > bound) return over;
  // Three rows of the table are enough for swaps. Cells outside the band
  // |i - j| <= bound hold `over`; the band's neighbours are set explicitly
  // because the rows are reused.
  thread_local std::vector<std::size_t> rows;
  rows.assign(3 * (m + 2), over);
  std::size_t* before = rows.data();
  std::size_t* previous = before + (m + 2);
  std::size_t* current = previous + (m + 2);
  for (std::size_t j = 0; j <= std::min(m, bound); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    const std::size_t lo = i > bound ? i - bound : 1;
    const std::size_t hi = std::min(m, i + bound);
    current[lo - 1] = lo == 1 && i <= bound ? i : over;
    std::size_t row_min = current[lo - 1];
    for (std::size_t j = lo; j <= hi; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t cell = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cell = std::min(cell, before[j - 2] + 1);
      }
      current[j] = std::min(cell, over);
      row_min = std::min(row_min, current[j]);
    }
    current[hi + 1] = over;
    if (row_min > bound) return over;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

}  // namespace vaultlint
