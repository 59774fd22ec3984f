#pragma once
/// Validating one note's front matter against one compiled schema, and
/// saying what is wrong in terms a note's author can act on.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "schema/instance_path.hpp"
#include "schema/note_schemas.hpp"

namespace vaultlint {

struct Violation {
  /// Where the finding belongs: the offending value, the key of an
  /// unwanted property, or the object that lacks a required property.
  enum class Anchor { value, key, parent };

  InstancePath path;  ///< the value (for a missing property: where it would be)
  Anchor anchor = Anchor::value;
  std::string keyword;  ///< the JSON Schema keyword that failed
  std::string message;  ///< `/originDay: expected integer, got string "one"`
};

/// Validates `instance` against `schema` (valijson decides). Valid: empty.
/// Invalid: one Violation per failed leaf constraint: a value whose
/// property or item fails is not reported itself, an anyOf/oneOf that no
/// branch satisfies is one violation, and if/then/else reports the branch
/// that applies. Safe to call from many threads on one schema.
std::vector<Violation> validate_instance(const valijson::Schema& schema, const nlohmann::json& instance,
                                         const SchemaValues& values);

}  // namespace vaultlint
