#pragma once
/// The incremental check (docs/cache.md, "The check snapshot"): a whole `check` run
/// leaves a snapshot of its findings and of what notes see of each other;
/// the next run reads only the notes changed since and re-checks them
/// against the snapshot, as long as no change reaches other notes' findings.
/// Otherwise it declines, and the caller checks the whole vault. Either
/// way the findings are the same.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "vaultlint/config.hpp"
#include "vaultlint/diagnostic.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

struct IncrementalCheck {
  /// Every finding, sorted: what check_vault would return for the vault.
  std::vector<Diagnostic> diagnostics;
  /// For each finding, the notes its reference points into (finding_targets()).
  std::vector<std::vector<std::string>> targets;
  std::vector<std::string> notes;  ///< every note's path, sorted
  std::size_t notes_read = 0;      ///< notes read and parsed again (changed since the snapshot)
  /// Their paths: what a caller that is told about later changes
  /// (`vaultlint watch`) must go on counting as touched.
  std::vector<std::string> read_paths;
  std::size_t notes_rechecked = 0; ///< of those, the ones whose content had changed
};

class CheckSnapshot;

/// A decoded snapshot kept between incremental checks of one vault, for a
/// caller that checks again and again (`vaultlint watch`): at 100k notes,
/// decoding it was most of the time of an answer from the snapshot. It is
/// decoded again when the file is replaced or changed, or the config is.
class SnapshotMemo {
 public:
  SnapshotMemo();
  SnapshotMemo(const SnapshotMemo&) = delete;
  SnapshotMemo& operator=(const SnapshotMemo&) = delete;
  ~SnapshotMemo();

  /// The snapshot in `file` written for `fingerprint`; nullptr when there
  /// is none to use (see check_incrementally).
  const CheckSnapshot* load(const std::filesystem::path& file, std::uint64_t fingerprint);

 private:
  struct FileIdentity {
    std::uint64_t device = 0, inode = 0, size = 0;
    std::int64_t mtime_ns = 0;
    bool operator==(const FileIdentity&) const = default;
  };
  std::unique_ptr<CheckSnapshot> snapshot_;
  std::filesystem::path file_;
  std::uint64_t fingerprint_ = 0;
  FileIdentity identity_;
};

/// Where the snapshot of the vault whose note cache is `cache_file` lives.
std::filesystem::path snapshot_file_for(const std::filesystem::path& cache_file);

/// A hash of everything in `config` that can change a finding.
std::uint64_t check_fingerprint(const Config& config);

/// Answers a check of the vault at `root` from `snapshot_file`. Returns
/// false, leaving *out unspecified, when there is no usable snapshot or a
/// change since it reaches beyond the changed notes: a note added, removed
/// or renamed, a name, heading or block id changed, a note's last incoming
/// link lost (or first gained), or more than a few notes changed.
///
/// With `changed_paths`, no walk: the caller vouches that no path outside
/// that list (vault-relative, as spelled on disk) was touched since the
/// snapshot was written, as a file-system watcher can (`vaultlint watch`).
/// The listing is then the snapshot's, and only those paths are stat-ed; a
/// path among them that was added or removed declines.
///
/// With `memo`, the decoded snapshot is kept there for the next call.
bool check_incrementally(const std::filesystem::path& root, const Config& config,
                         const std::filesystem::path& snapshot_file, unsigned threads,
                         IncrementalCheck* out,
                         const std::vector<std::string>* changed_paths = nullptr,
                         SnapshotMemo* memo = nullptr);

/// Writes the snapshot of a whole run: `vault` as load_vault read it with a
/// cache file, and `diagnostics` as check_vault found them. Written
/// atomically. Returns false with *error when the file cannot be written.
bool save_check_snapshot(const std::filesystem::path& snapshot_file, const Vault& vault,
                         const Config& config, const std::vector<Diagnostic>& diagnostics,
                         std::string* error);

}  // namespace vaultlint
