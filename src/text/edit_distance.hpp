#pragma once
/// Edit distance between names, in code points: insertions, deletions,
/// substitutions and swaps of two neighbours each count one (optimal string
/// alignment, the Damerau-Levenshtein variant that edits no substring twice).

#include <cstddef>
#include <string>
#include <string_view>

namespace vaultlint {

/// The code points of UTF-8 text; a byte that is not UTF-8 stands for itself.
std::u32string code_points(std::string_view text);
/// The same, appended to *out.
void append_code_points(std::string_view text, std::u32string* out);

std::size_t edit_distance(std::string_view a, std::string_view b);

/// The distance if it is at most `bound`, else `bound + 1`. Looks only at a
/// band of 2 * bound + 1 cells per row and stops as soon as a whole row is
/// over the bound, so unlike names are rejected after a few rows.
std::size_t bounded_edit_distance(std::u32string_view a, std::u32string_view b, std::size_t bound);

}  // namespace vaultlint
