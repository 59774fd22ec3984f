#include <iostream>

#include "cli/command.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint::cli {

std::function<int()> setup_rules(CLI::App& command) {
  command.footer(
      "Examples:\n"
      "  vaultlint rules\n"
      "  vaultlint explain broken-link   # one rule's page: what, why, examples, configuration");
  return [] {
    for (const auto& rule : rule_descriptions()) {
      const auto severity = severity_name(rule.default_severity);
      std::cout << rule.name << std::string(22 - std::min<std::size_t>(21, rule.name.size()), ' ')
                << severity << std::string(9 - severity.size(), ' ') << rule.summary << '\n';
    }
    std::cout << "\n`vaultlint explain RULE` prints a rule's page: what it checks, why, a bad and a\n"
                 "good example, and how to configure or suppress it.\n";
    return kExitClean;
  };
}

}  // namespace vaultlint::cli
