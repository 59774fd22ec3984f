#include "schema/note_schemas.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>

#include <regex>
#include <stdexcept>

namespace vaultlint {
namespace {

/// valijson compiles `pattern` and `patternProperties` regexes only while
/// validating, and std::regex throws on a bad one: compile them now, so a
/// bad pattern is a config error rather than a surprise in some note.
/// The largest number a pattern may write as a backreference or a repeat
/// count. libstdc++ reads those numbers into a `long` without an overflow
/// check (undefined behaviour, found by fuzz_config), and expands `{n}` into
/// n copies of its operand, so large counts also cost memory without bound.
constexpr unsigned long kMaxRegexNumber = 10000;

/// The first number in a backreference (`\12`) or repeat (`{3,12}`) that is
/// over kMaxRegexNumber, as written; empty when there is none.
std::string oversized_regex_number(const std::string& pattern) {
  const auto digits_at = [&](std::size_t i) {
    std::size_t end = i;
    while (end < pattern.size() && pattern[end] >= '0' && pattern[end] <= '9') ++end;
    return end;
  };
  const auto too_big = [&](std::size_t begin, std::size_t end) {
    return end - begin > 5 || (end > begin && std::stoul(pattern.substr(begin, end - begin)) > kMaxRegexNumber);
  };
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      const std::size_t end = digits_at(i + 1);
      if (too_big(i + 1, end)) return pattern.substr(i, end - i);
      i = end > i + 1 ? end - 1 : i + 1;  // skip the escaped character
    } else if (pattern[i] == '{') {
      std::size_t end = digits_at(i + 1);
      if (too_big(i + 1, end)) return pattern.substr(i, end - i);
      if (end < pattern.size() && pattern[end] == ',') {
        const std::size_t upper = digits_at(end + 1);
        if (too_big(end + 1, upper)) return pattern.substr(i, upper - i);
      }
    }
  }
  return {};
}

void check_regex(const std::string& pattern) {
  if (const std::string number = oversized_regex_number(pattern); !number.empty()) {
    throw std::runtime_error("invalid regular expression '" + pattern + "': '" + number +
                             "' is over the largest backreference or repeat count vaultlint accepts (" +
                             std::to_string(kMaxRegexNumber) + ")");
  }
  try {
    const std::regex compiled(pattern);
  } catch (const std::regex_error& e) {
    throw std::runtime_error("invalid regular expression '" + pattern + "': " + e.what());
  }
}

/// Collects every "enum" array and "const" value in a schema document, and
/// checks its regexes.
void collect_values(const nlohmann::json& node, SchemaValues* values) {
  if (node.is_array()) {
    for (const auto& item : node) collect_values(item, values);
    return;
  }
  if (!node.is_object()) return;
  for (const auto& [key, child] : node.items()) {
    if (key == "enum" && child.is_array()) {
      values->enums.push_back(child);
    } else if (key == "const") {
      values->consts.push_back(child);
    } else if (key != "default" && key != "examples") {
      if (key == "pattern" && child.is_string()) check_regex(child.get<std::string>());
      if (key == "patternProperties" && child.is_object()) {
        for (const auto& entry : child.items()) check_regex(entry.key());
      }
      collect_values(child, values);
    }
  }
}

}  // namespace

NoteSchemas::NoteSchemas() = default;
NoteSchemas::~NoteSchemas() = default;

bool NoteSchemas::add(const std::string& type, const nlohmann::json& document, std::string* error) {
  auto schema = std::make_unique<valijson::Schema>();
  SchemaValues values;
  try {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    const valijson::adapters::NlohmannJsonAdapter adapter(document);
    parser.populateSchema(adapter, *schema);
    collect_values(document, &values);
  } catch (const std::exception& e) {
    *error = e.what();
    return false;
  }
  values_.enums.insert(values_.enums.end(), values.enums.begin(), values.enums.end());
  values_.consts.insert(values_.consts.end(), values.consts.begin(), values.consts.end());
  schemas_[type] = std::move(schema);
  documents_[type] = document.dump();
  return true;
}

std::string NoteSchemas::source_key() const {
  std::string key;
  for (const auto& [type, document] : documents_) {
    key += type;
    key += '\0';
    key += document;
    key += '\0';
  }
  return key;
}

const valijson::Schema* NoteSchemas::for_every_note() const { return for_type(kEveryNoteType); }

const valijson::Schema* NoteSchemas::for_type(const std::string& type) const {
  const auto found = schemas_.find(type);
  return found == schemas_.end() ? nullptr : found->second.get();
}

std::vector<std::string> NoteSchemas::types() const {
  std::vector<std::string> out;
  for (const auto& [type, schema] : schemas_) {
    if (type != kEveryNoteType) out.push_back(type);
  }
  return out;
}

}  // namespace vaultlint
