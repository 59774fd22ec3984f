// `vaultlint schema infer`: write a starting schema per note type.
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "cli/vault_session.hpp"
#include "vaultlint/schema.hpp"

namespace vaultlint::cli {
namespace {

struct InferOptions {
  VaultOptions vault;
  std::string output;
};

int run_infer(const InferOptions& options) {
  Config config;
  if (!load_session_config(options.vault, &config)) return kExitUsage;
  InferredSchemas schemas;
  std::string error;
  if (!infer_schemas(options.vault.vault, config, LoadOptions{options.vault.jobs, {}}, &schemas, &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return kExitUsage;
  }
  OutputTarget output;
  if (!output.open(options.output)) return kExitUsage;
  write_inferred_schemas(output.stream(), schemas);
  return output.finish() ? kExitClean : kExitUsage;
}

}  // namespace

std::function<int()> setup_schema(CLI::App& command) {
  command.require_subcommand(1);
  command.footer("Examples:\n  vaultlint schema infer ~/notes > schemas.yaml   (docs/schemas.md)");
  CLI::App* infer = command.add_subcommand(
      "infer", "Write a starting schema per note type, learned from the vault's notes (YAML)");
  auto options = std::make_shared<InferOptions>();
  add_uncached_vault_options(*infer, options->vault);
  infer->add_option("-o,--output", options->output, "Write to FILE instead of standard output");
  infer->footer(
      "The output is a `schemas:` section for .vaultlint.yaml: per type, the properties its notes\n"
      "use, their JSON types, `required` for those every note has, and `enum` for strings with a\n"
      "few repeated values. `vaultlint check` with it reports no schema violation on the same vault.\n\n"
      "Examples:\n"
      "  vaultlint schema infer ~/notes > schemas.yaml\n"
      "  vaultlint schema infer -o schemas.yaml .");
  return [options] { return run_infer(*options); };
}

}  // namespace vaultlint::cli
