#include "resolve/near_names.hpp"

#include "text/unicode.hpp"
#include "text/vault_path.hpp"

namespace vaultlint {
namespace {

// Views into the notes, not copies: the index copies only what it keeps.
std::vector<std::string_view> names_of_notes(const std::vector<Note>& notes) {
  std::vector<std::string_view> names;
  names.reserve(notes.size() * 2);
  for (const Note& note : notes) append_note_names(note, &names);
  return names;
}

std::vector<std::string_view> paths_of_notes(const std::vector<Note>& notes) {
  std::vector<std::string_view> paths;
  paths.reserve(notes.size());
  for (const Note& note : notes) paths.push_back(strip_md_extension(note.path));
  return paths;
}

std::vector<std::string_view> names_of_files(const std::vector<std::string>& files) {
  std::vector<std::string_view> names;
  names.reserve(files.size());
  for (const std::string_view file : files) {
    const auto slash = file.rfind('/');
    names.push_back(slash == std::string_view::npos ? file : file.substr(slash + 1));
  }
  return names;
}

std::vector<std::string_view> views_of(const std::vector<std::string>& strings) {
  return {strings.begin(), strings.end()};
}

}  // namespace

const NameSuggester& NearNames::index(Slot& slot, bool files, bool paths) const {
  std::call_once(slot.built, [&] {
    if (files) {
      slot.suggester.emplace(paths ? views_of(vault_.files) : names_of_files(vault_.files));
    } else if (rest_ != nullptr) {
      const std::vector<std::string> names = paths ? rest_->note_paths() : rest_->note_names();
      slot.suggester.emplace(views_of(names));
    } else {
      slot.suggester.emplace(paths ? paths_of_notes(vault_.notes) : names_of_notes(vault_.notes));
    }
  });
  return *slot.suggester;
}

std::vector<std::string> NearNames::for_target(std::string_view written, bool files) const {
  const std::string nfc = to_nfc(written);
  std::string_view target = nfc;
  if (target.empty() || target.substr(0, 2) == "./" || target.substr(0, 3) == "../") return {};
  while (!target.empty() && target.front() == '/') target.remove_prefix(1);
  const bool path = target.find('/') != std::string_view::npos;
  const std::string_view note_target = strip_md_extension(target);
  if (files && note_target.size() == target.size() && has_extension(target)) {
    return path ? index(file_paths_, true, true).suggest(target)
                : index(file_names_, true, false).suggest(target);
  }
  return path ? index(note_paths_, false, true).suggest(note_target)
              : index(note_names_, false, false).suggest(note_target);
}

std::vector<std::string> NearNames::for_heading(const Note& note, std::string_view fragment) {
  return did_you_mean(heading_key(fragment), note.heading_keys);
}

std::vector<std::string> NearNames::for_block(const Note& note, std::string_view block) {
  return did_you_mean(block, note.block_ids);
}

}  // namespace vaultlint
