#include "vaultlint/note.hpp"

namespace vaultlint {

const NoteExtras& Note::extras() const {
  static const NoteExtras none;
  return extras_.extras_ ? *extras_.extras_ : none;
}

NoteExtras& Note::mutable_extras() {
  if (!extras_.extras_) extras_.extras_ = std::make_unique<NoteExtras>();
  return *extras_.extras_;
}

bool Note::has_nonempty_field(const std::string& key) const {
  return nonempty_fields.contains(key);
}

}  // namespace vaultlint
