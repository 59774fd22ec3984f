#pragma once
/// Replacing a file so that no reader ever sees half of it.

#include <filesystem>
#include <string>
#include <string_view>

namespace vaultlint {

/// Writes `content` to a new temporary file beside `file`, flushes it to
/// disk and renames it over `file`; an existing file keeps its permission
/// bits, a new one gets 0666 less the umask. Returns false with *error
/// (naming the file) and leaves `file` untouched on any failure.
bool write_file_atomically(const std::filesystem::path& file, std::string_view content,
                           std::string* error);

}  // namespace vaultlint
