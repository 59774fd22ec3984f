#include "text/glob.hpp"

#include <vector>

namespace vaultlint {
namespace {

bool match_class(std::string_view pattern, std::size_t& p, char c) {
  // pattern[p] == '['; on return p is past the closing ']'.
  std::size_t i = p + 1;
  bool negate = false;
  if (i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^')) {
    negate = true;
    ++i;
  }
  bool matched = false;
  bool first = true;
  while (i < pattern.size() && (first || pattern[i] != ']')) {
    first = false;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      if (c >= pattern[i] && c <= pattern[i + 2]) matched = true;
      i += 3;
    } else {
      if (c == pattern[i]) matched = true;
      ++i;
    }
  }
  p = i < pattern.size() ? i + 1 : i;
  return matched != negate;
}

/// Whole-string match by memoised recursion over (pattern, text) positions,
/// so that hostile patterns ("a**a**a**...") stay polynomial.
class Matcher {
 public:
  Matcher(std::string_view pattern, std::string_view text)
      : pattern_(pattern), text_(text), memo_((pattern.size() + 1) * (text.size() + 1), -1) {}

  bool match(std::size_t p, std::size_t t) {
    signed char& slot = memo_[p * (text_.size() + 1) + t];
    if (slot < 0) slot = compute(p, t) ? 1 : 0;
    return slot == 1;
  }

 private:
  bool compute(std::size_t p, std::size_t t) {
    if (p == pattern_.size()) return t == text_.size();
    const char pc = pattern_[p];
    if (pc == '*' && p + 1 < pattern_.size() && pattern_[p + 1] == '*') {
      const std::size_t rest = p + 2;
      // "**/" also matches zero folders.
      if (rest < pattern_.size() && pattern_[rest] == '/' && match(rest + 1, t)) return true;
      for (std::size_t k = t; k <= text_.size(); ++k) {
        if (match(rest, k)) return true;
      }
      return false;
    }
    if (pc == '*') {
      return match(p + 1, t) || (t < text_.size() && text_[t] != '/' && match(p, t + 1));
    }
    if (t == text_.size()) return false;
    if (pc == '?') return text_[t] != '/' && match(p + 1, t + 1);
    if (pc == '[') {
      std::size_t q = p;
      return text_[t] != '/' && match_class(pattern_, q, text_[t]) && match(q, t + 1);
    }
    return pc == text_[t] && match(p + 1, t + 1);
  }

  std::string_view pattern_;
  std::string_view text_;
  std::vector<signed char> memo_;
};

bool match_from(std::string_view pattern, std::string_view text) {
  return Matcher(pattern, text).match(0, 0);
}

bool match_or_parent(std::string_view pattern, std::string_view path) {
  if (match_from(pattern, path)) return true;
  // A pattern that names a folder covers what is inside it.
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '/' && match_from(pattern, path.substr(0, i))) return true;
  }
  return false;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  if (!pattern.empty() && pattern.front() == '/') return match_or_parent(pattern.substr(1), path);
  if (pattern.find('/') != std::string_view::npos) return match_or_parent(pattern, path);
  for (std::size_t start = 0; start < path.size();) {
    if (match_or_parent(pattern, path.substr(start))) return true;
    const auto slash = path.find('/', start);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

}  // namespace vaultlint
