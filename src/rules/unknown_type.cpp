#include <fmt/format.h>

#include <algorithm>

#include "rules/rule.hpp"
#include "schema/note_schemas.hpp"
#include "text/did_you_mean.hpp"

namespace vaultlint {
namespace {

/// Every type the config names: schema keys, `types`, and the type lists
/// of other rules. Empty when neither schemas nor `types` name any: then
/// the vault has declared no list of types to hold notes to.
std::vector<std::string> known_types(const Config& config) {
  std::vector<std::string> known = config.types;
  if (config.schemas) {
    const auto named = config.schemas->types();
    known.insert(known.end(), named.begin(), named.end());
  }
  if (known.empty()) return known;
  known.insert(known.end(), config.orphan_types.begin(), config.orphan_types.end());
  known.insert(known.end(), config.claim_types.begin(), config.claim_types.end());
  std::sort(known.begin(), known.end());
  known.erase(std::unique(known.begin(), known.end()), known.end());
  return known;
}

std::string unknown_message(const std::string& type, const std::vector<std::string>& known,
                            bool suggest) {
  if (const auto close = suggest ? did_you_mean(type, known) : std::vector<std::string>{};
      !close.empty()) {
    return fmt::format("type '{}' is not a known note type{}", type, did_you_mean_suffix(close));
  }
  constexpr std::size_t kListed = 10;
  const std::vector<std::string> listed(known.begin(), known.begin() + std::min(kListed, known.size()));
  return fmt::format("type '{}' is not a known note type (known: {}{})", type, fmt::join(listed, ", "),
                     known.size() > kListed ? ", ..." : "");
}

}  // namespace

void check_unknown_type(const RuleContext& ctx, Findings& findings) {
  const std::vector<std::string> known = known_types(ctx.config);
  if (known.empty()) return;
  for (const Note& note : ctx.vault.notes) {
    if (note.front_matter != FrontMatterState::valid || note.type.empty() ||
        std::binary_search(known.begin(), known.end(), note.type)) {
      continue;
    }
    findings.add(note.path, note.type_pos, unknown_message(note.type, known, ctx.config.did_you_mean), note.type);
  }
}

}  // namespace vaultlint
