#pragma once
/// Walks a vault folder: which files are notes, which are other files.

#include <dirent.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "vaultlint/vault.hpp"

namespace vaultlint {

struct WalkedNote {
  std::string path;  ///< vault-relative, '/'-separated, NFC
  std::string file;  ///< where to open it: absolute, symlinks inside the vault resolved
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;  ///< last modification, ns since the epoch
  ContentProblem problem = ContentProblem::none;  ///< unreadable or outside_vault
  std::string detail;
};

/// Whether the walk leaves out the folder entry `name`, whose vault-relative
/// path is `relative` (NFC): dot files and folders, and paths that match an
/// `ignore` glob. `vaultlint watch` watches what the walk enters by it.
bool walk_skips(std::string_view name, std::string_view relative, const std::vector<std::string>& ignore);

/// The type of a folder entry (DT_REG, DT_DIR, DT_LNK, ...) from readdir,
/// or from an lstat relative to `folder_fd` where the file system leaves it
/// unknown; DT_UNKNOWN when that fails too.
unsigned char entry_type(int folder_fd, const dirent* entry);

/// Starts `note` from what the walk knows of it: its path and stem, and
/// whether it could be reached at all (and why not).
void start_note(const WalkedNote& walked, Note* note);
/// The same, taking the walk's path and detail instead of copying them.
void start_note(WalkedNote&& walked, Note* note);

struct WalkResult {
  std::vector<WalkedNote> notes;            ///< sorted by path
  std::vector<std::string> other_files;     ///< sorted
  std::vector<Vault::UnreadableFolder> unreadable_folders;  ///< sorted
};

/// Walks `root` recursively. Skips dot files and dot folders and paths
/// matching an `ignore` glob. Never follows a symlinked folder (so symlink
/// loops cannot trap it); a symlinked file is a note only when it points
/// inside the vault. Returns false with *error only when `root` is not a
/// readable folder. Without `stat_notes`, notes are listed from the folder
/// entries alone and their size and mtime are left to stat_walked_note.
/// With `threads` above one, folders are listed (and notes stat-ed) on
/// that many threads; the result is the same.
bool walk_vault(const std::filesystem::path& root, const std::vector<std::string>& ignore,
                WalkResult* result, std::string* error, bool stat_notes = true,
                unsigned threads = 1);

/// Fills in the note's size and mtime with one stat(2), or marks it
/// unreadable. A stat per note was most of a serial walk of a large vault;
/// the read pool runs it in parallel instead.
void stat_walked_note(WalkedNote* note);

}  // namespace vaultlint
