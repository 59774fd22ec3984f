#include "schema/schema_config.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "schema/schema_document.hpp"
#include "schema/yaml_to_json.hpp"

namespace vaultlint {
namespace {

/// The schema document of one entry, before bundling: the inline mapping
/// converted, or the file read. *file is the file `$ref`s are relative to.
bool entry_document(const YAML::Node& value, const std::filesystem::path& config_file, nlohmann::json* document,
                    std::filesystem::path* file, std::string* problem) {
  if (value.IsMap() || (value.IsScalar() && value.Tag() == "?" && (value.Scalar() == "true" || value.Scalar() == "false"))) {
    *file = config_file;
    JsonConversionError error;
    if (yaml_to_json(value, JsonConversionLimits{}, document, &error)) return true;
    *problem = error.message;
    return false;
  }
  if (!value.IsScalar() || value.Scalar().empty()) {
    *problem = "must be a schema (a mapping) or the path of a JSON or YAML schema file";
    return false;
  }
  *file = config_file.parent_path() / value.Scalar();
  return read_schema_file(*file, document, problem);
}

}  // namespace

bool load_schemas_section(const YAML::Node& section, const std::string& origin,
                          std::shared_ptr<const NoteSchemas>* out, std::string* error) {
  if (!section.IsMap()) {
    *error = fmt::format("{}:{}: 'schemas' must map note types (or \"*\") to schemas", origin,
                         section.Mark().line + 1);
    return false;
  }
  auto schemas = std::make_shared<NoteSchemas>();
  for (const auto& entry : section) {
    const int line = entry.first.Mark().line + 1;
    if (!entry.first.IsScalar() || entry.first.Scalar().empty()) {
      *error = fmt::format("{}:{}: a schema's key must be a note type or \"*\"", origin, line);
      return false;
    }
    const std::string type = entry.first.Scalar();
    nlohmann::json document;
    std::filesystem::path file;
    std::string problem;
    if (!entry_document(entry.second, origin, &document, &file, &problem) ||
        !bundle_schema(std::move(document), file, &document, &problem) ||
        !schemas->add(type, document, &problem)) {
      *error = fmt::format("{}:{}: schema for '{}': {}", origin, line, type, problem);
      return false;
    }
  }
  *out = std::move(schemas);
  return true;
}

}  // namespace vaultlint
