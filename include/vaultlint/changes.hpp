#pragma once
/// Checking a change rather than a whole vault: the notes a commit touches
/// (named files), and the files it removes (staged deletions and renames).
/// The whole vault's findings are found (read and resolved, or from the check
/// snapshot); only those a change can be blamed for are kept (docs/pre-commit.md).

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "vaultlint/config.hpp"
#include "vaultlint/diagnostic.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

/// A file that the change deletes or renames away, as it was before.
struct RemovedFile {
  std::string path;               ///< vault-relative, '/'-separated, NFC
  std::optional<std::string> id;  ///< from its front matter in HEAD (notes only)
  std::vector<std::string> aliases;
};

struct ChangeSet {
  std::vector<std::string> files;  ///< vault-relative, '/'-separated paths of the named notes
  std::vector<RemovedFile> removed;
};

/// Keeps the findings that `change` can be blamed for, in their order:
/// every finding in a named note; findings about references from other notes
/// into a named note (a missing heading or block, an ambiguous name); and
/// broken references anywhere whose target names a removed file by its
/// stem, path, id or alias (or, for other files, by file name or path).
std::vector<Diagnostic> findings_for_change(const Vault& vault,
                                            const std::vector<Diagnostic>& diagnostics,
                                            const ChangeSet& change);

/// For each finding about a reference (by its place and what it names), the
/// paths of the notes that reference points into: its target, or an
/// ambiguous one's candidates. Empty for every other finding.
std::vector<std::vector<std::string>> finding_targets(const Vault& vault,
                                                      const std::vector<Diagnostic>& diagnostics);

/// The same filter from what finding_targets() recorded, for a run that
/// kept no Vault: findings in `files`, findings pointing into them, and
/// those `blamed` (may be empty) accepts.
std::vector<Diagnostic> findings_for_change(const std::vector<Diagnostic>& diagnostics,
                                            const std::vector<std::vector<std::string>>& targets,
                                            const std::vector<std::string>& files,
                                            const std::function<bool(const Diagnostic&)>& blamed);

/// The vault `start` (a note, or a folder) belongs to: walking up from the
/// folder, the nearest one holding `.vaultlint.yaml` or `.obsidian`, not
/// looking above the root of the git work tree it is in; failing that, that
/// work tree's root (the folder holding `.git`). Returns false with *error
/// when there is neither.
bool find_vault_root(const std::filesystem::path& start, std::filesystem::path* root,
                     std::string* error);

/// The files under `root` that git's index deletes or renames away
/// compared with HEAD (`git diff --cached --name-status -M`), with the id
/// and aliases each removed note had in HEAD. Dot paths and paths matching
/// `config.ignore` are left out, as the vault walk leaves them out. Returns
/// false with *error when git cannot be run or `root` is not in a git work
/// tree.
bool staged_removals(const std::filesystem::path& root, const Config& config,
                     std::vector<RemovedFile>* removed, std::string* error);

}  // namespace vaultlint
