#pragma once
/// Suggesting the name a typo was meant to be.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vaultlint {

/// Edit distance in code points (insertions, deletions, substitutions and
/// swaps of two neighbours each count one: optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `name` once both are case-folded, if it is
/// close: at most one edit per three characters of the candidate (at least
/// one). Ties go to the earlier candidate.
std::optional<std::string> did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace vaultlint
