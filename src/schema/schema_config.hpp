#pragma once
/// The `schemas:` section of `.vaultlint.yaml`.

#include <yaml-cpp/yaml.h>

#include <memory>
#include <string>

#include "schema/note_schemas.hpp"

namespace vaultlint {

/// Compiles the `schemas:` mapping: each key a note type or "*" (every
/// note), each value a schema written inline (a mapping) or the path of a
/// JSON or YAML schema file. Paths, and `$ref`s in inline schemas, are
/// relative to the folder of `origin` (the config file). Returns false with
/// *error ("origin:line: message", the line of the offending entry) for the
/// first schema that does not load.
bool load_schemas_section(const YAML::Node& section, const std::string& origin,
                          std::shared_ptr<const NoteSchemas>* out, std::string* error);

}  // namespace vaultlint
