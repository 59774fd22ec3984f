#pragma once
/// The incremental cache: each note's reader results from the last run,
/// keyed by path, size, mtime and content hash, in one file outside the
/// vault. The file is a hint, never trusted: anything wrong with it (missing,
/// truncated, corrupt, from another vaultlint version or another config)
/// makes it empty, and the notes are read again.

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vaultlint {

/// What is known about one note file from a previous run.
struct CachedNote {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t content_hash = 0;  ///< XXH3-64 of the file's bytes
  std::string_view encoded;        ///< encode_note's bytes
};

class NoteCache {
 public:
  /// Loads `file`, keeping it only if it was written for `fingerprint`
  /// (the config's) by this vaultlint version. Returns true when loaded.
  bool load(const std::filesystem::path& file, std::uint64_t fingerprint);

  /// The entry for a vault-relative path, or nullptr.
  const CachedNote* find(std::string_view path) const;

  /// When the run that wrote the file started (ns since the epoch). A note
  /// whose mtime is not older than this may have changed within the clock's
  /// granularity after it was read, so its size and mtime prove nothing.
  std::int64_t started_ns() const { return started_ns_; }

  std::size_t size() const { return entries_.size(); }

 private:
  std::string buffer_;
  std::unordered_map<std::string_view, CachedNote> entries_;
  std::int64_t started_ns_ = 0;
};

/// Whether a file's size and mtime now prove it unchanged since a run that
/// started at `started_ns` saw `then_size` and `then_mtime_ns`. File times
/// come from a coarse kernel clock, so a file changed within 2 s before that
/// run started may keep its mtime through a later edit: such a file proves
/// nothing and must be hashed (git's "racily clean" rule).
inline bool stat_proves_unchanged(std::uint64_t size, std::int64_t mtime_ns, std::uint64_t then_size,
                                  std::int64_t then_mtime_ns, std::int64_t started_ns) {
  constexpr std::int64_t kClockSlackNs = 2'000'000'000;
  return size == then_size && mtime_ns == then_mtime_ns && mtime_ns < started_ns - kClockSlackNs;
}

struct Note;

/// One entry of the next cache file.
struct NoteCacheEntry {
  std::string_view path;
  CachedNote note;
  /// When set, `note.encoded` is not: the note is encoded as the file is
  /// written, so the vault's encoded notes are never all held at once.
  const Note* unencoded = nullptr;
};

/// Writes a cache file holding `entries` to `out` (seekable: a file), for a
/// run that started at `started_ns` with config `fingerprint`. The stream's
/// state tells whether it was all written.
void write_note_cache(std::ostream& out, std::uint64_t fingerprint, std::int64_t started_ns,
                      const std::vector<NoteCacheEntry>& entries);

/// XXH3-64 of `bytes`: the content hash the cache keys notes by.
std::uint64_t content_hash(std::string_view bytes);

}  // namespace vaultlint
