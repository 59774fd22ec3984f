#pragma once
/// The `schemas:` section of the config, compiled once per run. After
/// loading it is only read: every reader thread validates against it.

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace valijson {
class Schema;
}

namespace vaultlint {

/// The enum lists and const values of the loaded schema documents.
/// valijson keeps them in a form it can compare but not print; messages
/// name the expected values by finding the list that compares equal.
struct SchemaValues {
  std::vector<nlohmann::json> enums;  ///< each one an array
  std::vector<nlohmann::json> consts;
};

/// The type key that applies a schema to every note.
inline constexpr const char* kEveryNoteType = "*";

class NoteSchemas {
 public:
  NoteSchemas();
  ~NoteSchemas();
  NoteSchemas(const NoteSchemas&) = delete;
  NoteSchemas& operator=(const NoteSchemas&) = delete;

  /// Compiles `document` (draft 7, self-contained: see bundle_schema) as
  /// the schema of notes of `type` (kEveryNoteType: every note). Returns
  /// false with *error when it is not a schema valijson accepts.
  bool add(const std::string& type, const nlohmann::json& document, std::string* error);

  /// The schema for every note, or nullptr.
  const valijson::Schema* for_every_note() const;
  /// The schema for notes of `type`, or nullptr.
  const valijson::Schema* for_type(const std::string& type) const;
  /// The named types (kEveryNoteType left out), sorted.
  std::vector<std::string> types() const;
  const SchemaValues& values() const { return values_; }
  /// Every type and its document as added, in type order: what the
  /// incremental cache keys findings on.
  std::string source_key() const;

 private:
  std::map<std::string, std::string, std::less<>> documents_;  ///< type -> compact JSON
  std::map<std::string, std::unique_ptr<valijson::Schema>, std::less<>> schemas_;
  SchemaValues values_;
};

}  // namespace vaultlint
