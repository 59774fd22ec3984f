// vaultlint init: write a starting .vaultlint.yaml guessed from the vault.
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/command.hpp"
#include "io/atomic_file.hpp"
#include "vaultlint/config.hpp"
#include "vaultlint/init.hpp"

namespace vaultlint::cli {
namespace {

struct InitOptions {
  std::string vault = ".";
  std::string output;  ///< "" : VAULT/.vaultlint.yaml; "-": standard output
  bool force = false;
  unsigned jobs = 0;
};

int run_init(const InitOptions& options) {
  const bool to_stdout = options.output == "-";
  const std::filesystem::path file =
      options.output.empty() ? std::filesystem::path(options.vault) / kConfigFileName
                             : std::filesystem::path(options.output);
  std::error_code ec;
  if (!to_stdout && !options.force && std::filesystem::exists(std::filesystem::symlink_status(file, ec))) {
    std::cerr << "vaultlint: " << file.string() << " already exists; --force replaces it\n";
    return kExitUsage;
  }
  InferredConfig config;
  std::string error;
  if (!infer_config(options.vault, LoadOptions{options.jobs, {}}, &config, &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return kExitUsage;
  }
  std::ostringstream text;
  write_inferred_config(text, config);
  if (to_stdout) {
    std::cout << text.str();
    return kExitClean;
  }
  if (!write_file_atomically(file, text.str(), &error)) {
    std::cerr << "vaultlint: " << error << '\n';
    return kExitUsage;
  }
  std::cout << "wrote " << file.string() << "; `vaultlint check " << options.vault << "` uses it\n";
  return kExitClean;
}

}  // namespace

std::function<int()> setup_init(CLI::App& command) {
  auto options = std::make_shared<InitOptions>();
  command.add_option("VAULT", options->vault, "The vault folder (default: the current folder)");
  command.add_flag("--force", options->force, "Replace an existing config file");
  command.add_option("-o,--output", options->output,
                     "Write to FILE instead of VAULT/.vaultlint.yaml ('-': standard output)");
  command.add_option("-j,--jobs", options->jobs, "Parallel readers (default: one per core)");
  command.footer(
      "Guesses note types, edge fields, source fields, and which types are concepts and claims\n"
      "(docs/init.md), and writes them as a commented .vaultlint.yaml. An existing file is kept\n"
      "unless --force is given.\n\n"
      "Examples:\n"
      "  vaultlint init ~/notes && vaultlint check ~/notes\n"
      "  vaultlint init -o - .          # print the guesses, write nothing\n"
      "  vaultlint init --force .       # start again from the notes");
  return [options] { return run_init(*options); };
}

}  // namespace vaultlint::cli
