#include "read/front_matter_guard.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <fmt/format.h>

#include <limits>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace vaultlint {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

bool ends_token(std::string_view line, std::size_t i) {
  return i + 1 >= line.size() || is_blank(line[i + 1]);
}

/// Counts nesting as yaml-cpp will see it: one level per deeper block
/// indentation, per compact "- " / "? " / ": " node, and per open '[' or
/// '{'. Quoted scalars, comments and block scalars hold no structure. The
/// count is an upper bound: a plain scalar continued on a deeper-indented
/// line counts one level more than YAML gives it.
class ShapeScanner {
 public:
  explicit ShapeScanner(int max_depth) : max_depth_(max_depth) {}

  std::optional<YamlRefusal> run(std::string_view yaml) {
    int number = 0;
    for (std::size_t start = 0; start < yaml.size() && !refusal_; ++number) {
      std::size_t end = yaml.find('\n', start);
      if (end == std::string_view::npos) end = yaml.size();
      std::string_view line = yaml.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      scan_line(line, number);
      start = end + 1;
    }
    return refusal_;
  }

 private:
  void scan_line(std::string_view line, int number) {
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    if (block_scalar_indent_ >= 0) {
      if (indent == line.size() || static_cast<int>(indent) > block_scalar_indent_) return;
      block_scalar_indent_ = -1;
    }
    if (quote_ != 0 || flow_ > 0) {
      scan(line, 0, number, true, line_indent_);
      return;
    }
    if (indent == line.size() || line[indent] == '#') return;  // blank or comment line
    while (!levels_.empty() && levels_.back() > static_cast<int>(indent)) levels_.pop_back();
    if (levels_.empty() || levels_.back() < static_cast<int>(indent)) push_level(number, indent);
    line_indent_ = static_cast<int>(indent);
    scan(line, indent, number, true, line_indent_);
  }

  /// Scans `line` from `i`; `token_start` says whether a node may begin at
  /// the next non-blank character.
  void scan(std::string_view line, std::size_t i, int number, bool token_start, int indent) {
    while (i < line.size() && !refusal_) {
      if (quote_ != 0) {
        i = after_quote(line, i);
        token_start = false;
        continue;
      }
      const char c = line[i];
      if (is_blank(c)) {
        ++i;
      } else if (c == '#' && (i == 0 || is_blank(line[i - 1]))) {
        return;  // comment
      } else if (token_start && (c == '&' || c == '!')) {
        while (i < line.size() && !is_blank(line[i])) ++i;  // anchor or tag: a node follows
      } else if (token_start && (c == '"' || c == '\'')) {
        quote_ = c;
        ++i;
        token_start = false;
      } else if ((c == '[' || c == '{') && (flow_ > 0 || token_start)) {
        open_flow(number, i);
        ++i;
        token_start = true;
      } else if (flow_ > 0) {
        if ((c == ']' || c == '}')) --flow_;
        token_start = c == ',' || (c == ':' && ends_token(line, i));
        ++i;
      } else if (token_start && (c == '|' || c == '>')) {
        block_scalar_indent_ = indent;
        return;
      } else if (token_start && (c == '-' || c == '?' || c == ':') && ends_token(line, i)) {
        i = std::min(line.find_first_not_of(" \t", i + 1), line.size());
        if (i < line.size() && line[i] != '#') push_level(number, i);
      } else {
        // A plain scalar or key, until ": " starts a value.
        token_start = c == ':' && ends_token(line, i);
        ++i;
      }
    }
  }

  std::size_t after_quote(std::string_view line, std::size_t i) {
    for (; i < line.size(); ++i) {
      if (quote_ == '"' && line[i] == '\\') {
        ++i;
      } else if (line[i] == quote_) {
        if (quote_ == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          ++i;
          continue;
        }
        quote_ = 0;
        return i + 1;
      }
    }
    return line.size();
  }

  void push_level(int number, std::size_t column) {
    levels_.push_back(static_cast<int>(column));
    check_depth(number, column);
  }

  void open_flow(int number, std::size_t column) {
    ++flow_;
    check_depth(number, column);
  }

  void check_depth(int number, std::size_t column) {
    if (refusal_ || static_cast<long>(levels_.size()) + flow_ <= max_depth_) return;
    refusal_ = YamlRefusal{number, static_cast<int>(column),
                           fmt::format("front matter nests deeper than {} levels "
                                       "(max_frontmatter_depth); not parsed",
                                       max_depth_)};
  }

  int max_depth_;
  std::vector<int> levels_;       // indentation columns of the open block levels
  long flow_ = 0;                 // open '[' and '{'
  char quote_ = 0;                // the quote of an open quoted scalar
  int block_scalar_indent_ = -1;  // lines indented deeper belong to a '|' or '>' scalar
  int line_indent_ = 0;
  std::optional<YamlRefusal> refusal_;
};

struct ExpansionStop {
  YAML::Mark mark;
};

/// Sizes every anchored node as the number of nodes it holds with its own
/// aliases expanded, and adds that size at each alias. Stops (throws
/// ExpansionStop) as soon as the total added passes the limit, so the
/// counts never grow past it by more than one node's size.
class ExpansionCounter : public YAML::EventHandler {
 public:
  explicit ExpansionCounter(std::uint64_t limit) : limit_(limit) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { leaf(anchor); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                const std::string&) override {
    leaf(anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = sizes_.find(anchor);
    const std::uint64_t size = it == sizes_.end() ? 1 : it->second;
    expansion_ = saturating_add(expansion_, size);
    add(size);
    if (expansion_ > limit_) throw ExpansionStop{mark};
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open_.push_back({anchor, 1});
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open_.push_back({anchor, 1});
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    YAML::anchor_t anchor;
    std::uint64_t size;
  };

  static std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
    return a > std::numeric_limits<std::uint64_t>::max() - b
               ? std::numeric_limits<std::uint64_t>::max()
               : a + b;
  }
  void add(std::uint64_t size) {
    if (!open_.empty()) open_.back().size = saturating_add(open_.back().size, size);
  }
  void leaf(YAML::anchor_t anchor) {
    add(1);
    if (anchor != YAML::NullAnchor) sizes_[anchor] = 1;
  }
  void close() {
    if (open_.empty()) return;
    const Open done = open_.back();
    open_.pop_back();
    if (done.anchor != YAML::NullAnchor) sizes_[done.anchor] = done.size;
    add(done.size);
  }

  std::uint64_t limit_;
  std::uint64_t expansion_ = 0;
  std::vector<Open> open_;
  std::unordered_map<YAML::anchor_t, std::uint64_t> sizes_;
};

}  // namespace

std::optional<YamlRefusal> check_yaml_shape(std::string_view yaml, const FrontMatterLimits& limits) {
  if (yaml.size() > limits.max_size) {
    return YamlRefusal{0, 0,
                       fmt::format("front matter is {} bytes, over the max_frontmatter_size cap "
                                   "of {} bytes; not parsed",
                                   yaml.size(), limits.max_size)};
  }
  return ShapeScanner(limits.max_depth).run(yaml);
}

std::optional<YamlRefusal> check_alias_expansion(std::string_view yaml,
                                                 const FrontMatterLimits& limits) {
  if (yaml.find('*') == std::string_view::npos) return std::nullopt;
  std::istringstream in{std::string(yaml)};
  YAML::Parser parser(in);
  ExpansionCounter counter(limits.max_alias_expansion);
  try {
    // Front matter is one document (a '---' or '...' line would have ended
    // it). Looping until HandleNextDocument returns false never ends on
    // some malformed input: yaml-cpp 0.7 keeps reporting a document
    // without consuming anything (found by fuzz_note_reader).
    parser.HandleNextDocument(counter);
  } catch (const ExpansionStop& stop) {
    return YamlRefusal{stop.mark.line, stop.mark.column,
                       fmt::format("front matter aliases would expand to more than {} nodes "
                                   "(max_alias_expansion); not parsed",
                                   limits.max_alias_expansion)};
  }
  return std::nullopt;
}

}  // namespace vaultlint
