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
  *error = file.string() + ": " + std::strerror(errno);
  return false;
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

/// Devices, FIFOs and the like (`-o /dev/stdout`, `-o /dev/null`) are
/// written in place: renaming over them would replace the device itself.
bool write_in_place(const std::filesystem::path& file, std::string_view content,
                    std::string* error) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) return fail(file, error);
  const bool ok = write_all(fd, content);
  const int saved_errno = errno;
  if (::close(fd) != 0 || !ok) {
    if (!ok) errno = saved_errno;
    return fail(file, error);
  }
  return true;
}

}  // namespace

bool write_file_atomically(const std::filesystem::path& requested, std::string_view content,
                           std::string* error) {
  std::error_code ec;
  const auto status = std::filesystem::status(requested, ec);
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    if (std::filesystem::is_directory(status)) {
      errno = EISDIR;
      return fail(requested, error);
    }
    return write_in_place(requested, content, error);
  }
  // Through a symlink, replace the file it points to and keep the link.
  std::filesystem::path file = requested;
  if (std::filesystem::is_symlink(std::filesystem::symlink_status(requested, ec))) {
    file = std::filesystem::weakly_canonical(requested, ec);
    if (ec) file = requested;
  }
  // mkstemp gives a name no other writer (another vaultlint run included)
  // can be using; the rename is atomic within one directory.
  std::string temp = file.string() + ".tmp.XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return fail(file, error);
  // mkstemp creates the file 0600: a replaced file keeps its permission
  // bits, a new one gets what a plain create would.
  mode_t mode = 0;
  struct stat existing {};
  if (::stat(file.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  bool ok = write_all(fd, content) && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
  int saved_errno = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved_errno = errno;
  }
  if (ok && std::rename(temp.c_str(), file.c_str()) != 0) {
    ok = false;
    saved_errno = errno;
  }
  if (!ok) {
    ::unlink(temp.c_str());
    errno = saved_errno;
    return fail(file, error);
  }
  return true;
}

}  // namespace vaultlint
