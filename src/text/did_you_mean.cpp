#include "text/did_you_mean.hpp"

#include <utf8proc.h>

#include <algorithm>

#include "text/unicode.hpp"

namespace vaultlint {
namespace {

std::u32string code_points(std::string_view text) {
  std::u32string out;
  auto at = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(at, left, &cp);
    if (n <= 0) {  // not UTF-8: take the byte as it is
      cp = *at;
      out.push_back(static_cast<char32_t>(cp));
      ++at;
      --left;
      continue;
    }
    out.push_back(static_cast<char32_t>(cp));
    at += n;
    left -= n;
  }
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  const std::u32string a = code_points(a_text);
  const std::u32string b = code_points(b_text);
  // Three rows of the dynamic-programming table are enough for swaps.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    before.swap(previous);
    previous.swap(current);
  }
  return previous[b.size()];
}

std::optional<std::string> did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  const std::string key = fold_key(name);
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    const std::string candidate_key = fold_key(candidate);
    const std::size_t distance = edit_distance(key, candidate_key);
    const std::size_t allowed = std::max<std::size_t>(1, code_points(candidate_key).size() / 3);
    if (distance > allowed || (best && distance >= best_distance)) continue;
    best = candidate;
    best_distance = distance;
  }
  return best;
}

}  // namespace vaultlint
