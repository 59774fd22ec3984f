#pragma once
/// Each rule's page, docs/rules/RULE.md, built into the library by
/// cmake/EmbedRuleDocs.cmake so that `vaultlint explain` never drifts from
/// the docs; rule_page() (vaultlint/check.hpp) looks one up.

#include <span>
#include <string_view>

namespace vaultlint {

struct RuleDoc {
  std::string_view rule;
  std::string_view markdown;  ///< the page's bytes, exactly
};

/// Every page, sorted by rule name.
std::span<const RuleDoc> rule_docs();

}  // namespace vaultlint
