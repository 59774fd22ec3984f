#include <unistd.h>

#include <cstdlib>
#include <memory>

#include "cli/command.hpp"
#include "cli/vault_session.hpp"
#include "vaultlint/check.hpp"
#include "vaultlint/report.hpp"

namespace vaultlint::cli {
namespace {

struct CheckOptions {
  VaultOptions vault;
  std::string format = "text";
  std::string color = "auto";
  std::string output;
};

int run_check(const CheckOptions& options) {
  Config config;
  Vault vault;
  if (!open_vault(options.vault, &config, &vault)) return kExitUsage;
  const auto diagnostics = check_vault(vault, config);
  const auto summary = summarize(diagnostics, vault.notes.size());

  OutputTarget output;
  if (!output.open(options.output)) return kExitUsage;
  if (options.format == "json") {
    write_json_report(output.stream(), diagnostics, summary);
  } else {
    const bool color = options.color == "always" ||
                       (options.color == "auto" && output.is_stdout() && isatty(STDOUT_FILENO) &&
                        std::getenv("NO_COLOR") == nullptr);
    write_text_report(output.stream(), diagnostics, summary, color);
  }
  if (!output.finish()) return kExitUsage;
  return summary.errors > 0 ? kExitFindings : kExitClean;
}

}  // namespace

std::function<int()> setup_check(CLI::App& command) {
  auto options = std::make_shared<CheckOptions>();
  add_vault_options(command, options->vault);
  command.add_option("-f,--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  command.add_option("--color", options->color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command.add_option("-o,--output", options->output, "Write the report to FILE instead of stdout");
  command.footer(
      "Examples:\n  vaultlint check ~/notes\n  vaultlint check --format json -o report.json .\n\n"
      "Exit status: 0 no error-severity finding, 1 findings with errors, 2 usage, config or I/O "
      "error.");
  return [options] { return run_check(*options); };
}

}  // namespace vaultlint::cli
