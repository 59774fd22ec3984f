#pragma once
/// A fast reader for the front matter almost every note has: a block
/// mapping of plain keys whose values are scalars or lists of scalars.
///
/// yaml-cpp builds a tree of reference-counted nodes for every note, which
/// was 43% of a whole check's instructions (docs/performance.md). This
/// reader takes a small, conservative subset of YAML in one pass over the
/// text, and declines everything else, so the caller hands that to
/// yaml-cpp: the two must never disagree on what they both accept, which
/// tests/read/simple_front_matter_test.cpp and fuzz/front_matter_fast_path
/// check against yaml-cpp itself.
///
/// Taken: `key: plain`, `key: "double"` (no escapes), `key: 'single'` (no
/// `''`), `key: [a, "b"]` on one line, `key:` then `- item` lines,
/// `key:` with nothing, `~`/`null` values, blank lines, and comments at the
/// start of a line or after a value. Declined: anything else, such as block
/// scalars, nested mappings, anchors, aliases, tags, multi-line scalars,
/// tabs, control characters, duplicate keys and the `vaultlint` key (read
/// by its own yaml-cpp code).

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "vaultlint/diagnostic.hpp"

namespace vaultlint {

/// A scalar and where it starts, 0-based in the YAML text like YAML::Mark
/// (column in bytes; a quoted scalar starts at its quote).
struct SimpleScalar {
  std::string_view text;
  int line = 0;
  int column = 0;
  bool quoted = false;  ///< always a string; a plain one is typed by its text
  bool null = false;    ///< a plain `~`, `null`, `Null`, `NULL` or nothing
};

/// Where `scalar` is in the note's file: `first_yaml_line` is the file line
/// of the YAML's first line.
inline SourcePos file_pos(const SimpleScalar& scalar, int first_yaml_line) {
  return SourcePos{first_yaml_line + scalar.line, scalar.column + 1};
}

enum class SimpleValueKind { null, scalar, sequence };

/// One top-level `key: value`.
struct SimpleEntry {
  SimpleScalar key;
  SimpleValueKind kind = SimpleValueKind::null;
  /// The scalar itself (never null), or a sequence's items in order.
  std::vector<SimpleScalar> values;
};

/// The deepest nesting check_yaml_shape counts in a text this reader takes
/// (`key:`, then `- item` indented under it). Under a depth limit at least
/// this deep, a text the reader takes needs no shape guard.
inline constexpr int kSimpleFrontMatterDepth = 3;

/// The entries in the order written, or nothing when the text is outside
/// the subset (which says nothing about whether it is valid YAML).
/// `yaml` is the text between the front matter's fences; the views point
/// into it.
std::optional<std::vector<SimpleEntry>> read_simple_front_matter(std::string_view yaml);

}  // namespace vaultlint
