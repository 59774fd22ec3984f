#include "read/suppression_comments.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <tuple>

namespace vaultlint {
namespace {

constexpr std::string_view kOpen = "<!--";
constexpr std::string_view kClose = "-->";
constexpr std::string_view kPrefix = "vaultlint-";

struct Directive {
  std::string_view name;
  SuppressionKind kind;
};

constexpr std::array kDirectives = {
    Directive{"vaultlint-disable", SuppressionKind::disable},
    Directive{"vaultlint-disable-line", SuppressionKind::disable_line},
    Directive{"vaultlint-disable-next-line", SuppressionKind::disable_next_line},
    Directive{"vaultlint-enable", SuppressionKind::enable},
};

bool is_separator(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ','; }

/// The next word of content[i, end): skips separators, returns [begin, end).
std::pair<std::size_t, std::size_t> next_word(std::string_view content, std::size_t i,
                                              std::size_t end) {
  while (i < end && is_separator(content[i])) ++i;
  std::size_t stop = i;
  while (stop < end && !is_separator(content[stop])) ++stop;
  return {i, stop};
}

void read_one(std::string_view content, const LineTable& lines, const HtmlComment& comment,
              Note* note) {
  const std::size_t inner_end = comment.end - kClose.size();
  auto [word_begin, word_end] = next_word(content, comment.begin + kOpen.size(), inner_end);
  const std::string_view word = content.substr(word_begin, word_end - word_begin);
  if (word.substr(0, kPrefix.size()) != kPrefix) return;
  const auto directive = std::find_if(kDirectives.begin(), kDirectives.end(),
                                      [word](const Directive& d) { return d.name == word; });
  if (directive == kDirectives.end()) {
    note->mutable_extras().suppression_problems.push_back(SuppressionProblem{
        lines.pos_of(word_begin),
        "unknown suppression directive '" + std::string(word) +
            "'; known: vaultlint-disable, vaultlint-disable-line, vaultlint-disable-next-line, "
            "vaultlint-enable"});
    return;
  }
  Suppression suppression;
  suppression.kind = directive->kind;
  suppression.pos = lines.pos_of(comment.begin);
  if (directive->kind == SuppressionKind::disable_line) {
    suppression.line = suppression.pos.line;
  } else if (directive->kind == SuppressionKind::disable_next_line) {
    suppression.line = lines.pos_of(comment.end - 1).line + 1;
  }
  for (;;) {
    std::tie(word_begin, word_end) = next_word(content, word_end, inner_end);
    if (word_begin == word_end) break;
    suppression.rules.push_back(RuleMention{
        std::string(content.substr(word_begin, word_end - word_begin)), lines.pos_of(word_begin)});
  }
  note->mutable_extras().suppressions.push_back(std::move(suppression));
}

}  // namespace

std::vector<HtmlComment> comments_in_html_blocks(std::string_view content, const LineTable& lines,
                                                 const std::vector<TextBlock>& html_blocks) {
  std::vector<HtmlComment> out;
  for (const auto& block : html_blocks) {
    const int last_line = std::min(block.end_line, lines.line_count());
    if (block.start_line < 1 || block.start_line > last_line) continue;
    std::size_t i = lines.start_of(block.start_line) + static_cast<std::size_t>(block.start_column - 1);
    const std::size_t end = lines.end_of(last_line);
    while (i < end) {
      const std::size_t open = content.find(kOpen, i);
      if (open == std::string_view::npos || open >= end) break;
      const std::size_t close = content.find(kClose, open + kOpen.size());
      if (close == std::string_view::npos || close + kClose.size() > end) break;
      out.push_back(HtmlComment{open, close + kClose.size()});
      i = close + kClose.size();
    }
  }
  return out;
}

void read_suppression_comments(std::string_view content, const LineTable& lines,
                               const std::vector<HtmlComment>& comments, Note* note) {
  for (const auto& comment : comments) read_one(content, lines, comment, note);
}

}  // namespace vaultlint
