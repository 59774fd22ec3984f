#pragma once
/// Learning starting schemas from a vault's notes (`vaultlint schema infer`).

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "vaultlint/config.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

struct InferredProperty {
  std::string name;
  std::size_t notes = 0;                 ///< notes of the type that have it
  std::vector<std::string> types;        ///< JSON types seen ("integer" folded into "number" when both)
  std::vector<std::string> item_types;   ///< for arrays: the JSON types of their items
  std::vector<std::string> enum_values;  ///< a handful of repeated string values, else empty
};

struct InferredType {
  std::string name;
  std::size_t notes = 0;
  std::vector<InferredProperty> properties;  ///< sorted by name
};

struct InferredSchemas {
  std::size_t notes = 0;     ///< notes in the vault
  std::size_t typed = 0;     ///< notes read that have a type
  std::size_t untyped = 0;   ///< notes read whose front matter has no (scalar) type
  std::size_t unread = 0;    ///< no front matter, front matter that does not parse, unreadable
  std::vector<InferredType> types;  ///< sorted by name
};

/// Reads the front matter of every note under `root` (honouring the
/// config's `ignore` and `max_file_size`; on `options.threads` threads) and
/// sums up, per note type, the properties used. Returns false with *error
/// only when `root` cannot be walked.
bool infer_schemas(const std::filesystem::path& root, const Config& config, const LoadOptions& options,
                   InferredSchemas* out, std::string* error);

/// A `.vaultlint.yaml` fragment (a `schemas:` section, YAML with comments):
/// per type, `type: object`, `required` (properties every note of the type
/// has), and each property's JSON types, item types and `enum`, commented
/// with the share of notes that have it.
void write_inferred_schemas(std::ostream& out, const InferredSchemas& schemas);

}  // namespace vaultlint
