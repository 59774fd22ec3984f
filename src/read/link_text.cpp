#include "vaultlint/note.hpp"

namespace vaultlint {

void Link::set_text(std::string_view written, std::string_view target, std::string_view fragment) {
  // Fits in 32 bits: a note is at most kMaxFileSizeCap (1 GiB) bytes.
  text_.assign(written);
  written_size_ = static_cast<std::uint32_t>(written.size());
  target_size_ = static_cast<std::uint32_t>(target.size());
  target_begin_ = place(target);
  fragment_size_ = static_cast<std::uint32_t>(fragment.size());
  fragment_begin_ = place(fragment);
}

std::uint32_t Link::place(std::string_view part) {
  if (part.empty()) return 0;
  // A wikilink's target and fragment are pieces of what was written; a
  // markdown link's are percent-decoded and usually are too.
  if (const auto at = text_.find(part); at != std::string::npos) {
    return static_cast<std::uint32_t>(at);
  }
  const auto at = static_cast<std::uint32_t>(text_.size());
  text_.append(part);
  return at;
}

}  // namespace vaultlint
