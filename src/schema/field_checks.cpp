#include "schema/field_checks.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "schema/schema_validation.hpp"
#include "schema/yaml_scalar.hpp"
#include "schema/value_text.hpp"
#include "schema/yaml_locate.hpp"

namespace vaultlint {
namespace {

SourcePos file_pos(const YAML::Mark& mark, int first_yaml_line) {
  // A null mark is the front matter as a whole: its opening '---' line.
  if (mark.is_null()) return SourcePos{1, 1};
  return SourcePos{first_yaml_line + mark.line, mark.column + 1};
}

SourcePos violation_pos(const YAML::Node& root, const Violation& violation, int first_yaml_line) {
  if (!root.IsMap()) return SourcePos{1, 1};
  switch (violation.anchor) {
    case Violation::Anchor::parent: {
      const InstancePath parent(violation.path.begin(), violation.path.end() - (violation.path.empty() ? 0 : 1));
      return file_pos(locate_in_yaml(root, parent, false), first_yaml_line);
    }
    case Violation::Anchor::key:
      return file_pos(locate_in_yaml(root, violation.path, true), first_yaml_line);
    default:
      return file_pos(locate_in_yaml(root, violation.path, false), first_yaml_line);
  }
}

void add_finding(Note* note, const char* rule, SourcePos pos, std::string message, std::string target) {
  const auto same = [&](const FieldFinding& f) { return f.rule == rule && f.pos == pos && f.message == message; };
  // The schema for every note and the type's own may say the same thing.
  if (std::any_of(note->extras().field_findings.begin(), note->extras().field_findings.end(), same)) return;
  note->mutable_extras().field_findings.push_back(FieldFinding{rule, pos, std::move(message), std::move(target)});
}

void check_schemas(const YAML::Node& root, int first_yaml_line, const FieldChecks& checks, Note* note) {
  const valijson::Schema* schemas[] = {checks.schemas->for_every_note(),
                                       note->type.empty() ? nullptr : checks.schemas->for_type(note->type)};
  if (schemas[0] == nullptr && schemas[1] == nullptr) return;
  nlohmann::json instance = nlohmann::json::object();
  JsonConversionError problem;
  if (root.IsMap() && !yaml_to_json(root, checks.limits, &instance, &problem)) {
    add_finding(note, kSchemaViolationRule, file_pos(problem.mark, first_yaml_line),
                "front matter not checked against its schema: " + problem.message, "");
    return;
  }
  for (const valijson::Schema* schema : schemas) {
    if (schema == nullptr) continue;
    for (const auto& violation : validate_instance(*schema, instance, checks.schemas->values())) {
      add_finding(note, kSchemaViolationRule, violation_pos(root, violation, first_yaml_line), violation.message,
                  json_pointer(violation.path));
    }
  }
}

void hand_out(const YAML::Node& root, const FieldChecks& checks, Note* note) {
  nlohmann::json instance = nlohmann::json::object();
  JsonConversionError problem;
  if (!root.IsMap() || yaml_to_json(root, checks.limits, &instance, &problem)) checks.sink->take(*note, instance);
}

bool is_empty(const nlohmann::json& value) {
  // nlohmann's empty() is false for every string, "" included.
  if (value.is_string()) return value.get_ref<const std::string&>().empty();
  return value.is_null() || ((value.is_array() || value.is_object()) && value.empty());
}

/// A key of a synonym group whose value is not empty, as first written.
struct Member {
  std::string key;
  SourcePos pos;
  nlohmann::json value;
};

bool is_synonym(const std::vector<std::string>& group, std::string_view key, const std::vector<Member>& present) {
  return std::find(group.begin(), group.end(), key) != group.end() &&
         std::none_of(present.begin(), present.end(), [&](const Member& m) { return m.key == key; });
}

/// Each member whose value differs from the first member's.
void report_conflicts(const std::vector<Member>& present, Note* note) {
  for (std::size_t i = 1; i < present.size(); ++i) {
    if (present[i].value == present[0].value) continue;
    add_finding(note, kConflictingFieldsRule, present[i].pos,
                fmt::format("'{}' is {} but its synonym '{}' on line {} is {}", present[i].key,
                            value_text(present[i].value), present[0].key, present[0].pos.line,
                            value_text(present[0].value)),
                present[i].key);
  }
}

void check_group(const YAML::Node& root, int first_yaml_line, const std::vector<std::string>& group,
                 const FieldChecks& checks, Note* note) {
  std::vector<Member> present;  // in the order they are written
  for (const auto& entry : root) {
    if (!entry.first.IsScalar() || !is_synonym(group, entry.first.Scalar(), present)) continue;
    Member member{entry.first.Scalar(), file_pos(entry.first.Mark(), first_yaml_line), nullptr};
    JsonConversionError problem;
    if (!yaml_to_json(entry.second, checks.limits, &member.value, &problem) || is_empty(member.value)) continue;
    present.push_back(std::move(member));
  }
  report_conflicts(present, note);
}

nlohmann::json simple_scalar_to_json(const SimpleScalar& scalar) {
  if (scalar.null) return nullptr;
  if (scalar.quoted) return std::string(scalar.text);
  return plain_scalar_to_json(scalar.text);
}

/// The value as yaml_to_json makes it from yaml-cpp's tree, within the
/// same limits; false where that would fail.
bool simple_entry_to_json(const SimpleEntry& entry, const JsonConversionLimits& limits, nlohmann::json* out) {
  switch (entry.kind) {
    case SimpleValueKind::null:
      *out = nullptr;
      return limits.max_values >= 1;
    case SimpleValueKind::scalar:
      *out = simple_scalar_to_json(entry.values.front());
      return limits.max_values >= 1;
    case SimpleValueKind::sequence:
      *out = nlohmann::json::array();
      for (const SimpleScalar& item : entry.values) out->push_back(simple_scalar_to_json(item));
      return limits.max_depth > 0 && entry.values.size() < limits.max_values;
  }
  return false;
}

}  // namespace

void check_field_values(const YAML::Node& root, int first_yaml_line, const FieldChecks& checks, Note* note) {
  try {
    if (checks.sink != nullptr) hand_out(root, checks, note);
    if (checks.schemas != nullptr) check_schemas(root, first_yaml_line, checks, note);
    if (checks.synonyms != nullptr && root.IsMap()) {
      for (const auto& group : *checks.synonyms) check_group(root, first_yaml_line, group, checks, note);
    }
  } catch (const std::exception& e) {
    // Nothing here should throw (patterns are compiled when the config is
    // read); if something does, it is this note's finding, not a crash and
    // not a YAML error.
    add_finding(note, kSchemaViolationRule, SourcePos{1, 1},
                std::string("front matter could not be checked against its schema: ") + e.what(), "");
  }
}

void check_simple_field_values(const std::vector<SimpleEntry>& entries, int first_yaml_line,
                               const FieldChecks& checks, Note* note) {
  if (checks.synonyms == nullptr) return;
  for (const auto& group : *checks.synonyms) {
    std::vector<Member> present;  // in the order they are written
    for (const SimpleEntry& entry : entries) {
      if (!is_synonym(group, entry.key.text, present)) continue;
      Member member{std::string(entry.key.text), file_pos(entry.key, first_yaml_line), nullptr};
      if (!simple_entry_to_json(entry, checks.limits, &member.value) || is_empty(member.value)) continue;
      present.push_back(std::move(member));
    }
    report_conflicts(present, note);
  }
}

}  // namespace vaultlint
