#pragma once
/// What `vaultlint check PATH...` is asked to look at: a whole vault, or a
/// change (named notes, perhaps with git's staged removals).

#include <string>
#include <vector>

namespace vaultlint::cli {

struct CheckTargets {
  std::string vault = ".";          ///< the folder to read
  bool change = false;              ///< report on a change, not the whole vault
  std::vector<std::string> files;   ///< the named files, vault-relative, '/'-separated
  std::vector<std::string> inputs;  ///< the same files as the user wrote them
};

/// Sorts the PATH arguments into at most one vault folder and note files.
/// Without a folder, the vault is found by walking up from the files (or,
/// with `staged` and no file, from the current folder). Files outside the
/// vault are left out with a message. Prints "vaultlint: ..." and returns
/// false on a usage error.
bool resolve_check_targets(const std::vector<std::string>& paths, bool staged,
                           CheckTargets* targets);

}  // namespace vaultlint::cli
