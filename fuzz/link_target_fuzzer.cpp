// libFuzzer target: the text of one link target, through every function
// that takes a target apart (wikilink split, percent decoding, NFC and case
// folding, heading keys, vault-path joining).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "read/inline_scanner.hpp"
#include "text/percent_decode.hpp"
#include "text/unicode.hpp"
#include "text/vault_path.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  vaultlint::Link link;
  vaultlint::parse_wikilink_inner(text, &link);
  const std::string decoded = vaultlint::percent_decode(text);
  const std::string nfc = vaultlint::to_nfc(decoded);
  (void)vaultlint::fold_key(link.target());
  (void)vaultlint::heading_key(link.fragment());
  (void)vaultlint::find_invalid_utf8(nfc);
  (void)vaultlint::join_vault_path("notes/sub", vaultlint::strip_md_extension(nfc));
  (void)vaultlint::join_vault_path(vaultlint::parent_folder(link.target()), link.target());
  (void)vaultlint::stem_of(nfc);
  return 0;
}
