#pragma once
/// Front-matter values and schema numbers as messages show them.

#include <nlohmann/json.hpp>

#include <string>

namespace vaultlint {

/// Compact JSON; a long string is cut (at a character boundary) and ends
/// in "...". Non-ASCII text stays as written.
std::string value_text(const nlohmann::json& value);

/// The value's JSON type and the value: `string "one"`, `integer 5`,
/// `number 1.5`, `boolean true`, `null`, `array of 3 items`,
/// `object with 2 properties`.
std::string describe_value(const nlohmann::json& value);

/// A number as people write it: 3, 2.5, 1e+20.
std::string number_text(double number);

}  // namespace vaultlint
