#pragma once
/// Writing a whole file so that readers see the old content or the new one,
/// never a half-written mix: vaultlint's rule for every file it writes.

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace vaultlint {

/// Streams a file's new content into a temporary file beside it, then
/// flushes it to disk and renames it over the file on commit(): a large
/// report or export is never held in memory whole, and a failed or
/// abandoned write leaves the file as it was and no temporary file behind.
/// A replaced file keeps its permission bits. A symlink is kept and the
/// file it points to replaced; a device or FIFO (`/dev/null`,
/// `/dev/stdout`) is written in place; a directory is an error.
class AtomicFileWriter {
 public:
  AtomicFileWriter() = default;
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
  ~AtomicFileWriter();

  /// Returns false with *error ("path: reason") when the file cannot be written.
  bool open(const std::filesystem::path& file, std::string* error);
  std::ostream& stream() { return out_; }
  /// Makes what was streamed the file's content. Returns false with *error
  /// (the file unchanged) on a write, sync or rename failure.
  bool commit(std::string* error);

 private:
  void abandon();

  std::ofstream out_;
  std::filesystem::path file_;  ///< the file replaced (a symlink's target)
  std::string temp_;            ///< "" when writing in place
  bool open_ = false;
};

/// Writes `content` through an AtomicFileWriter.
bool write_file_atomically(const std::filesystem::path& file, std::string_view content,
                           std::string* error);

}  // namespace vaultlint
