// libFuzzer target: a small in-memory vault. The input is split at each
// 0xFF byte (never valid UTF-8) into the contents of up to four notes with
// fixed paths; they are read, indexed, resolved and checked by every rule.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/markdown_body.hpp"
#include "read/note_reader.hpp"
#include "resolve/note_index.hpp"
#include "resolve/resolver.hpp"
#include "text/vault_path.hpp"
#include "vaultlint/check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Sorted, as a Vault's notes are.
  static constexpr std::string_view kPaths[] = {"a.md", "c d.md", "dir/b.md", "dir/sub/A.md"};
  vaultlint::register_markdown_extensions();
  const vaultlint::Config config;
  vaultlint::ReaderOptions options;
  options.edge_fields = config.edge_fields;

  vaultlint::Vault vault;
  vault.root = "/nonexistent";
  vault.files = {"img.png", "dir/file.pdf"};
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  for (const std::string_view path : kPaths) {
    const std::size_t cut = rest.find('\xff');
    vaultlint::Note& note = vault.notes.emplace_back();
    note.path = std::string(path);
    note.stem = std::string(vaultlint::stem_of(path));
    vaultlint::read_note_content(rest.substr(0, cut), options, &note);
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 1);
  }
  const vaultlint::NoteIndex index(vault.notes, vault.files);
  vault.references = vaultlint::resolve_references(vault.notes, index, config.edge_fields);
  vaultlint::add_reference_edges(&vault, config.edge_fields);
  (void)vaultlint::check_vault(vault, config);
  return 0;
}
