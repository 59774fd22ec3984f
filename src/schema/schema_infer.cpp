#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <set>

#include "read/front_matter_pass.hpp"
#include "vaultlint/schema.hpp"

namespace vaultlint {
namespace {

/// JSON types in the order schemas list them.
constexpr std::array kJsonTypes = {"null", "boolean", "integer", "number", "string", "array", "object"};

std::size_t json_type(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::boolean:
      return 1;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return 2;
    case nlohmann::json::value_t::number_float:
      return 3;
    case nlohmann::json::value_t::string:
      return 4;
    case nlohmann::json::value_t::array:
      return 5;
    case nlohmann::json::value_t::object:
      return 6;
    default:
      return 0;
  }
}

/// An `enum` is offered for string values only, when there are few of them
/// and they repeat: otherwise they are names or prose, not a closed set.
constexpr std::size_t kMaxEnumValues = 5;

struct PropertyStats {
  std::size_t notes = 0;
  std::set<std::size_t> types;
  std::set<std::size_t> item_types;
  std::map<std::string, std::size_t> strings;  ///< up to kMaxEnumValues + 1 distinct
  bool only_strings = true;
};

struct TypeStats {
  std::size_t notes = 0;
  std::map<std::string, PropertyStats> properties;
};

/// Sums up the front matter handed to it; reader threads share one.
class Collector final : public FrontMatterSink {
 public:
  void take(const Note& note, const nlohmann::json& front_matter) override {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto type = front_matter.find("type");
    if (note.type.empty() || type == front_matter.end()) {
      ++untyped_;
      return;
    }
    TypeStats& stats = types_[note.type];
    ++stats.notes;
    for (const auto& [key, value] : front_matter.items()) add(stats.properties[key], value);
  }

  std::size_t untyped() const { return untyped_; }
  const std::map<std::string, TypeStats>& types() const { return types_; }

 private:
  static void add(PropertyStats& stats, const nlohmann::json& value) {
    ++stats.notes;
    stats.types.insert(json_type(value));
    if (value.is_array()) {
      for (const auto& item : value) stats.item_types.insert(json_type(item));
    }
    if (!value.is_string()) {
      stats.only_strings = false;
    } else if (stats.strings.size() <= kMaxEnumValues || stats.strings.count(value.get<std::string>())) {
      ++stats.strings[value.get<std::string>()];
    }
  }

  std::mutex mutex_;
  std::size_t untyped_ = 0;
  std::map<std::string, TypeStats> types_;
};

std::vector<std::string> type_names(const std::set<std::size_t>& types) {
  std::vector<std::string> out;
  for (const std::size_t type : types) {
    if (type == 2 && types.count(3)) continue;  // integers are numbers too
    out.emplace_back(kJsonTypes[type]);
  }
  return out;
}

InferredProperty summarize(const std::string& name, const PropertyStats& stats) {
  InferredProperty property{name, stats.notes, type_names(stats.types), type_names(stats.item_types), {}};
  const std::size_t distinct = stats.strings.size();
  if (stats.only_strings && distinct <= kMaxEnumValues && stats.notes >= 2 * distinct) {
    for (const auto& [value, count] : stats.strings) property.enum_values.push_back(value);
  }
  return property;
}

}  // namespace

bool infer_schemas(const std::filesystem::path& root, const Config& config, const LoadOptions& load,
                   InferredSchemas* out, std::string* error) {
  Collector collector;
  FrontMatterPass pass;
  if (!read_front_matter(root, config, load.threads, collector, &pass, error)) return false;
  const std::size_t read = pass.parsed;
  *out = InferredSchemas{};
  out->notes = pass.notes;
  out->untyped = collector.untyped();
  out->typed = read - out->untyped;
  out->unread = out->notes - read;
  for (const auto& [name, stats] : collector.types()) {
    InferredType type{name, stats.notes, {}};
    for (const auto& [key, property] : stats.properties) type.properties.push_back(summarize(key, property));
    out->types.push_back(std::move(type));
  }
  return true;
}

}  // namespace vaultlint
