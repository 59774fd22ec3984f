#pragma once
/// Watches a vault's folders with inotify(7) and says which paths were
/// touched, so that a re-check after an edit reads what changed without
/// stat-ing every note (docs/watch.md). Linux only.

#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace vaultlint {

struct WatchedChanges {
  /// Vault-relative paths of the files touched, as spelled on disk; sorted, unique.
  std::vector<std::string> paths;
  /// Something a list of paths cannot say: a folder came or went, a symbolic
  /// link appeared, or the kernel dropped events. Only a walk can tell.
  bool listing_changed = false;
  /// The config file in use was touched.
  bool config_touched = false;
};

class VaultWatcher {
 public:
  VaultWatcher() = default;
  VaultWatcher(const VaultWatcher&) = delete;
  VaultWatcher& operator=(const VaultWatcher&) = delete;
  ~VaultWatcher();

  /// Watches every folder a walk of the vault at `root` enters: not dot
  /// folders, not `ignore`d ones, not symlinked ones; and `config_file`,
  /// which need not exist yet, inside the vault or out (its folder is
  /// watched for it). False with *error when inotify, the root or the
  /// config's folder cannot be had (a folder that cannot be watched later
  /// makes listing_changed true, never a silent gap).
  bool start(const std::filesystem::path& root, const std::vector<std::string>& ignore,
             const std::filesystem::path& config_file, std::string* error);

  /// Blocks until a file of the vault is touched, then until `quiet`
  /// passes with nothing more (one editor save is several events), and
  /// says what was. nullopt once `stop` is true (looked at every 100 ms).
  std::optional<WatchedChanges> wait(std::chrono::milliseconds quiet, const std::atomic<bool>& stop);

  /// Whether the vault holds a symbolic link (seen when watching started
  /// or since): a note reached through one changes when its target does.
  bool saw_symlink() const { return saw_symlink_; }

 private:
  /// Watches `relative` (a folder of the vault, "" for the root) and the
  /// folders under it. False when one of them could not be watched.
  bool add_folder(const std::string& relative);
  bool skipped(std::string_view name, const std::string& relative) const;
  void take(int watch, std::uint32_t mask, std::string_view name, WatchedChanges* changes);

  int fd_ = -1;
  std::string root_;
  std::vector<std::string> ignore_;
  std::unordered_map<int, std::string> folders_;  ///< watch descriptor -> vault-relative folder
  std::string config_folder_;  ///< absolute, canonical
  std::string config_name_;
  int config_watch_ = -1;      ///< the watch of the config's folder when it is outside the vault
  bool saw_symlink_ = false;
  /// False once a folder could not be watched: from then on every wait
  /// says listing_changed, since edits there would go unseen.
  bool complete_ = true;
};

}  // namespace vaultlint
