#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace vaultlint {
namespace {

bool fail(const std::filesystem::path& file, std::string* error) {
  *error = file.string() + ": " + std::strerror(errno != 0 ? errno : EIO);
  return false;
}

/// The bits a replaced file keeps, or those a plain create would give.
mode_t mode_for(const std::filesystem::path& file) {
  struct stat existing {};
  if (::stat(file.c_str(), &existing) == 0) return existing.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

bool sync_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool synced = ::fsync(fd) == 0;
  const int saved_errno = errno;
  ::close(fd);
  errno = saved_errno;
  return synced;
}

}  // namespace

AtomicFileWriter::~AtomicFileWriter() { abandon(); }

void AtomicFileWriter::abandon() {
  if (!open_) return;
  out_.close();
  if (!temp_.empty()) ::unlink(temp_.c_str());
  open_ = false;
}

bool AtomicFileWriter::open(const std::filesystem::path& requested, std::string* error) {
  abandon();
  errno = 0;
  std::error_code ec;
  const auto status = std::filesystem::status(requested, ec);
  file_ = requested;
  temp_.clear();
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    if (std::filesystem::is_directory(status)) {
      errno = EISDIR;
      return fail(requested, error);
    }
    // Devices, FIFOs and the like are written in place: renaming over them
    // would replace the device itself.
    out_.open(requested, std::ios::binary | std::ios::trunc);
    if (!out_) return fail(requested, error);
    open_ = true;
    return true;
  }
  // Through a symlink, replace the file it points to and keep the link.
  if (std::filesystem::is_symlink(std::filesystem::symlink_status(requested, ec))) {
    file_ = std::filesystem::weakly_canonical(requested, ec);
    if (ec) file_ = requested;
  }
  // mkstemp gives a name no other writer (another vaultlint run included)
  // can be using; the rename is atomic within one directory. It creates the
  // file 0600, so the mode is set before any byte is written.
  std::string temp = file_.string() + ".tmp.XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return fail(file_, error);
  const bool chmodded = ::fchmod(fd, mode_for(file_)) == 0;
  const int saved_errno = errno;
  ::close(fd);
  if (chmodded) out_.open(temp, std::ios::binary | std::ios::trunc);
  if (!chmodded || !out_) {
    ::unlink(temp.c_str());
    errno = chmodded ? errno : saved_errno;
    return fail(file_, error);
  }
  temp_ = std::move(temp);
  open_ = true;
  return true;
}

bool AtomicFileWriter::commit(std::string* error) {
  errno = 0;
  out_.flush();
  bool ok = static_cast<bool>(out_);
  out_.close();
  ok = ok && static_cast<bool>(out_);
  if (temp_.empty()) {
    open_ = false;
    return ok || fail(file_, error);
  }
  ok = ok && sync_file(temp_) && std::rename(temp_.c_str(), file_.c_str()) == 0;
  if (!ok) {
    const int saved_errno = errno;
    abandon();
    errno = saved_errno;
    return fail(file_, error);
  }
  open_ = false;
  return true;
}

bool write_file_atomically(const std::filesystem::path& file, std::string_view content,
                           std::string* error) {
  AtomicFileWriter writer;
  if (!writer.open(file, error)) return false;
  writer.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
  return writer.commit(error);
}

}  // namespace vaultlint
