#pragma once
/// Learning a starting `.vaultlint.yaml` from a vault (`vaultlint init`).

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "vaultlint/vault.hpp"

namespace vaultlint {

struct TypeGuess {
  std::string name;
  std::size_t notes = 0;
  std::size_t sourced = 0;          ///< notes with a non-empty source field
  double incoming_per_note = 0.0;   ///< references from other notes, per note
  bool listed = false;              ///< written under `types:` (not a lone typo of another type)
};

struct FieldGuess {
  std::string name;
  std::size_t notes = 0;      ///< notes that set it
  std::size_t values = 0;     ///< string values (list items counted one by one)
  std::size_t resolving = 0;  ///< of those, values that name a note
  std::size_t urls = 0;       ///< of those, values that look like URLs
};

struct InferredConfig {
  std::size_t notes = 0;
  std::size_t with_front_matter = 0;
  std::vector<TypeGuess> types;             ///< by note count, then name
  std::vector<FieldGuess> edge_fields;      ///< by name
  std::vector<FieldGuess> source_fields;    ///< by name
  std::vector<std::string> concept_types;   ///< orphan_types
  std::vector<std::string> claim_types;
};

/// Reads every note under `root` (all of it, with the default settings)
/// and guesses the settings of docs/init.md: note types, edge fields,
/// source fields, and which types are concepts and claims. Returns false
/// with *error only when `root` cannot be walked.
bool infer_config(const std::filesystem::path& root, const LoadOptions& options, InferredConfig* out,
                  std::string* error);

/// The commented `.vaultlint.yaml` for `config`.
void write_inferred_config(std::ostream& out, const InferredConfig& config);

}  // namespace vaultlint
