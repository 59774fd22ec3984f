// The front matter of notes as written, for pages that show it. The path is
// the vault path as bytes: a name the walker normalised (NFC) may not be found
// again, and then the note shows none.
#include "io/file_text.hpp"
#include "read/front_matter.hpp"
#include "read/line_table.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint {

std::vector<std::string> read_front_matter_texts(const Vault& vault,
                                                 const std::vector<bool>& notes,
                                                 std::size_t limit) {
  std::vector<std::string> texts(vault.notes.size());
  for (std::size_t i = 0; i < vault.notes.size() && i < notes.size(); ++i) {
    const Note& note = vault.notes[i];
    // Only the notes the reader found front matter in, and could read whole.
    if (!notes[i] || note.front_matter == FrontMatterState::absent ||
        note.problem != ContentProblem::none) {
      continue;
    }
    const auto content = read_file_text(vault.root / note.path);
    if (!content) continue;
    const LineTable lines(*content);
    const FrontMatterBlock block = find_front_matter(*content, lines);
    if (!block.present) continue;
    std::string_view yaml = block.yaml;
    if (yaml.size() > limit) {
      // Cut at a character boundary, so the page never shows half a character.
      std::size_t cut = limit;
      while (cut > 0 && (static_cast<unsigned char>(yaml[cut]) & 0xC0) == 0x80) --cut;
      texts[i] = std::string(yaml.substr(0, cut)) + "\n\u2026";
    } else {
      texts[i] = std::string(yaml);
    }
  }
  return texts;
}

}  // namespace vaultlint
