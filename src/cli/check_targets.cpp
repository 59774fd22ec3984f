#include "cli/check_targets.hpp"

#include <filesystem>
#include <iostream>
#include <system_error>

#include "vaultlint/changes.hpp"

namespace vaultlint::cli {
namespace fs = std::filesystem;
namespace {

bool fail(const std::string& message) {
  std::cerr << "vaultlint: " << message << '\n';
  return false;
}

/// The vault every file belongs to, when no folder was named.
bool common_root(const std::vector<std::string>& files, fs::path* root) {
  std::string error;
  for (const auto& file : files) {
    fs::path found;
    if (!find_vault_root(file, &found, &error)) return fail(error);
    if (root->empty()) {
      *root = found;
    } else if (found != *root) {
      return fail(file + " belongs to the vault " + found.string() + ", not to " + root->string() +
                  "; check one vault at a time");
    }
  }
  return true;
}

}  // namespace

bool resolve_check_targets(const std::vector<std::string>& paths, bool staged,
                           CheckTargets* targets) {
  std::vector<std::string> folders;
  for (const auto& path : paths) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status)) return fail(path + ": no such file or folder");
    (fs::is_directory(status) ? folders : targets->inputs).push_back(path);
  }
  if (folders.size() > 1) {
    return fail("name at most one vault folder (got " + folders[0] + " and " + folders[1] + ")");
  }
  targets->change = staged || !targets->inputs.empty();
  fs::path root;
  std::string error;
  if (!folders.empty()) {
    root = folders[0];
  } else if (!targets->inputs.empty()) {
    if (!common_root(targets->inputs, &root)) return false;
  } else if (staged && !find_vault_root(".", &root, &error)) {
    return fail(error);
  }
  if (!root.empty()) targets->vault = root.string();
  std::error_code ec;
  const fs::path canonical_root = fs::weakly_canonical(targets->vault, ec);
  std::vector<std::string> kept;
  for (const auto& input : targets->inputs) {
    // The folder is made canonical, not the file: a note that is a symbolic
    // link keeps its own name.
    const fs::path absolute = fs::absolute(input, ec);
    const fs::path relative = (fs::weakly_canonical(absolute.parent_path(), ec) / absolute.filename())
                                  .lexically_relative(canonical_root);
    if (relative.empty() || *relative.begin() == "..") {
      // A hook hands over every staged Markdown file of the repository,
      // also those beside a vault that sits in a folder of it.
      std::cerr << "vaultlint: " << input << " is not inside the vault " << targets->vault
                << "; not checked\n";
      continue;
    }
    targets->files.push_back(relative.generic_string());
    kept.push_back(input);
  }
  targets->inputs = std::move(kept);
  return true;
}

}  // namespace vaultlint::cli
