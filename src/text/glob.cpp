#include "text/glob.hpp"

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

/// Whole-string match. A single '*' backtracks within a folder name; '**'
/// tries every later position, which stays cheap for the short patterns
/// people write.
bool match_from(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0;
  std::size_t star_p = std::string_view::npos, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size()) {
      const char pc = pattern[p];
      if (pc == '*' && p + 1 < pattern.size() && pattern[p + 1] == '*') {
        std::string_view rest = pattern.substr(p + 2);
        // "**/" also matches zero folders.
        if (!rest.empty() && rest.front() == '/' && match_from(rest.substr(1), text.substr(t))) {
          return true;
        }
        for (std::size_t k = t; k <= text.size(); ++k) {
          if (match_from(rest, text.substr(k))) return true;
        }
        return false;
      }
      if (pc == '*') {
        star_p = ++p;
        star_t = t;
        continue;
      }
      if (pc == '?' && text[t] != '/') {
        ++p;
        ++t;
        continue;
      }
      if (pc == '[') {
        std::size_t q = p;
        if (text[t] != '/' && match_class(pattern, q, text[t])) {
          p = q;
          ++t;
          continue;
        }
      } else if (pc != '?' && pc == text[t]) {
        ++p;
        ++t;
        continue;
      }
    }
    if (star_p == std::string_view::npos || text[star_t] == '/') return false;
    p = star_p;
    t = ++star_t;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
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
