// What git's index removes from a vault: staged deletions and renames.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "io/run_process.hpp"
#include "read/note_reader.hpp"
#include "text/glob.hpp"
#include "text/unicode.hpp"
#include "text/vault_path.hpp"
#include "vaultlint/changes.hpp"

namespace vaultlint {
namespace {

/// Inside a git hook GIT_INDEX_FILE names the index being committed, maybe
/// relative to the hook's folder: made absolute, it survives `git -C`.
std::vector<std::string> index_file_override() {
  const char* index = std::getenv("GIT_INDEX_FILE");
  if (index == nullptr || *index == '\0' || std::filesystem::path(index).is_absolute()) return {};
  std::error_code ec;
  return {"GIT_INDEX_FILE=" + std::filesystem::absolute(index, ec).string()};
}

/// Runs git in `root`; false with *error when it fails.
bool git(const std::filesystem::path& root, std::vector<std::string> args, std::string* out,
         std::string* error) {
  args.insert(args.begin(), {"git", "-C", root.string()});
  ProcessResult result;
  if (!run_process(args, index_file_override(), &result, error)) return false;
  if (result.exit_code != 0) {
    std::string message = result.err.substr(0, result.err.find('\n'));
    *error = fmt::format("git {} failed in {}: {}", args[3], root.string(),
                         message.empty() ? "exit code " + std::to_string(result.exit_code) : message);
    return false;
  }
  *out = std::move(result.out);
  return true;
}

/// Paths the vault walk would have read: no dot segment, not ignored.
bool in_vault(const std::string& path, const Config& config) {
  if (path.empty() || path.front() == '.' || path.find("/.") != std::string::npos) return false;
  return std::none_of(config.ignore.begin(), config.ignore.end(),
                      [&](const std::string& glob) { return glob_match(glob, path); });
}

/// The removed paths in `git diff -z --name-status` output: "D\0path\0",
/// "R100\0old\0new\0"; other statuses keep their paths.
std::vector<std::string> removed_paths(const std::string& listing) {
  std::vector<std::string> fields;
  for (std::size_t begin = 0; begin < listing.size();) {
    const std::size_t end = std::min(listing.find('\0', begin), listing.size());
    fields.push_back(listing.substr(begin, end - begin));
    begin = end + 1;
  }
  std::vector<std::string> removed;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const char status = fields[i].empty() ? '?' : fields[i][0];
    const bool two_paths = status == 'R' || status == 'C';
    if ((status == 'D' || status == 'R') && i + 1 < fields.size()) removed.push_back(fields[i + 1]);
    i += two_paths ? 2 : 1;
  }
  return removed;
}

/// Fills the id and aliases a removed note had in HEAD; `git_path` is its
/// path as git spelled it (perhaps not NFC).
bool read_old_identity(const std::filesystem::path& root, const std::string& git_path,
                       RemovedFile* file, std::string* error) {
  std::string bytes;
  if (!git(root, {"show", "HEAD:./" + git_path}, &bytes, error)) return false;
  Note note;
  note.path = file->path;
  note.stem = std::string(stem_of(file->path));
  read_note_content(bytes, ReaderOptions{}, &note);
  file->id = note.id;
  file->aliases = note.aliases;
  return true;
}

}  // namespace

bool staged_removals(const std::filesystem::path& root, const Config& config,
                     std::vector<RemovedFile>* removed, std::string* error) {
  std::string listing;
  if (!git(root, {"diff", "--cached", "--name-status", "-M", "-z", "--relative", "--no-color"},
           &listing, error)) {
    return false;
  }
  for (const auto& path : removed_paths(listing)) {
    const std::string nfc = to_nfc(path);
    if (!in_vault(nfc, config)) continue;
    RemovedFile file{nfc, std::nullopt, {}};
    const bool note = strip_md_extension(nfc).size() != nfc.size();
    if (note && !read_old_identity(root, path, &file, error)) return false;
    removed->push_back(std::move(file));
  }
  return true;
}

}  // namespace vaultlint
