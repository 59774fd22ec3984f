#pragma once
/// A whole vault, read, indexed, resolved and turned into a graph.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "vaultlint/config.hpp"
#include "vaultlint/graph.hpp"
#include "vaultlint/note.hpp"

namespace vaultlint {

enum class RefStatus : std::uint8_t {
  resolved,         ///< names a note (and its heading/block, if any)
  resolved_file,    ///< names a non-note file of the vault (an attachment)
  broken,           ///< names nothing
  outside_vault,    ///< a path that climbs out of the vault root
  ambiguous,        ///< names two or more notes
  missing_heading,  ///< the note exists, the heading does not
  missing_block,    ///< the note exists, the block id does not
  prose,            ///< a front-matter sentence, not a reference
};

/// One body link or front-matter value, and what it resolved to.
/// What few references have: kept apart, so that the many that have
/// neither take 32 bytes, not 88 (at 100k notes, 850k references).
struct ReferenceDetail {
  std::vector<std::uint32_t> candidates;  ///< for ambiguous
  std::string resolved_path;              ///< markdown links and relative paths: the vault path looked up
};

struct Reference {
  std::uint32_t source = 0;   ///< index into Vault::notes
  std::uint32_t item = 0;     ///< index into the note's links or field_refs
  std::int64_t target = -1;   ///< note index when the target note is known
  EdgeKind kind = kWikilinkEdge;
  RefStatus status = RefStatus::broken;
  bool from_field = false;    ///< a FieldRef (else a Link)
  std::unique_ptr<ReferenceDetail> detail;  ///< nullptr when both would be empty

  /// The notes an ambiguous reference matches (empty otherwise).
  const std::vector<std::uint32_t>& candidates() const;
  /// For markdown links and relative paths, the vault path looked up ("" otherwise).
  const std::string& resolved_path() const;
};

class NoteIndex;  ///< the name lookup tables (src/resolve/note_index.hpp)

/// What proves a note file unchanged since it was read.
struct NoteFileKey {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t content_hash = 0;  ///< XXH3-64 of its bytes
  bool keyed = false;              ///< read without a problem: the fields above mean something
};

struct Vault {
  std::filesystem::path root;
  std::vector<Note> notes;            ///< sorted by path
  std::vector<std::string> files;     ///< other (non-.md) files, vault-relative, sorted
  struct UnreadableFolder {
    std::string path;
    std::string reason;
  };
  std::vector<UnreadableFolder> unreadable_folders;
  std::vector<Reference> references;  ///< grouped by source note, in note order
  ConceptGraph graph;

  /// Notes whose reader results came from the cache rather than a parse.
  std::size_t notes_from_cache = 0;
  /// Why the cache file could not be written ("" when it was, or was not needed).
  std::string cache_error;
  /// Kept only when the vault was read with a cache file (the incremental
  /// check's snapshot is made from them): per note, what proves it unchanged;
  /// when the reading started; the name index.
  std::vector<NoteFileKey> file_keys;
  std::int64_t read_started_ns = 0;
  std::shared_ptr<const NoteIndex> index;

  const Link& link_of(const Reference& ref) const { return notes[ref.source].links[ref.item]; }
  const FieldRef& field_of(const Reference& ref) const {
    return notes[ref.source].field_refs[ref.item];
  }
  SourcePos pos_of(const Reference& ref) const;
  /// How the reference was written, for messages: a link's text before
  /// '|', or a front-matter value.
  std::string_view written_of(const Reference& ref) const;
};

/// The threads to use for a `threads` option: the number asked for, or
/// with 0 one per hardware thread; at least one.
unsigned thread_count(unsigned threads);

struct LoadOptions {
  unsigned threads = 0;  ///< 0: one per hardware thread
  /// The incremental cache file (see default_cache_file()); empty: no cache.
  /// Results are the same with or without it.
  std::filesystem::path cache_file;
};

/// Reads every note under `root` (in parallel), resolves every reference and
/// builds the graph. Problems with single notes are recorded in the notes,
/// never fatal. Returns false with *error only when `root` itself cannot be
/// walked.
bool load_vault(const std::filesystem::path& root, const Config& config,
                const LoadOptions& options, Vault* vault, std::string* error);

/// Adds an edge to `vault->graph` for every resolved reference.
void add_reference_edges(Vault* vault, const std::vector<std::string>& edge_fields);

/// Where the incremental cache of the vault at `root` lives: in `cache_dir`,
/// or by default $XDG_CACHE_HOME/vaultlint/ (else ~/.cache/vaultlint/); one
/// file per vault, named by a hash of its absolute path. Empty when no
/// folder is given and neither variable is set.
std::filesystem::path cache_file_for(const std::filesystem::path& root,
                                     const std::filesystem::path& cache_dir = {});

}  // namespace vaultlint
