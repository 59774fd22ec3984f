#include "text/did_you_mean.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/sort/spreadsort/string_sort.hpp>
#include <cstdint>
#include <numeric>
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
/// smallest spelling of each. Folded keys go end to end in one string, and
/// code points in one list: this runs at the moment a check's memory peaks,
/// and the sort reads keys that sit together rather than names spread over
/// the notes (at 100,000 notes, each of those reads was a cache miss).
CodePointKeys distinct_keys(const std::vector<std::string_view>& names,
                            std::vector<std::string>* spellings) {
  std::string folded;
  std::vector<std::uint32_t> folded_ends;
  folded_ends.reserve(names.size());
  std::string key;
  for (const auto name : names) {
    fold_key_into(name, &key);
    folded += key;
    folded_ends.push_back(static_cast<std::uint32_t>(folded.size()));
  }
  const auto folded_key = [&](std::uint32_t i) {
    const std::uint32_t begin = i == 0 ? 0 : folded_ends[i - 1];
    return std::string_view(folded).substr(begin, folded_ends[i] - begin);
  };
  std::vector<std::uint32_t> order(names.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  boost::sort::spreadsort::string_sort(
      order.begin(), order.end(),
      [&](std::uint32_t i, std::size_t at) { return static_cast<unsigned char>(folded_key(i)[at]); },
      [&](std::uint32_t i) { return folded_key(i).size(); },
      [&](std::uint32_t a, std::uint32_t b) { return folded_key(a) < folded_key(b); });
  CodePointKeys keys;
  for (std::size_t i = 0; i < order.size();) {
    std::size_t end = i + 1;
    std::string_view smallest = names[order[i]];
    for (; end < order.size() && folded_key(order[end]) == folded_key(order[i]); ++end) {
      smallest = std::min(smallest, names[order[end]]);
    }
    keys.push_back_utf8(folded_key(order[i]));
    spellings->emplace_back(smallest);
    i = end;
  }
  return keys;
}

}  // namespace

// names_ is declared before trie_, so it exists when the keys are made.
NameSuggester::NameSuggester(const std::vector<std::string_view>& names)
    : trie_(distinct_keys(names, &names_)) {}

std::vector<std::string> NameSuggester::suggest(std::string_view name) const {
  const std::u32string key = code_points(fold_key(name));
  const std::size_t bound = suggestion_threshold(key.size());
  if (bound == 0) return {};
  const std::vector<std::uint32_t> closest = trie_.closest(key, bound);
  if (closest.size() > kMaxSuggestions) return {};
  std::vector<std::string> out;
  for (const std::uint32_t index : closest) out.push_back(names_[index]);
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
