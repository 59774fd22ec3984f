#pragma once
/// What a broken reference was probably meant to name: the existing notes,
/// files, headings or block ids closest to what was written
/// (docs/did-you-mean.md). Asked only by rules, after resolution failed.

#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/did_you_mean.hpp"
#include "vaultlint/check.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

/// Appends the names a note can be linked by, as did-you-mean offers them:
/// its stem, and its id and aliases when its front matter is valid.
/// `Names` is a vector of strings, or of views that then point into `note`.
template <class Names>
void append_note_names(const Note& note, Names* names) {
  names->emplace_back(note.stem);
  if (note.front_matter != FrontMatterState::valid) return;
  // An id is usually the stem again: left out, it halves what the
  // did-you-mean index sorts before it drops repeats.
  if (note.id && *note.id != note.stem) names->emplace_back(*note.id);
  names->insert(names->end(), note.aliases.begin(), note.aliases.end());
}

class NearNames {
 public:
  /// Keeps a reference to `vault` (and `rest`); the indexes are built on
  /// first use. With `rest`, note names and paths come from it: `vault` is
  /// only part of the vault.
  explicit NearNames(const Vault& vault, const VaultRest* rest = nullptr)
      : vault_(vault), rest_(rest) {}

  /// For a link or front-matter target that matches nothing: note names
  /// (stems, ids, aliases), or note paths for a target with a '/'; for a
  /// target with an extension other than ".md" (`files` true), other files.
  /// Nothing for relative targets ("./", "../").
  std::vector<std::string> for_target(std::string_view target, bool files) const;

  /// The headings of `note` closest to `fragment`, as heading keys (which
  /// is how a link's heading is matched, so each one works as written).
  static std::vector<std::string> for_heading(const Note& note, std::string_view fragment);

  /// The block ids of `note` closest to `block`.
  static std::vector<std::string> for_block(const Note& note, std::string_view block);

 private:
  /// One index, built on first use.
  struct Slot {
    std::once_flag built;
    std::optional<NameSuggester> suggester;
  };
  const NameSuggester& index(Slot& slot, bool files, bool paths) const;

  const Vault& vault_;
  const VaultRest* rest_;
  // Built lazily, since a clean vault never needs them; once each, though
  // rules that ask for them run side by side.
  mutable Slot note_names_, note_paths_, file_names_, file_paths_;
};

}  // namespace vaultlint
