#pragma once
/// Lookup tables from the names a link can use to the notes (and other
/// files) they name. Built once after reading; read-only afterwards.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/name_table.hpp"
#include "vaultlint/note.hpp"

namespace vaultlint {

class NoteIndex {
 public:
  NoteIndex(const std::vector<Note>& notes, const std::vector<std::string>& files);

  /// Notes whose stem, id or alias equals `name` (NFC, case-folded). Ids and
  /// aliases count only for notes whose front matter parsed. Sorted, unique.
  /// A view into the index (no copy per lookup: there is one per reference).
  std::span<const std::uint32_t> notes_named(std::string_view name) const;

  /// Notes whose path without ".md" equals `path` (case-folded) or, when no
  /// such note exists, ends with "/" + `path`.
  std::span<const std::uint32_t> notes_at_path_suffix(std::string_view path) const;

  /// The note at exactly this vault-relative path (NFC, case-sensitive).
  std::optional<std::uint32_t> note_at(std::string_view path) const;

  /// Other files: exact path (case-sensitive), and by full path or by file
  /// name, case-folded.
  bool file_at(std::string_view path) const;
  std::size_t files_matching(std::string_view name_or_path) const;

  /// Calls `visit(key, notes)` for every folded name (stem, id, alias) and
  /// the notes it names, in no particular order.
  template <typename Visit>
  void for_each_name(Visit&& visit) const {
    names_.for_each(visit);
  }

 private:
  void add_paths(const std::vector<Note>& notes, const std::vector<std::string>& files);

  NameTable names_;
  NameTable full_paths_;
  NameTable path_suffixes_;
  NameTable exact_paths_;
  NameTable exact_files_;
  NameTable file_keys_;  // folded full path and folded file name -> file index
};

}  // namespace vaultlint
