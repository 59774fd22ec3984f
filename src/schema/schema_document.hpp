#pragma once
/// Reading JSON Schema documents and making each one self-contained.

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace vaultlint {

/// The key under which bundle_schema() places the documents it pulled in.
inline constexpr const char* kBundleKey = "x-vaultlint-bundle";

/// Reads a schema file: JSON when the name ends in ".json", YAML otherwise
/// (typed like front matter). Returns false with *error ("file:line:
/// message" for syntax errors, "file: message" otherwise).
bool read_schema_file(const std::filesystem::path& file, nlohmann::json* out, std::string* error);

/// Makes `root` self-contained. `origin` is the file that holds it (for an
/// inline schema, the config file): every `$ref` naming another file is
/// resolved relative to the file that holds that `$ref`, the file is read
/// (and its own `$ref`s followed), and a copy is placed under kBundleKey;
/// the `$ref` is rewritten to point into that copy. valijson 1.0 cannot be
/// left to do it: it resolves a relative reference against the first
/// document, not the referring one, and caches subschemas by JSON pointer
/// alone, so two files with the same `#/definitions/x` would be confused.
/// References with a scheme (`http://...`, `urn:...`), or under an `$id`
/// that has one, are left alone. Returns false with *error when a file
/// cannot be read.
bool bundle_schema(nlohmann::json root, const std::filesystem::path& origin, nlohmann::json* out,
                   std::string* error);

}  // namespace vaultlint
