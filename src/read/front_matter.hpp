#pragma once
/// Finding the YAML front matter of a note and reading the keys vaultlint uses.

#include <string>
#include <string_view>
#include <vector>

#include "read/front_matter_guard.hpp"
#include "read/line_table.hpp"
#include "schema/field_checks.hpp"
#include "vaultlint/note.hpp"

namespace vaultlint {

struct FrontMatterBlock {
  bool present = false;  ///< line 1 is '---'
  bool closed = false;   ///< a later '---' or '...' line closes it
  int first_yaml_line = 2;
  int closing_line = 0;  ///< 1-based; 0 when not closed
  std::string_view yaml;
};

/// Locates the front matter: line 1 is "---" (trailing blanks allowed), and
/// the first later line that is "---" or "..." closes it.
FrontMatterBlock find_front_matter(std::string_view content, const LineTable& lines);

/// Parses the YAML and fills the note's front-matter fields (state, id,
/// type, aliases, tags, non-empty keys, references from `edge_fields`). A
/// YAML error, or YAML that is not a mapping, makes the state invalid with a
/// message and a position in the file. Front matter over `limits` is
/// refused (invalid) before yaml-cpp builds anything from it. With
/// `field_checks`, the values are then checked too (see
/// check_field_values). Never throws.
void read_front_matter(const FrontMatterBlock& block, const std::vector<std::string>& edge_fields,
                       Note* note, const FrontMatterLimits& limits = FrontMatterLimits{},
                       const FieldChecks* field_checks = nullptr);

}  // namespace vaultlint
