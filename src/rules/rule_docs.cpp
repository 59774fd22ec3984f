#include "rules/rule_docs.hpp"

#include <algorithm>

#include "vaultlint/check.hpp"

namespace vaultlint {

std::optional<std::string_view> rule_page(std::string_view rule) {
  const auto docs = rule_docs();
  const auto it = std::lower_bound(docs.begin(), docs.end(), rule,
                                   [](const RuleDoc& doc, std::string_view name) { return doc.rule < name; });
  if (it == docs.end() || it->rule != rule) return std::nullopt;
  return it->markdown;
}

}  // namespace vaultlint
