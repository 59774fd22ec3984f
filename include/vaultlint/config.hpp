#pragma once
/// The user's settings, from `.vaultlint.yaml`.

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "vaultlint/diagnostic.hpp"

namespace vaultlint {

/// The largest `max_file_size` a config may set (1 GiB).
inline constexpr std::uint64_t kMaxFileSizeCap = std::uint64_t{1} << 30;

class NoteSchemas;  ///< compiled JSON Schemas (src/schema/note_schemas.hpp)

struct Config {
  /// Severity overrides by rule name; rules not named keep their default.
  std::map<std::string, Severity> severities;
  std::vector<std::string> orphan_types{"concept"};
  std::vector<std::string> claim_types{"claim"};
  std::vector<std::string> source_fields{"source_url", "sourceUrl", "sources", "source"};
  std::vector<std::string> edge_fields{"related", "challenges"};
  /// Globs on vault-relative paths; '*' stays inside a folder, '**' crosses.
  std::vector<std::string> ignore;
  std::uint64_t max_file_size = 16u * 1024u * 1024u;  ///< at most kMaxFileSizeCap
  /// Front matter past these limits is refused as invalid-frontmatter before
  /// yaml-cpp parses it (docs/hostile-input.md).
  int max_frontmatter_depth = 64;
  std::uint64_t max_frontmatter_size = 256u * 1024u;
  std::uint64_t max_alias_expansion = 10000;
  /// The `schemas:` section, compiled once: a JSON Schema per note type
  /// ("*": every note). nullptr when there is none.
  std::shared_ptr<const NoteSchemas> schemas;
  /// Note types that are known without a schema of their own (unknown-type).
  std::vector<std::string> types;
  /// Groups of front-matter keys that mean the same thing (conflicting-fields).
  std::vector<std::vector<std::string>> synonyms{{"source_url", "sourceUrl"},
                                                 {"source_title", "sourceTitle"}};
  /// Whether broken references name the closest existing note, heading or
  /// block (docs/did-you-mean.md).
  bool did_you_mean = true;
  /// Globs of notes that id-filename-mismatch leaves alone.
  std::vector<std::string> id_filename_ignore;
};

/// The name of the config file looked for at the vault root.
inline constexpr const char* kConfigFileName = ".vaultlint.yaml";

/// Reads a config file. Returns false and sets *error ("file:line: message")
/// on unreadable files, YAML errors, unknown keys or rule names, and values
/// of the wrong type.
bool load_config(const std::filesystem::path& file, Config* config, std::string* error);

/// Same, from text; `origin` names the source in error messages.
bool parse_config(const std::string& text, const std::string& origin, Config* config,
                  std::string* error);

}  // namespace vaultlint
