// Finding the vault a named note belongs to.
#include <system_error>

#include "vaultlint/changes.hpp"

namespace vaultlint {
namespace fs = std::filesystem;

bool find_vault_root(const fs::path& start, fs::path* root, std::string* error) {
  std::error_code ec;
  const fs::path absolute = fs::weakly_canonical(fs::absolute(start, ec), ec);
  if (ec) {
    *error = start.string() + ": " + ec.message();
    return false;
  }
  fs::path folder = fs::is_directory(absolute, ec) ? absolute : absolute.parent_path();
  for (;; folder = folder.parent_path()) {
    if (fs::exists(folder / kConfigFileName, ec) || fs::is_directory(folder / ".obsidian", ec)) {
      *root = folder;
      return true;
    }
    // A work tree's root has ".git" (a folder, or a file in a linked
    // worktree or submodule); a vault does not reach above it.
    if (fs::exists(folder / ".git", ec)) {
      *root = folder;
      return true;
    }
    if (folder == folder.root_path() || !folder.has_parent_path()) break;
  }
  *error = start.string() + ": no folder above it holds " + kConfigFileName +
           ", .obsidian or .git; name the vault folder as well (vaultlint check VAULT FILE...)";
  return false;
}

}  // namespace vaultlint
