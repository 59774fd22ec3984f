#pragma once
/// The checks that need a note's front-matter values, not just its keys:
/// JSON Schema validation and synonym conflicts. They run in the parallel
/// read stage, while the YAML tree is at hand (it is parsed once), and
/// leave only plain findings in the Note.

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "read/simple_front_matter.hpp"
#include "schema/note_schemas.hpp"
#include "schema/yaml_to_json.hpp"
#include "vaultlint/note.hpp"

namespace vaultlint {

inline constexpr const char* kSchemaViolationRule = "schema-violation";
inline constexpr const char* kConflictingFieldsRule = "conflicting-fields";

/// Receives each note's front matter as JSON (for schema inference).
class FrontMatterSink {
 public:
  virtual ~FrontMatterSink() = default;
  virtual void take(const Note& note, const nlohmann::json& front_matter) = 0;
};

struct FieldChecks {
  const NoteSchemas* schemas = nullptr;  ///< nullptr: no schema validation
  const std::vector<std::vector<std::string>>* synonyms = nullptr;  ///< nullptr: no synonym check
  FrontMatterSink* sink = nullptr;       ///< nullptr: the values are not handed out
  JsonConversionLimits limits;
};

/// Hands the front matter `root` (a mapping, or null for an empty front
/// matter) to the sink, validates it against the schema for every note and the one for the note's
/// type, and compares the values of each synonym group. Findings go to
/// note->extras().field_findings, positioned in the file: `first_yaml_line` is the
/// file line of the YAML's first line.
void check_field_values(const YAML::Node& root, int first_yaml_line, const FieldChecks& checks, Note* note);

/// Whether check_field_values needs yaml-cpp's tree: schema validation and
/// the sink do; the synonym check also runs on the fast reader's entries.
inline bool needs_yaml_tree(const FieldChecks& checks) {
  return checks.schemas != nullptr || checks.sink != nullptr;
}

/// The synonym check on the fast front-matter reader's entries, with the
/// same findings as check_field_values on yaml-cpp's tree of the same text.
/// Schemas and the sink are not served here (see needs_yaml_tree).
void check_simple_field_values(const std::vector<SimpleEntry>& entries, int first_yaml_line,
                               const FieldChecks& checks, Note* note);

}  // namespace vaultlint
