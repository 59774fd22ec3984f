#include "read/front_matter.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

#include "read/simple_front_matter.hpp"

namespace vaultlint {
namespace {

std::string_view trim_right(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

SourcePos file_pos(const YAML::Mark& mark, int first_yaml_line) {
  return SourcePos{first_yaml_line + mark.line, mark.column + 1};
}

bool is_nonempty(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return !node.Scalar().empty();
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map:
      return node.size() > 0;
    default:
      return false;
  }
}

void mark_invalid(Note* note, SourcePos pos, std::string message) {
  // Nothing half-read from a bad front matter may be trusted.
  note->id.reset();
  note->type.clear();
  note->aliases.clear();
  note->tags.clear();
  note->nonempty_fields.clear();
  note->field_refs.clear();
  NoteExtras& extras = note->mutable_extras();
  extras.suppressions.clear();
  extras.suppression_problems.clear();
  extras.field_findings.clear();
  extras.front_matter_error_pos = pos;
  extras.front_matter_error = std::move(message);
  note->front_matter = FrontMatterState::invalid;
}

const char* node_type_name(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "a scalar";
    default:
      return "not a mapping";
  }
}

/// yaml-cpp 0.7 accepts a quoted scalar that is never closed when it runs to
/// the end of the input (`title: "oops`): it swallows the rest as the
/// value. Such a scalar is the last one in the document, so checking that
/// each quoted value read here has its closing quote catches it.
/// The mark is where the node's properties start: an anchor ('&a') or tag
/// ('!t') comes before the quote, so those are stepped over first.
bool quote_is_closed(std::string_view yaml, const YAML::Node& node) {
  if (node.Mark().is_null()) return true;
  std::size_t line_start = 0;
  for (int line = 0; line < node.Mark().line; ++line) {
    line_start = yaml.find('\n', line_start);
    if (line_start == std::string_view::npos) return true;
    ++line_start;
  }
  std::size_t open = line_start + static_cast<std::size_t>(node.Mark().column);
  while (open < yaml.size() && (yaml[open] == '&' || yaml[open] == '!')) {
    open = yaml.find_first_of(" \t\n", open);
    if (open == std::string_view::npos) return true;
    open = yaml.find_first_not_of(" \t", open);
    if (open == std::string_view::npos) return true;
  }
  // A plain scalar cannot start with a quote, so a quote here opens the value.
  if (open >= yaml.size() || (yaml[open] != '"' && yaml[open] != '\'')) return true;
  const char quote = yaml[open];
  for (std::size_t i = open + 1; i < yaml.size(); ++i) {
    if (quote == '"' && yaml[i] == '\\') {
      ++i;
    } else if (yaml[i] == quote) {
      if (quote == '\'' && i + 1 < yaml.size() && yaml[i + 1] == '\'') {
        ++i;  // '' is an escaped single quote
      } else {
        return true;
      }
    }
  }
  return false;
}

/// Where the first top-level quoted value (or list item) whose quote never
/// closes starts, if any.
std::optional<YAML::Mark> unterminated_scalar(std::string_view yaml, const YAML::Node& root) {
  for (const auto& entry : root) {
    const YAML::Node& value = entry.second;
    if (value.IsScalar() && !quote_is_closed(yaml, value)) return value.Mark();
    if (value.IsSequence()) {
      for (const auto& item : value) {
        if (item.IsScalar() && !quote_is_closed(yaml, item)) return item.Mark();
      }
    }
  }
  return std::nullopt;
}

void add_problem(Note* note, const YAML::Node& node, const YAML::Node& fallback, int first_line,
                 std::string message) {
  const YAML::Mark mark = node.Mark().is_null() ? fallback.Mark() : node.Mark();
  note->mutable_extras().suppression_problems.push_back(
      SuppressionProblem{file_pos(mark, first_line), std::move(message)});
}

/// `vaultlint: { disable: [RULE, ...] }` (a single RULE may stand alone):
/// the rules no finding of this note is reported for.
void read_suppression_key(const YAML::Node& key, const YAML::Node& value, int first_line,
                          Note* note) {
  constexpr const char* kShape = "'vaultlint' must be a mapping such as { disable: [RULE, ...] }";
  if (!value.IsMap()) return add_problem(note, value, key, first_line, kShape);
  for (const auto& entry : value) {
    if (!entry.first.IsScalar() || entry.first.Scalar() != "disable") {
      add_problem(note, entry.first, key, first_line,
                  "unknown key under 'vaultlint'; only 'disable' is read");
      continue;
    }
    const YAML::Node& list = entry.second;
    if (!list.IsScalar() && !list.IsSequence()) {
      add_problem(note, list, entry.first, first_line,
                  "'vaultlint.disable' must be a rule name or a list of rule names");
      continue;
    }
    Suppression suppression;
    suppression.kind = SuppressionKind::whole_note;
    suppression.pos = file_pos(entry.first.Mark(), first_line);
    const auto items = list.IsScalar() ? std::vector<YAML::Node>{list}
                                       : std::vector<YAML::Node>(list.begin(), list.end());
    for (const auto& item : items) {
      if (!item.IsScalar()) {
        add_problem(note, item, entry.first, first_line,
                    "'vaultlint.disable' must be a rule name or a list of rule names");
        continue;
      }
      suppression.rules.push_back(RuleMention{item.Scalar(), file_pos(item.Mark(), first_line)});
    }
    // An empty list disables nothing: only comments mean "every rule" by naming none.
    if (!suppression.rules.empty()) {
      note->mutable_extras().suppressions.push_back(std::move(suppression));
    }
  }
}

/// What both readers found for one top-level key, put into the note.
void read_entry(const SimpleEntry& entry, bool nonempty, int first_line,
                const std::vector<std::string>& edge_fields, Note* note) {
  const std::string_view key = entry.key.text;
  if (nonempty) note->nonempty_fields.push_back(key);
  const bool scalar = entry.kind == SimpleValueKind::scalar;
  if (key == "id" && scalar && !entry.values.front().text.empty()) {
    note->id = std::string(entry.values.front().text);
    note->id_pos = file_pos(entry.key, first_line);
  } else if (key == "type" && scalar) {
    note->type = entry.values.front().text;
    note->type_pos = file_pos(entry.values.front(), first_line);
  } else if (key == "aliases" || key == "alias") {
    for (const auto& value : entry.values) {
      if (!value.null) note->aliases.emplace_back(value.text);
    }
  } else if (key == "tags") {
    note->tags.clear();
    for (const auto& value : entry.values) {
      if (!value.null) note->tags.emplace_back(value.text);
    }
  }
  if (std::find(edge_fields.begin(), edge_fields.end(), key) != edge_fields.end()) {
    const bool in_list = entry.kind == SimpleValueKind::sequence;
    for (const auto& value : entry.values) {
      if (value.null || value.text.empty()) continue;
      note->field_refs.push_back(
          FieldRef{std::string(key), std::string(value.text), file_pos(value, first_line), in_list});
    }
  }
}

SimpleScalar simple_scalar(const YAML::Node& node) {
  return SimpleScalar{node.Scalar(), node.Mark().line, node.Mark().column, node.Tag() == "!", false};
}

/// yaml-cpp's reading of one entry, in the fast reader's terms: scalars,
/// or a sequence's scalar items, the rest left out (only one level is
/// read, so shared alias trees are never expanded).
SimpleEntry simple_entry(const YAML::Node& key, const YAML::Node& value) {
  SimpleEntry entry;
  entry.key = simple_scalar(key);
  if (value.IsScalar()) {
    entry.kind = SimpleValueKind::scalar;
    entry.values.push_back(simple_scalar(value));
  } else if (value.IsSequence()) {
    entry.kind = SimpleValueKind::sequence;
    for (const auto& item : value) {
      if (item.IsScalar()) entry.values.push_back(simple_scalar(item));
    }
  }
  return entry;
}

void read_mapping(const YAML::Node& root, int first_line,
                  const std::vector<std::string>& edge_fields, Note* note) {
  for (const auto& entry : root) {
    if (!entry.first.IsScalar()) continue;
    if (entry.first.Scalar() == "vaultlint") read_suppression_key(entry.first, entry.second, first_line, note);
    read_entry(simple_entry(entry.first, entry.second), is_nonempty(entry.second), first_line, edge_fields, note);
  }
  note->nonempty_fields.sort();
}

void read_simple_mapping(const std::vector<SimpleEntry>& entries, int first_line,
                         const std::vector<std::string>& edge_fields, Note* note) {
  for (const SimpleEntry& entry : entries) {
    const bool nonempty = entry.kind == SimpleValueKind::scalar ? !entry.values.front().text.empty()
                                                                : !entry.values.empty();
    read_entry(entry, nonempty, first_line, edge_fields, note);
  }
  note->nonempty_fields.sort();
}

}  // namespace

FrontMatterBlock find_front_matter(std::string_view content, const LineTable& lines) {
  FrontMatterBlock block;
  if (lines.line_count() == 0 || trim_right(lines.text_of(1)) != "---") return block;
  block.present = true;
  for (int line = 2; line <= lines.line_count(); ++line) {
    const auto text = trim_right(lines.text_of(line));
    if (text == "---" || text == "...") {
      block.closed = true;
      block.closing_line = line;
      const auto begin = lines.line_count() >= 2 ? lines.start_of(2) : content.size();
      block.yaml = content.substr(begin, lines.start_of(line) - begin);
      return block;
    }
  }
  return block;
}

void read_front_matter(const FrontMatterBlock& block, const std::vector<std::string>& edge_fields,
                       Note* note, const FrontMatterLimits& limits,
                       const FieldChecks* field_checks) {
  if (!block.present) {
    note->front_matter = FrontMatterState::absent;
    return;
  }
  if (!block.closed) {
    mark_invalid(note, SourcePos{1, 1}, "front matter is not closed by a '---' or '...' line");
    return;
  }
  try {
    const auto refuse = [&](YamlRefusal refusal) {
      mark_invalid(note, SourcePos{block.first_yaml_line + refusal.line, refusal.column + 1},
                   std::move(refusal.message));
    };
    const bool simple_allowed = field_checks == nullptr || !needs_yaml_tree(*field_checks);
    const auto read_simple = [&] {
      const auto entries = read_simple_front_matter(block.yaml);
      if (!entries) return false;
      note->front_matter = FrontMatterState::valid;
      read_simple_mapping(*entries, block.first_yaml_line, edge_fields, note);
      if (field_checks) check_simple_field_values(*entries, block.first_yaml_line, *field_checks, note);
      return true;
    };
    // A text the fast reader takes is never deeper than the shape guard
    // allows, so when the limits leave room for it the guard's own pass over
    // the text is spent only on what the fast reader declines.
    const bool simple_first = simple_allowed && block.yaml.size() <= limits.max_size &&
                              limits.max_depth >= kSimpleFrontMatterDepth;
    if (simple_first && read_simple()) return;
    // Refused before either reader looks at it: too big, or too deep
    // (yaml-cpp's parser recurses per level).
    if (auto refusal = check_yaml_shape(block.yaml, limits)) return refuse(std::move(*refusal));
    if (simple_allowed && !simple_first && read_simple()) return;
    // Aliases that expand without bound, before yaml-cpp builds a tree (the
    // fast reader takes no alias, so only yaml-cpp's texts need this).
    if (auto refusal = check_alias_expansion(block.yaml, limits)) return refuse(std::move(*refusal));
    const YAML::Node root = YAML::Load(std::string(block.yaml));
    if (root.IsNull()) {
      note->front_matter = FrontMatterState::valid;
      if (field_checks) check_field_values(root, block.first_yaml_line, *field_checks, note);
      return;
    }
    if (!root.IsMap()) {
      mark_invalid(note, SourcePos{1, 1},
                   std::string("front matter is ") + node_type_name(root) + ", not a mapping");
      return;
    }
    if (const auto open = unterminated_scalar(block.yaml, root)) {
      mark_invalid(note, file_pos(*open, block.first_yaml_line),
                   "invalid YAML in front matter: quoted scalar is never closed");
      return;
    }
    note->front_matter = FrontMatterState::valid;
    read_mapping(root, block.first_yaml_line, edge_fields, note);
    if (field_checks) check_field_values(root, block.first_yaml_line, *field_checks, note);
  } catch (const YAML::Exception& e) {
    const SourcePos pos = e.mark.is_null() ? SourcePos{1, 1} : file_pos(e.mark, block.first_yaml_line);
    mark_invalid(note, pos, "invalid YAML in front matter: " + e.msg);
  } catch (const std::exception& e) {
    mark_invalid(note, SourcePos{1, 1}, std::string("invalid YAML in front matter: ") + e.what());
  }
}

}  // namespace vaultlint
