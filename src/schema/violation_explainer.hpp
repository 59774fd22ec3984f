#pragma once
/// Walks a compiled schema beside an instance that valijson found invalid
/// and names each leaf constraint that fails, with its expected value.
/// valijson's own error list cannot do this: it does not say which branch
/// of an anyOf an error came from, and keeps no expected values.

#include <nlohmann/json.hpp>

#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

#include "schema/schema_validation.hpp"

namespace valijson {
class Subschema;
}

namespace vaultlint {

/// std::regex objects compiled for `pattern`, shared with valijson's
/// visitor; one per thread.
using RegexCache = std::unordered_map<std::string, std::regex>;

/// Appends to *out the violations of `instance` against `schema`. Leaf
/// constraints are checked by valijson's own visitor, one at a time;
/// container constraints (properties, items, allOf, anyOf, ...) are
/// followed here.
void explain_violations(const valijson::Subschema& schema, const nlohmann::json& instance,
                        const SchemaValues& values, RegexCache& regexes, std::vector<Violation>* out);

}  // namespace vaultlint
