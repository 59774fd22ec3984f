#pragma once
/// The subcommand table: each subcommand is one file and one row in
/// main.cpp's kCommands.

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace vaultlint::cli {

inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;

/// Registers its options on `command` and returns what runs it once parsed.
using CommandSetup = std::function<int()> (*)(CLI::App& command);

struct Command {
  const char* name;
  const char* help;
  CommandSetup setup;
};

std::function<int()> setup_check(CLI::App& command);
std::function<int()> setup_init(CLI::App& command);
std::function<int()> setup_rules(CLI::App& command);
std::function<int()> setup_explain(CLI::App& command);
std::function<int()> setup_graph(CLI::App& command);
std::function<int()> setup_stats(CLI::App& command);
std::function<int()> setup_path(CLI::App& command);
std::function<int()> setup_backlinks(CLI::App& command);
std::function<int()> setup_schema(CLI::App& command);
std::function<int()> setup_watch(CLI::App& command);

}  // namespace vaultlint::cli
