// The command line: parse arguments, load config, call the library, pick a
// reporter. Nothing here knows how a vault is read or checked.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "vaultlint/check.hpp"
#include "vaultlint/config.hpp"
#include "vaultlint/report.hpp"
#include "vaultlint/vault.hpp"
#include "vaultlint/version.hpp"

namespace fs = std::filesystem;
using namespace vaultlint;

namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

struct CheckOptions {
  std::string vault = ".";
  std::string config_file;
  std::string format = "text";
  std::string color = "auto";
  std::string output;
  unsigned jobs = 0;
};

bool load_settings(const std::string& vault, const std::string& config_file, Config* config) {
  std::string error;
  fs::path file = config_file;
  if (file.empty()) {
    const fs::path default_file = fs::path(vault) / kConfigFileName;
    std::error_code ec;
    if (!fs::exists(default_file, ec)) return true;
    file = default_file;
  }
  if (!load_config(file, config, &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return false;
  }
  return true;
}

int run_check(const CheckOptions& options) {
  Config config;
  if (!load_settings(options.vault, options.config_file, &config)) return kExitUsage;
  Vault vault;
  std::string error;
  if (!load_vault(options.vault, config, LoadOptions{options.jobs}, &vault, &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return kExitUsage;
  }
  const auto diagnostics = check_vault(vault, config);
  const auto summary = summarize(diagnostics, vault.notes.size());

  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "vaultlint: cannot write " << options.output << '\n';
      return kExitUsage;
    }
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  if (options.format == "json") {
    write_json_report(out, diagnostics, summary);
  } else {
    const bool color = options.color == "always" ||
                       (options.color == "auto" && options.output.empty() && isatty(STDOUT_FILENO) &&
                        std::getenv("NO_COLOR") == nullptr);
    write_text_report(out, diagnostics, summary, color);
  }
  out.flush();
  if (!out) {
    std::cerr << "vaultlint: error writing the report\n";
    return kExitUsage;
  }
  return summary.errors > 0 ? kExitFindings : kExitClean;
}

int run_rules() {
  for (const auto& rule : rule_descriptions()) {
    std::cout << rule.name << std::string(22 - std::min<std::size_t>(21, rule.name.size()), ' ')
              << severity_name(rule.default_severity)
              << std::string(9 - severity_name(rule.default_severity).size(), ' ') << rule.summary
              << '\n';
  }
  return kExitClean;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"vaultlint: lint a Markdown knowledge vault and build its concept graph"};
  app.set_version_flag("--version", std::string("vaultlint ") + kVersion);
  app.require_subcommand(1);

  CheckOptions check;
  auto* check_cmd = app.add_subcommand("check", "Check every note of a vault; exit 1 on errors");
  check_cmd->add_option("vault", check.vault, "Vault folder (default: current folder)");
  check_cmd->add_option("-c,--config", check.config_file,
                        "Config file (default: VAULT/.vaultlint.yaml when present)");
  check_cmd->add_option("-f,--format", check.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  check_cmd->add_option("--color", check.color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  check_cmd->add_option("-o,--output", check.output, "Write the report to FILE instead of stdout");
  check_cmd->add_option("-j,--jobs", check.jobs, "Parallel readers (default: one per core)");
  check_cmd->footer(
      "Examples:\n  vaultlint check ~/notes\n  vaultlint check --format json -o report.json .\n\n"
      "Exit status: 0 no error-severity finding, 1 findings with errors, 2 usage, config or I/O "
      "error.");

  app.add_subcommand("rules", "List every rule with its default severity");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitClean : kExitUsage;
  }
  try {
    if (check_cmd->parsed()) return run_check(check);
    return run_rules();
  } catch (const std::exception& e) {
    std::cerr << "vaultlint: internal error: " << e.what() << '\n';
    return kExitUsage;
  }
}
