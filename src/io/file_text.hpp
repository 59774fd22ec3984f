#pragma once
/// Reading a small text file (a config, a baseline) whole.

#include <filesystem>
#include <optional>
#include <string>

namespace vaultlint {

/// The file's bytes, or nullopt when it cannot be opened or read.
std::optional<std::string> read_file_text(const std::filesystem::path& file);

}  // namespace vaultlint
