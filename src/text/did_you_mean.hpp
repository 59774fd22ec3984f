#pragma once
/// Suggesting the name a typo was meant to be (docs/did-you-mean.md).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/key_trie.hpp"
#include "text/packed_strings.hpp"
#include "vaultlint/string_list.hpp"

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

/// An index of the names that exist, built once and asked many times: their
/// folded keys in a KeyTrie, so a lookup reads only the branches of names
/// that stay within the threshold of what was written.
class NameSuggester {
 public:
  /// Copies what it keeps: the views need only last through the constructor.
  explicit NameSuggester(const std::vector<std::string_view>& names);

  /// The existing names closest to `name` once both are NFC and case-folded,
  /// if within suggestion_threshold(); every name at that distance, sorted,
  /// unless there are more than kMaxSuggestions of them. Names that fold to
  /// the same key count once, as their smallest spelling.
  std::vector<std::string> suggest(std::string_view name) const;

 private:
  PackedStrings<char> spellings_;  ///< by the index of their key in trie_
  KeyTrie trie_;
};

/// The same over a short list, built and asked once.
std::vector<std::string> did_you_mean(std::string_view name, const std::vector<std::string>& candidates);
std::vector<std::string> did_you_mean(std::string_view name, const StringList& candidates);

/// "; did you mean 'a'?" or "; did you mean 'a', 'b' or 'c'?"; "" for none.
std::string did_you_mean_suffix(const std::vector<std::string>& suggestions);

}  // namespace vaultlint
