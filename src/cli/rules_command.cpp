#include <iostream>

#include "cli/command.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint::cli {

std::function<int()> setup_rules(CLI::App& /*command*/) {
  return [] {
    for (const auto& rule : rule_descriptions()) {
      const auto severity = severity_name(rule.default_severity);
      std::cout << rule.name << std::string(22 - std::min<std::size_t>(21, rule.name.size()), ' ')
                << severity << std::string(9 - severity.size(), ' ') << rule.summary << '\n';
    }
    return kExitClean;
  };
}

}  // namespace vaultlint::cli
