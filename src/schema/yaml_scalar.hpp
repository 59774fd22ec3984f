#pragma once
/// How one YAML scalar becomes a JSON value for schema validation.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace vaultlint {

/// A plain (unquoted, untagged) scalar typed by the YAML 1.2 core schema:
/// null (`null`, `Null`, `NULL`, `~`, empty), bool (`true`, `True`, `TRUE`,
/// `false`, ...), int (decimal, `0o` octal, `0x` hex), float (decimal with
/// `.` or exponent, `.inf`, `.nan`), otherwise a string. A float with no
/// fractional part becomes an integer, as JSON Schema counts 1.0 as one.
nlohmann::json plain_scalar_to_json(std::string_view text);

/// A scalar with the tag yaml-cpp reports: "?" plain (core schema), "!"
/// quoted or block (always a string), `tag:yaml.org,2002:str` a string,
/// the core `int`/`float`/`bool`/`null` tags typed as a plain scalar, and
/// any other tag a string.
nlohmann::json scalar_to_json(const std::string& text, const std::string& tag);

}  // namespace vaultlint
