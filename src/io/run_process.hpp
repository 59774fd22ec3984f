#pragma once
/// Running a helper program (git) and collecting what it prints.

#include <filesystem>
#include <string>
#include <vector>

namespace vaultlint {

struct ProcessResult {
  int exit_code = -1;  ///< -1 when it was killed by a signal
  std::string out;     ///< its standard output
  std::string err;     ///< its standard error
};

/// Runs `argv[0]` (looked up on PATH, no shell) with `argv`, standard input
/// from /dev/null, and this process's environment with `env` ("NAME=value")
/// set on top, and waits for it. Returns false with *error only when it
/// cannot be started.
bool run_process(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                 ProcessResult* result, std::string* error);

}  // namespace vaultlint
