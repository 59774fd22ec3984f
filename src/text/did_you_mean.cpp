#include "text/did_you_mean.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <utility>

#include "text/edit_distance.hpp"
#include "text/unicode.hpp"

namespace vaultlint {

std::size_t suggestion_threshold(std::size_t length) {
  if (length < 3) return 0;
  return std::clamp<std::size_t>(length / 4, 1, kMaxSuggestionEdits);
}

namespace {

/// The keys as code points, one per way of folding, and in `spellings` the
/// smallest spelling of each. Names and their folded keys are first copied
/// end to end in the names' order, one pass over the notes; the sort and
/// the pass in sorted order then read those two buffers rather than names
/// spread over the notes (at 100,000 notes, each of those reads was a
/// cache miss, at the moment a check's memory peaks).
CodePointKeys distinct_keys(const std::vector<std::string_view>& names,
                            PackedStrings<char>* spellings) {
  PackedStrings<char> written;
  PackedStrings<char> folded;
  std::string key;
  for (const auto name : names) {
    written.push_back(name);
    fold_key_into(name, &key);
    folded.push_back(key);
  }
  const std::vector<std::uint32_t> order = order_by_bytes(folded);
  CodePointKeys keys;
  keys.reserve(names.size(), folded.char_count());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t end = i + 1;
    std::string_view smallest = written[order[i]];
    for (; end < order.size() && folded[order[end]] == folded[order[i]]; ++end) {
      smallest = std::min(smallest, written[order[end]]);
    }
    keys.push_back_utf8(folded[order[i]]);
    spellings->push_back(smallest);
    i = end;
  }
  return keys;
}

}  // namespace

// spellings_ is declared before trie_, so it exists when the keys are made.
NameSuggester::NameSuggester(const std::vector<std::string_view>& names)
    : trie_(distinct_keys(names, &spellings_)) {}

std::vector<std::string> NameSuggester::suggest(std::string_view name) const {
  const std::u32string key = code_points(fold_key(name));
  const std::size_t bound = suggestion_threshold(key.size());
  if (bound == 0) return {};
  const std::vector<std::uint32_t> closest = trie_.closest(key, bound);
  if (closest.size() > kMaxSuggestions) return {};
  std::vector<std::string> out;
  for (const std::uint32_t index : closest) out.emplace_back(spellings_[index]);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  return NameSuggester(std::vector<std::string_view>(candidates.begin(), candidates.end())).suggest(name);
}

std::vector<std::string> did_you_mean(std::string_view name, const StringList& candidates) {
  return NameSuggester(std::vector<std::string_view>(candidates.begin(), candidates.end())).suggest(name);
}

std::string did_you_mean_suffix(const std::vector<std::string>& suggestions) {
  if (suggestions.empty()) return "";
  std::string out = "; did you mean ";
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    if (i > 0) out += i + 1 == suggestions.size() ? " or " : ", ";
    out += fmt::format("'{}'", suggestions[i]);
  }
  return out + "?";
}

}  // namespace vaultlint
