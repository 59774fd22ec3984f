#include "text/did_you_mean.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <tuple>

#include "text/edit_distance.hpp"
#include "text/unicode.hpp"

namespace vaultlint {

std::size_t suggestion_threshold(std::size_t length) {
  if (length < 3) return 0;
  return std::clamp<std::size_t>(length / 4, 1, kMaxSuggestionEdits);
}

std::uint64_t NameSuggester::mask_of(std::u32string_view key) {
  std::uint64_t mask = 0;
  for (const char32_t cp : key) mask |= std::uint64_t{1} << (cp & 63u);
  return mask;
}

NameSuggester::Histogram NameSuggester::histogram_of(std::u32string_view key) {
  Histogram counts{};
  for (const char32_t cp : key) {
    auto& count = counts[cp & 31u];
    if (count < 255) ++count;
  }
  return counts;
}

NameSuggester::NameSuggester(const std::vector<std::string>& names) {
  // Folded key and spelling, sorted: the first of each key is its smallest spelling.
  std::vector<std::pair<std::string, const std::string*>> keyed;
  keyed.reserve(names.size());
  for (const auto& name : names) keyed.emplace_back(fold_key(name), &name);
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& a, const auto& b) { return std::tie(a.first, *a.second) < std::tie(b.first, *b.second); });
  names_.reserve(keyed.size());
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    if (i > 0 && keyed[i].first == keyed[i - 1].first) continue;
    std::u32string wide = code_points(keyed[i].first);
    if (by_length_.size() <= wide.size()) by_length_.resize(wide.size() + 1);
    LengthBucket& bucket = by_length_[wide.size()];
    bucket.masks.push_back(mask_of(wide));
    bucket.histograms.push_back(histogram_of(wide));
    bucket.keys.push_back(std::move(wide));
    bucket.names.push_back(static_cast<std::uint32_t>(names_.size()));
    names_.push_back(*keyed[i].second);
  }
}

void NameSuggester::scan(const LengthBucket& bucket, const Query& query, std::size_t& best,
                         std::vector<Match>& found) {
  const std::u32string_view key = query.key;
  const Histogram& histogram = query.histogram;
  const std::size_t length_gap =
      bucket.keys.empty() ? 0 : std::max(key.size(), bucket.keys.front().size()) -
                                    std::min(key.size(), bucket.keys.front().size());
  for (std::size_t i = 0; i < bucket.keys.size(); ++i) {
    // Each code point class one name has and the other lacks takes an edit.
    const auto only_query = static_cast<std::size_t>(std::popcount(query.mask & ~bucket.masks[i]));
    const auto only_name = static_cast<std::size_t>(std::popcount(bucket.masks[i] & ~query.mask));
    if (std::max(only_query, only_name) > best) continue;
    // Each edit removes at most one code point the name has and the key has
    // not, and adds at most one the other way: the distance is at least the
    // larger surplus, (sum of |count differences| + length gap) / 2.
    std::size_t differ = 0;
    for (std::size_t b = 0; b < histogram.size(); ++b) {
      const int d = int{histogram[b]} - int{bucket.histograms[i][b]};
      differ += static_cast<std::size_t>(d < 0 ? -d : d);
    }
    if ((differ + length_gap) / 2 > best) continue;
    const std::size_t distance = bounded_edit_distance(key, bucket.keys[i], best);
    if (distance > best) continue;
    best = distance;
    found.push_back(Match{distance, bucket.names[i]});
  }
}

std::vector<std::string> NameSuggester::suggest(std::string_view name) const {
  Query query;
  query.key = code_points(fold_key(name));
  const std::size_t length = query.key.size();
  std::size_t best = suggestion_threshold(length);
  if (best == 0) return {};
  query.mask = mask_of(query.key);
  query.histogram = histogram_of(query.key);
  std::vector<Match> found;
  // Same length first, then ever further: a close match found early narrows
  // both the band of lengths still worth reading and the distance bound.
  for (std::size_t gap = 0; gap <= best; ++gap) {
    if (length + gap < by_length_.size()) scan(by_length_[length + gap], query, best, found);
    if (gap > 0 && gap <= length && gap <= best && length - gap < by_length_.size()) {
      scan(by_length_[length - gap], query, best, found);
    }
  }
  std::vector<std::string> out;
  for (const Match& match : found) {
    if (match.distance == best) out.push_back(names_[match.name]);
  }
  if (out.size() > kMaxSuggestions) return {};
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  return NameSuggester(candidates).suggest(name);
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
