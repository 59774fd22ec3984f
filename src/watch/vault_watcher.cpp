#include "watch/vault_watcher.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include "read/vault_walker.hpp"
#include "text/unicode.hpp"

namespace vaultlint {
namespace {

// What changes a folder's listing or a file's bytes. IN_ATTRIB too: a
// `touch` or a permission change can make a note (un)readable.
constexpr std::uint32_t kFolderEvents = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                        IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF |
                                        IN_MOVE_SELF | IN_DONT_FOLLOW | IN_ONLYDIR;
constexpr std::uint32_t kEntryEvents = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO;

std::string joined(const std::string& folder, std::string_view name) {
  return folder.empty() ? std::string(name) : folder + "/" + std::string(name);
}

}  // namespace

VaultWatcher::~VaultWatcher() {
  if (fd_ >= 0) ::close(fd_);
}

bool VaultWatcher::start(const std::filesystem::path& root, const std::vector<std::string>& ignore,
                         const std::filesystem::path& config_file, std::string* error) {
  std::error_code ec;
  root_ = std::filesystem::canonical(root, ec).string();
  if (ec) {
    *error = root.string() + ": " + ec.message();
    return false;
  }
  ignore_ = ignore;
  fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    *error = std::string("cannot watch files: inotify_init1: ") + std::strerror(errno);
    return false;
  }
  if (!add_folder("")) {
    *error = root_ + ": cannot watch every folder (" + std::strerror(errno) +
             "; see /proc/sys/fs/inotify/max_user_watches)";
    return false;
  }
  const std::filesystem::path config_folder =
      std::filesystem::absolute(config_file, ec).parent_path();
  config_folder_ = std::filesystem::canonical(config_folder, ec).string();
  if (ec) {
    *error = config_file.string() + ": cannot watch its folder: " + ec.message();
    return false;
  }
  config_name_ = config_file.filename().string();
  // A folder of the vault is watched already; one outside gets a watch of
  // its own, which reports nothing but the config.
  const bool inside = config_folder_ == root_ || config_folder_.rfind(root_ + "/", 0) == 0;
  if (!inside) {
    config_watch_ = ::inotify_add_watch(fd_, config_folder_.c_str(), kFolderEvents);
    if (config_watch_ < 0) {
      *error = config_folder_ + ": cannot watch the config's folder: " + std::strerror(errno);
      return false;
    }
  }
  return true;
}

bool VaultWatcher::skipped(std::string_view name, const std::string& relative) const {
  return walk_skips(name, to_nfc(relative), ignore_);
}

bool VaultWatcher::add_folder(const std::string& relative) {
  const std::string absolute = relative.empty() ? root_ : root_ + "/" + relative;
  const int watch = ::inotify_add_watch(fd_, absolute.c_str(), kFolderEvents);
  if (watch < 0) return false;
  folders_[watch] = relative;
  // Listed after the watch is in place, so a folder made meanwhile is seen
  // either here or as an event.
  DIR* dir = ::opendir(absolute.c_str());
  if (dir == nullptr) return errno == ENOENT;  // gone already: its parent's event says so
  bool ok = true;
  while (const dirent* entry = ::readdir(dir)) {
    const std::string_view name(entry->d_name);
    const std::string child = joined(relative, name);
    if (skipped(name, child)) continue;
    const unsigned char type = entry_type(::dirfd(dir), entry);
    if (type == DT_LNK) saw_symlink_ = true;
    if (type == DT_DIR && !add_folder(child)) ok = false;
  }
  ::closedir(dir);
  return ok;
}

void VaultWatcher::take(int watch, std::uint32_t mask, std::string_view name,
                        WatchedChanges* changes) {
  if ((mask & IN_Q_OVERFLOW) != 0) {
    changes->listing_changed = true;  // events were dropped: nothing is known
    return;
  }
  if (watch == config_watch_) {
    if (name == config_name_) changes->config_touched = true;
    return;
  }
  const auto folder = folders_.find(watch);
  if (folder == folders_.end()) return;  // a watch already removed
  if ((mask & IN_IGNORED) != 0) {
    folders_.erase(folder);
    return;
  }
  if ((mask & (IN_DELETE_SELF | IN_MOVE_SELF)) != 0) {
    changes->listing_changed = true;
    return;
  }
  if (name.empty()) return;
  const std::string relative = joined(folder->second, name);
  if (name == config_name_ &&
      (folder->second.empty() ? root_ : root_ + "/" + folder->second) == config_folder_) {
    changes->config_touched = true;
    return;
  }
  if (skipped(name, relative)) return;
  if ((mask & IN_ISDIR) != 0) {
    // A folder came, went or moved: its notes' paths did too.
    if ((mask & kEntryEvents) == 0) return;
    changes->listing_changed = true;
    if ((mask & (IN_CREATE | IN_MOVED_TO)) != 0 && !add_folder(relative)) complete_ = false;
    return;
  }
  if ((mask & (IN_CREATE | IN_MOVED_TO)) != 0) {
    struct stat info {};
    const std::string absolute = root_ + "/" + relative;
    if (::lstat(absolute.c_str(), &info) == 0 && S_ISLNK(info.st_mode)) {
      saw_symlink_ = true;
      changes->listing_changed = true;
    }
  }
  changes->paths.push_back(relative);
}

std::optional<WatchedChanges> VaultWatcher::wait(std::chrono::milliseconds quiet,
                                                 const std::atomic<bool>& stop) {
  WatchedChanges changes;
  bool touched = false;
  // inotify_event is followed by its name; the buffer holds many.
  alignas(inotify_event) std::array<char, 64 * 1024> buffer{};
  for (;;) {
    if (stop) return std::nullopt;
    pollfd ready{fd_, POLLIN, 0};
    const int timeout = touched ? static_cast<int>(quiet.count()) : 100;
    const int polled = ::poll(&ready, 1, timeout);
    if (polled < 0 && errno != EINTR) {
      changes.listing_changed = true;
      return changes;
    }
    if (polled <= 0) {
      if (touched) break;  // quiet for `quiet`: the save is over
      continue;
    }
    const ssize_t got = ::read(fd_, buffer.data(), buffer.size());
    if (got <= 0) continue;
    for (ssize_t at = 0; at < got;) {
      inotify_event event{};
      std::memcpy(&event, buffer.data() + at, sizeof event);
      const char* name = buffer.data() + at + sizeof event;
      const std::size_t before = changes.paths.size();
      const bool listing = changes.listing_changed, config = changes.config_touched;
      take(event.wd, event.mask, event.len > 0 ? std::string_view(name) : std::string_view(), &changes);
      touched = touched || changes.paths.size() != before || changes.listing_changed != listing ||
                changes.config_touched != config;
      at += static_cast<ssize_t>(sizeof event + event.len);
    }
  }
  if (!complete_) changes.listing_changed = true;
  std::sort(changes.paths.begin(), changes.paths.end());
  changes.paths.erase(std::unique(changes.paths.begin(), changes.paths.end()), changes.paths.end());
  return changes;
}

}  // namespace vaultlint
