#pragma once
/// Suggesting the name a typo was meant to be (docs/did-you-mean.md).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vaultlint {

/// No suggestion is further than this many edits: past it, long names that
/// only share a prefix and a suffix ("concept-missing-x-y" and
/// "concept-mission-y") would be offered as if they were typos.
inline constexpr std::size_t kMaxSuggestionEdits = 3;

/// The most edits a suggestion may be from a name of `length` code points
/// (after NFC and case folding): a quarter of the length, at least one and
/// at most kMaxSuggestionEdits; zero (nothing is suggested) for names of
/// fewer than three code points.
std::size_t suggestion_threshold(std::size_t length);

/// At most this many equally close names are named; more are not a hint.
inline constexpr std::size_t kMaxSuggestions = 5;

/// An index of the names that exist, built once and asked many times. A
/// lookup reads only the names whose length is within the threshold, skips
/// those whose code points (as a 64-bit set, then as counts) already differ
/// by more than the best distance found so far, and computes a banded,
/// early-exit distance for the rest.
class NameSuggester {
 public:
  explicit NameSuggester(const std::vector<std::string>& names);

  /// The existing names closest to `name` once both are NFC and case-folded,
  /// if within suggestion_threshold(); every name at that distance, sorted,
  /// unless there are more than kMaxSuggestions of them. Names that fold to
  /// the same key count once, as their smallest spelling.
  std::vector<std::string> suggest(std::string_view name) const;

 private:
  /// Code-point counts by (code point mod 32), saturating: a cheap lower
  /// bound on the distance between two names.
  using Histogram = std::array<std::uint8_t, 32>;
  struct LengthBucket {
    std::vector<std::uint64_t> masks;  ///< bit (code point mod 64) set when present
    std::vector<Histogram> histograms;
    std::vector<std::u32string> keys;
    std::vector<std::uint32_t> names;  ///< index into names_
  };
  struct Match {
    std::size_t distance;
    std::uint32_t name;
  };
  struct Query {
    std::u32string key;
    std::uint64_t mask;
    Histogram histogram;
  };
  static std::uint64_t mask_of(std::u32string_view key);
  static Histogram histogram_of(std::u32string_view key);
  static void scan(const LengthBucket& bucket, const Query& query, std::size_t& best,
                   std::vector<Match>& found);

  std::vector<std::string> names_;
  std::vector<LengthBucket> by_length_;  ///< index: key length in code points
};

/// The same over a short list, built and asked once.
std::vector<std::string> did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

/// "; did you mean 'a'?" or "; did you mean 'a', 'b' or 'c'?"; "" for none.
std::string did_you_mean_suffix(const std::vector<std::string>& suggestions);

}  // namespace vaultlint
