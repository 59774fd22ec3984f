#pragma once
/// Front-matter YAML as JSON, for schema validation. Bounded on purpose:
/// yaml-cpp shares an anchored node between its aliases, so a recursive copy
/// of an "alias bomb" would grow exponentially. Kept in its own file so the
/// reader's own guards (depth, aliases, size) can share these limits.

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

namespace vaultlint {

struct JsonConversionLimits {
  int max_depth = 64;               ///< nested lists and mappings
  std::size_t max_values = 100000;  ///< values produced, each alias repeat counted in full
};

struct JsonConversionError {
  std::string message;
  YAML::Mark mark;  ///< the node that could not be converted
};

/// Converts `node`: mappings become objects (keys are the key scalars as
/// written; the first of duplicate keys wins, as in yaml-cpp's lookup),
/// sequences arrays, scalars typed by scalar_to_json. Fails, with the node
/// at fault, on a mapping key that is a list or mapping, on nesting deeper
/// than `limits.max_depth`, and when more than `limits.max_values` values
/// would be produced. A repeated (aliased) node is charged its full size
/// before it is copied again, so a bomb stops at the first repeat that
/// goes over the budget.
bool yaml_to_json(const YAML::Node& node, const JsonConversionLimits& limits, nlohmann::json* out,
                  JsonConversionError* error);

}  // namespace vaultlint
