#pragma once
/// Writing a whole file so that readers see the old content or the new one,
/// never a half-written mix: vaultlint's rule for every file it writes.

#include <filesystem>
#include <string>
#include <string_view>

namespace vaultlint {

/// Writes `content` to a temporary file beside `file`, flushes it to disk and
/// renames it over `file`. Returns false with *error ("path: reason") on
/// failure, leaving `file` as it was and no temporary file behind.
/// A replaced file keeps its permission bits. A symlink is kept and the file it points to replaced; a device or FIFO
/// (`/dev/null`, `/dev/stdout`) is written in place; a directory is an error.
bool write_file_atomically(const std::filesystem::path& file, std::string_view content,
                           std::string* error);

}  // namespace vaultlint
