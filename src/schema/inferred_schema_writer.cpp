#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <cctype>

#include "schema/yaml_scalar.hpp"
#include "vaultlint/schema.hpp"

namespace vaultlint {
namespace {

/// A key or type name as YAML: plain when it reads back as the same string,
/// else a double-quoted (JSON) string.
std::string yaml_name(const std::string& name) {
  bool plain = !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_');
  for (const char c : name) {
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.');
  }
  if (plain && plain_scalar_to_json(name).is_string()) return name;
  return nlohmann::json(name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string yaml_list(const std::vector<std::string>& items, bool quote) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += quote ? nlohmann::json(items[i]).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                 : yaml_name(items[i]);
  }
  return out + "]";
}

/// `string`, `"null"` (a plain null would be read as no type at all), or a list.
std::string type_value(const std::vector<std::string>& types) {
  return types.size() == 1 ? yaml_name(types[0]) : yaml_list(types, false);
}

std::string share(std::size_t part, std::size_t whole) {
  const std::size_t percent = whole == 0 ? 0 : (200 * part + whole) / (2 * whole);
  return fmt::format("{} of {} notes ({}%)", part, whole, percent);
}

void write_property(std::ostream& out, const InferredProperty& property, std::size_t notes) {
  out << "      " << yaml_name(property.name) << ":  # " << share(property.notes, notes) << '\n';
  out << "        type: " << type_value(property.types) << '\n';
  if (!property.item_types.empty()) {
    out << "        items:\n          type: " << type_value(property.item_types) << '\n';
  }
  if (!property.enum_values.empty()) out << "        enum: " << yaml_list(property.enum_values, true) << '\n';
}

void write_type(std::ostream& out, const InferredType& type) {
  out << "  " << yaml_name(type.name) << ":  # " << type.notes << (type.notes == 1 ? " note" : " notes") << '\n';
  out << "    type: object\n";
  std::vector<std::string> required;
  for (const auto& property : type.properties) {
    if (property.notes == type.notes) required.push_back(property.name);
  }
  if (!required.empty()) out << "    required: " << yaml_list(required, false) << '\n';
  out << "    properties:\n";
  for (const auto& property : type.properties) write_property(out, property, type.notes);
}

}  // namespace

void write_inferred_schemas(std::ostream& out, const InferredSchemas& schemas) {
  out << "# Starting schemas inferred by `vaultlint schema infer` from " << schemas.notes << " notes: "
      << schemas.typed << " with a type, " << schemas.untyped << " without one, " << schemas.unread
      << " not read\n"
         "# (no front matter, or front matter that does not parse). Per type: the properties its\n"
         "# notes use, their JSON types and the share of notes that have them; `required` lists\n"
         "# those every note of the type has; `enum` appears for strings with a few repeated values.\n"
         "# A starting point: tighten by hand (patterns, formats, additionalProperties: false).\n";
  if (schemas.types.empty()) {
    out << "schemas: {}\n";
    return;
  }
  out << "schemas:\n";
  for (const auto& type : schemas.types) write_type(out, type);
}

}  // namespace vaultlint
