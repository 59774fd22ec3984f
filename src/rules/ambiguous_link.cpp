#include <fmt/format.h>

#include "rules/rule.hpp"

namespace vaultlint {

void check_ambiguous_link(const RuleContext& ctx, Findings& findings) {
  const Vault& vault = ctx.vault;
  for_each_reference(vault, {RefStatus::ambiguous}, [&](const Reference& ref) {
    std::string paths;
    for (const auto candidate : ref.candidates()) {
      if (!paths.empty()) paths += ", ";
      paths += vault.notes[candidate].path;
    }
    const std::string_view written = vault.written_of(ref);
    findings.add(vault.notes[ref.source].path, vault.pos_of(ref),
                 fmt::format("'{}' matches {} notes: {}", written, ref.candidates().size(), paths),
                 written);
  });
}

}  // namespace vaultlint
