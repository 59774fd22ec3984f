#include "resolve/note_index.hpp"

#include <algorithm>
#include <future>

#include "text/unicode.hpp"
#include "text/vault_path.hpp"

namespace vaultlint {
namespace {

std::span<const std::uint32_t> lookup(const std::unordered_map<std::string, std::vector<std::uint32_t>>& map,
                                      const std::string& key) {
  const auto it = map.find(key);
  return it == map.end() ? std::span<const std::uint32_t>{} : std::span<const std::uint32_t>(it->second);
}

}  // namespace

void NoteIndex::add(Multimap& map, std::string key, std::uint32_t note) {
  auto& list = map[std::move(key)];
  if (list.empty() || list.back() != note) list.push_back(note);
}

NoteIndex::NoteIndex(const std::vector<Note>& notes, const std::vector<std::string>& files) {
  // The name table and the path tables are independent: the paths are
  // built on a second thread (at 100k notes, 0.14 s on one).
  auto paths = std::async(std::launch::async, [&] { add_paths(notes, files); });
  names_.reserve(notes.size() * 2);
  for (std::uint32_t i = 0; i < notes.size(); ++i) {
    const Note& note = notes[i];
    add(names_, fold_key(note.stem), i);
    if (note.front_matter == FrontMatterState::valid) {
      if (note.id) add(names_, fold_key(*note.id), i);
      for (const auto& alias : note.aliases) add(names_, fold_key(alias), i);
    }
  }
  // A note can reach a name twice (id == stem) but never out of order, so
  // the lists are sorted and unique already.
  paths.get();
}

void NoteIndex::add_paths(const std::vector<Note>& notes, const std::vector<std::string>& files) {
  exact_paths_.reserve(notes.size());
  full_paths_.reserve(notes.size());
  path_suffixes_.reserve(notes.size());
  for (std::uint32_t i = 0; i < notes.size(); ++i) {
    const Note& note = notes[i];
    exact_paths_.emplace(note.path, i);
    const std::string folded = fold_key(strip_md_extension(note.path));
    add(full_paths_, folded, i);
    for (std::size_t slash = folded.find('/'); slash != std::string::npos;
         slash = folded.find('/', slash + 1)) {
      const std::string suffix = folded.substr(slash + 1);
      if (suffix.find('/') != std::string::npos) add(path_suffixes_, suffix, i);
    }
  }
  // Path suffixes may repeat a note only through distinct keys.
  exact_files_.reserve(files.size());
  for (std::uint32_t i = 0; i < files.size(); ++i) {
    exact_files_.emplace(files[i], i);
    add(file_keys_, fold_key(files[i]), i);
    const auto slash = files[i].rfind('/');
    if (slash != std::string::npos) add(file_keys_, fold_key(files[i].substr(slash + 1)), i);
  }
}

std::span<const std::uint32_t> NoteIndex::notes_named(std::string_view name) const {
  return lookup(names_, fold_key(name));
}

std::span<const std::uint32_t> NoteIndex::notes_at_path_suffix(std::string_view path) const {
  const std::string key = fold_key(path);
  const auto exact = lookup(full_paths_, key);
  if (!exact.empty()) return exact;
  return lookup(path_suffixes_, key);
}

std::optional<std::uint32_t> NoteIndex::note_at(std::string_view path) const {
  const auto it = exact_paths_.find(std::string(path));
  if (it == exact_paths_.end()) return std::nullopt;
  return it->second;
}

bool NoteIndex::file_at(std::string_view path) const {
  return exact_files_.count(std::string(path)) != 0;
}

std::size_t NoteIndex::files_matching(std::string_view name_or_path) const {
  const auto it = file_keys_.find(fold_key(name_or_path));
  return it == file_keys_.end() ? 0 : it->second.size();
}

}  // namespace vaultlint
