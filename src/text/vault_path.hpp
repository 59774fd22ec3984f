#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vaultlint {

/// The folder part of a vault-relative path ("a/b/c.md" -> "a/b", "c.md" -> "").
std::string_view parent_folder(std::string_view path);

/// Joins `relative` to `folder` (both vault-relative, '/'-separated) and
/// removes "." and ".." segments. A `relative` starting with '/' is taken
/// from the vault root. Returns nullopt when the result would climb above
/// the vault root.
std::optional<std::string> join_vault_path(std::string_view folder, std::string_view relative);

/// File name without folder and without a final ".md" (case-insensitive).
std::string_view stem_of(std::string_view path);

/// True when the file name part of `path` has a '.' (an extension).
bool has_extension(std::string_view path);

/// `name` without a trailing ".md" (case-insensitive).
std::string_view strip_md_extension(std::string_view name);

}  // namespace vaultlint
