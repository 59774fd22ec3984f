#include "resolve/note_index.hpp"

#include <algorithm>
#include <future>

#include "text/unicode.hpp"
#include "text/vault_path.hpp"

namespace vaultlint {
namespace {

/// The fold key of `name`, in a buffer of the calling thread's that its
/// next call reuses: a link is looked up by one, and resolving makes
/// hundreds of thousands of lookups, each once an allocation and a free.
std::string_view folded(std::string_view name) {
  thread_local std::string key;
  fold_key_into(name, &key);
  return key;
}

}  // namespace

NoteIndex::NoteIndex(const std::vector<Note>& notes, const std::vector<std::string>& files) {
  // The name table and the path tables are independent: the paths are
  // built on a second thread (at 100k notes, 0.14 s on one).
  auto paths = std::async(std::launch::async, [&] { add_paths(notes, files); });
  NameTable::Builder names;
  names.reserve(notes.size() * 2, notes.size() * 2 * 24);
  for (std::uint32_t i = 0; i < notes.size(); ++i) {
    const Note& note = notes[i];
    names.add(folded(note.stem), i);
    if (note.front_matter == FrontMatterState::valid) {
      if (note.id) names.add(folded(*note.id), i);
      for (const auto& alias : note.aliases) names.add(folded(alias), i);
    }
  }
  names_ = std::move(names).build();
  paths.get();
}

void NoteIndex::add_paths(const std::vector<Note>& notes, const std::vector<std::string>& files) {
  NameTable::Builder exact_paths;
  NameTable::Builder full_paths;
  NameTable::Builder path_suffixes;
  exact_paths.reserve(notes.size(), notes.size() * 48);
  full_paths.reserve(notes.size(), notes.size() * 48);
  for (std::uint32_t i = 0; i < notes.size(); ++i) {
    const Note& note = notes[i];
    exact_paths.add(note.path, i);
    const std::string folded = fold_key(strip_md_extension(note.path));
    full_paths.add(folded, i);
    for (std::size_t slash = folded.find('/'); slash != std::string::npos;
         slash = folded.find('/', slash + 1)) {
      const std::string_view suffix = std::string_view(folded).substr(slash + 1);
      if (suffix.find('/') != std::string_view::npos) path_suffixes.add(suffix, i);
    }
  }
  exact_paths_ = std::move(exact_paths).build();
  full_paths_ = std::move(full_paths).build();
  path_suffixes_ = std::move(path_suffixes).build();
  NameTable::Builder exact_files;
  NameTable::Builder file_keys;
  for (std::uint32_t i = 0; i < files.size(); ++i) {
    exact_files.add(files[i], i);
    file_keys.add(fold_key(files[i]), i);
    const auto slash = files[i].rfind('/');
    if (slash != std::string::npos) file_keys.add(fold_key(files[i].substr(slash + 1)), i);
  }
  exact_files_ = std::move(exact_files).build();
  file_keys_ = std::move(file_keys).build();
}

std::span<const std::uint32_t> NoteIndex::notes_named(std::string_view name) const {
  return names_.find(folded(name));
}

std::span<const std::uint32_t> NoteIndex::notes_at_path_suffix(std::string_view path) const {
  const std::string_view key = folded(path);
  const auto exact = full_paths_.find(key);
  if (!exact.empty()) return exact;
  return path_suffixes_.find(key);
}

std::optional<std::uint32_t> NoteIndex::note_at(std::string_view path) const {
  const auto found = exact_paths_.find(path);
  if (found.empty()) return std::nullopt;
  return found.front();
}

bool NoteIndex::file_at(std::string_view path) const { return !exact_files_.find(path).empty(); }

std::size_t NoteIndex::files_matching(std::string_view name_or_path) const {
  return file_keys_.find(folded(name_or_path)).size();
}

}  // namespace vaultlint
