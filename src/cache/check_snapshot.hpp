#pragma once
/// The incremental check's snapshot: what a whole `check` run leaves behind
/// so that the next run can answer without reading the vault again when
/// only a few notes changed, and changed nothing other notes depend on
/// (docs/cache.md, "The check snapshot"). One file per vault, next to the note
/// cache; like it, a hint that is checked, never trusted: a file that is
/// missing, truncated, corrupt or from another version or config loads as
/// nothing.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vaultlint/config.hpp"
#include "vaultlint/diagnostic.hpp"
#include "vaultlint/note.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

/// What the snapshot keeps of one note.
struct SnapshotNote {
  NoteFileKey key;
  bool may_be_orphan = false;             ///< a type the orphan rule looks at
  std::uint32_t linked_from_others = 0;   ///< resolved references into it from other notes
  /// Links from other notes into it with a heading or block: the only
  /// findings elsewhere its headings and block ids can change.
  std::uint32_t fragment_links_in = 0;
  std::string_view names;                 ///< encode_note_names' bytes
  std::string_view fragments;             ///< encode_note_fragments' bytes
  std::string_view outgoing;              ///< the notes it points to (not itself); decode_indices
};

class CheckSnapshot {
 public:
  /// Loads `file` if it was written by this vaultlint version for a config
  /// with this `fingerprint`; false (and empty) otherwise.
  bool load(const std::filesystem::path& file, std::uint64_t fingerprint);

  std::int64_t started_ns() const { return started_ns_; }
  const std::vector<std::string_view>& note_paths() const { return note_paths_; }
  const std::vector<std::string_view>& files() const { return files_; }
  const std::vector<std::pair<std::string_view, std::string_view>>& unreadable_folders() const {
    return folders_;
  }
  const std::vector<SnapshotNote>& notes() const { return notes_; }
  /// The notes a folded name (stem, id or alias) names, sorted.
  std::vector<std::uint32_t> notes_named(std::string_view folded) const;
  /// Every finding of the run, sorted, and for each the notes its reference
  /// points into (see finding_targets()).
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  const std::vector<std::vector<std::string>>& finding_targets() const { return targets_; }

 private:
  std::string buffer_;
  std::int64_t started_ns_ = 0;
  std::vector<std::string_view> note_paths_, files_;
  std::vector<std::pair<std::string_view, std::string_view>> folders_;
  std::vector<SnapshotNote> notes_;
  std::vector<std::pair<std::string_view, std::string_view>> names_;  ///< by key
  std::vector<Diagnostic> diagnostics_;
  std::vector<std::vector<std::string>> targets_;
};

/// Writes to `out` (seekable: a file) a snapshot of `vault` (read with a
/// cache file, so that its file keys and name index were kept) and the
/// `diagnostics` check_vault found in it, with `targets` as
/// finding_targets() gives them. The stream's state tells whether it was
/// all written.
void write_check_snapshot(std::ostream& out, std::uint64_t fingerprint, const Vault& vault,
                          const Config& config, const std::vector<Diagnostic>& diagnostics,
                          const std::vector<std::vector<std::string>>& targets);

/// What other notes' findings can depend on in a note, in two parts: its
/// names (whether its front matter is valid, its id and aliases), which any
/// reference anywhere may match; and its fragments (heading keys and block
/// ids), which only links into it with a '#' look at. Two notes with equal
/// bytes in both look the same from everywhere else in the vault.
std::string encode_note_names(const Note& note);
std::string encode_note_fragments(const Note& note);
/// Fills those fields of `note` back; false on malformed bytes.
bool decode_note_names(std::string_view bytes, Note* note);
bool decode_note_fragments(std::string_view bytes, Note* note);

/// The note indexes of SnapshotNote::outgoing.
std::vector<std::uint32_t> decode_indices(std::string_view bytes);

}  // namespace vaultlint
