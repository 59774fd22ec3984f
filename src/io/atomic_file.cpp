#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace vaultlint {
namespace {

/// The permission bits the replacement gets.
mode_t mode_for(const std::filesystem::path& file) {
  struct stat existing {};
  if (::stat(file.c_str(), &existing) == 0) return existing.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
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

}  // namespace

bool write_file_atomically(const std::filesystem::path& file, std::string_view content,
                           std::string* error) {
  const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : ".";
  std::string pattern = (folder / ("." + file.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    *error = file.string() + ": cannot create a temporary file beside it: " + std::strerror(errno);
    return false;
  }
  int failure = 0;
  if (::fchmod(fd, mode_for(file)) != 0 || !write_all(fd, content) || ::fsync(fd) != 0) {
    failure = errno;
  }
  if (::close(fd) != 0 && failure == 0) failure = errno;
  if (failure == 0 && std::rename(name.data(), file.c_str()) != 0) failure = errno;
  if (failure != 0) {
    *error = file.string() + ": cannot write: " + std::strerror(failure);
    ::unlink(name.data());
    return false;
  }
  return true;
}

}  // namespace vaultlint
