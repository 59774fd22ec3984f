#include "text/edit_distance.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <vector>

#include "text/osa_band.hpp"

namespace vaultlint {

std::u32string code_points(std::string_view text) {
  std::u32string out;
  append_code_points(text, &out);
  return out;
}

void append_code_points(std::string_view text, std::u32string* out) {
  out->reserve(out->size() + text.size());
  auto at = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = *at;
    // Most names are ASCII: a byte below 0x80 is its own code point.
    auto n = cp < 0x80 ? 1 : utf8proc_iterate(at, left, &cp);
    if (n <= 0) {  // not UTF-8: take the byte as it is
      cp = *at;
      n = 1;
    }
    out->push_back(static_cast<char32_t>(cp));
    at += n;
    left -= n;
  }
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::u32string wide_a = code_points(a);
  const std::u32string wide_b = code_points(b);
  return bounded_edit_distance(wide_a, wide_b, std::max(wide_a.size(), wide_b.size()));
}

std::size_t bounded_edit_distance(std::u32string_view a, std::u32string_view b, std::size_t bound) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if ((n > m ? n - m : m - n) > bound) return bound + 1;
  // Three rows of the table are enough for swaps.
  const OsaBand band{b, bound};
  thread_local std::vector<std::size_t> rows;
  rows.assign(3 * band.width(), 0);
  std::size_t* before = rows.data();
  std::size_t* previous = before + band.width();
  std::size_t* current = previous + band.width();
  band.first_row(previous);
  for (std::size_t i = 1; i <= n; ++i) {
    const char32_t a_before = i > 1 ? a[i - 2] : 0;
    if (band.next_row(i, a[i - 1], a_before, before, previous, current) > bound) return bound + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return band.cell(n, m, previous);
}

}  // namespace vaultlint
