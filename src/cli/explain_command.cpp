// vaultlint explain RULE: the rule's page, docs/rules/RULE.md, as built in.
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "text/did_you_mean.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint::cli {

std::function<int()> setup_explain(CLI::App& command) {
  auto rule = std::make_shared<std::string>();
  command.add_option("RULE", *rule, "A rule name, as `vaultlint rules` lists them")->required();
  command.footer(
      "Examples:\n"
      "  vaultlint explain broken-link\n"
      "  vaultlint explain orphan | less");
  return [rule] {
    if (const auto page = rule_page(*rule)) {
      std::cout << *page;
      return kExitClean;
    }
    std::cerr << "vaultlint: unknown rule '" << *rule << "'" << did_you_mean_suffix(rules_like(*rule))
              << " (`vaultlint rules` lists every rule)\n";
    return kExitUsage;
  };
}

}  // namespace vaultlint::cli
