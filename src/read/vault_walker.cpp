#include "read/vault_walker.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include <algorithm>
#include <system_error>

#include "text/glob.hpp"
#include "text/unicode.hpp"

namespace vaultlint {
namespace fs = std::filesystem;
namespace {

bool is_markdown_name(const std::string& name) {
  if (name.size() < 3) return false;
  const auto ext = name.substr(name.size() - 3);
  return ext == ".md" || ext == ".MD" || ext == ".Md" || ext == ".mD";
}

bool is_inside(const fs::path& canonical_root, const fs::path& canonical_target) {
  auto root_it = canonical_root.begin();
  auto target_it = canonical_target.begin();
  for (; root_it != canonical_root.end(); ++root_it, ++target_it) {
    if (target_it == canonical_target.end() || *root_it != *target_it) return false;
  }
  return true;
}

class Walker {
 public:
  Walker(fs::path root, fs::path canonical_root, const std::vector<std::string>& ignore,
         WalkResult* result, bool stat_notes)
      : root_(std::move(root)), canonical_root_(std::move(canonical_root)), ignore_(ignore),
        result_(result), stat_notes_(stat_notes) {}

  void walk(const fs::path& folder, const std::string& relative_folder) {
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) {
      result_->unreadable_folders.push_back({relative_folder, ec.message()});
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        result_->unreadable_folders.push_back({relative_folder, ec.message()});
        return;
      }
      visit(*it, relative_folder);
    }
  }

 private:
  bool ignored(const std::string& relative) const {
    return std::any_of(ignore_.begin(), ignore_.end(),
                       [&](const std::string& glob) { return glob_match(glob, relative); });
  }

  void visit(const fs::directory_entry& entry, const std::string& relative_folder) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name.front() == '.') return;
    const std::string relative =
        to_nfc(relative_folder.empty() ? name : relative_folder + "/" + name);
    if (ignored(relative)) return;
    std::error_code ec;
    const bool is_link = entry.is_symlink(ec);
    if (is_link) {
      visit_symlink(entry, relative, name);
      return;
    }
    if (entry.is_directory(ec)) {
      walk(entry.path(), relative);
    } else if (is_markdown_name(name)) {
      add_note(entry, relative, ContentProblem::none, {});
    } else {
      result_->other_files.push_back(relative);
    }
  }

  void visit_symlink(const fs::directory_entry& entry, const std::string& relative,
                     const std::string& name) {
    std::error_code ec;
    const fs::path target = fs::canonical(entry.path(), ec);
    if (ec || !is_inside(canonical_root_, target)) {
      // Symlinked folders are never followed; a symlinked note outside the
      // vault is named, not read.
      if (is_markdown_name(name)) {
        add_note(entry, relative, ec ? ContentProblem::unreadable : ContentProblem::outside_vault,
                 ec ? "broken symbolic link: " + ec.message() : std::string());
      }
      return;
    }
    if (fs::is_directory(target, ec)) return;
    if (is_markdown_name(name)) {
      add_note(fs::directory_entry(target), relative, ContentProblem::none, {});
    } else {
      result_->other_files.push_back(relative);
    }
  }

  void add_note(const fs::directory_entry& entry, const std::string& relative,
                ContentProblem problem, std::string detail) {
    WalkedNote note;
    note.path = relative;
    note.file = entry.path();
    note.problem = problem;
    note.detail = std::move(detail);
    if (problem == ContentProblem::none && stat_notes_) stat_walked_note(&note);
    result_->notes.push_back(std::move(note));
  }

  fs::path root_;
  fs::path canonical_root_;
  const std::vector<std::string>& ignore_;
  WalkResult* result_;
  bool stat_notes_;
};

}  // namespace

void stat_walked_note(WalkedNote* note) {
  // One stat for both: std::filesystem has no nanosecond mtime that is
  // portable to the epoch, and the cache needs one.
  struct stat info {};
  if (::stat(note->file.c_str(), &info) != 0) {
    note->problem = ContentProblem::unreadable;
    note->detail = std::strerror(errno);
    return;
  }
  note->size = static_cast<std::uint64_t>(info.st_size);
  note->mtime_ns = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
}

bool walk_vault(const fs::path& root, const std::vector<std::string>& ignore, WalkResult* result,
                std::string* error, bool stat_notes) {
  std::error_code ec;
  const fs::path canonical_root = fs::canonical(root, ec);
  if (ec || !fs::is_directory(canonical_root, ec)) {
    *error = root.string() + ": not a readable folder" + (ec ? ": " + ec.message() : "");
    return false;
  }
  Walker walker(root, canonical_root, ignore, result, stat_notes);
  walker.walk(canonical_root, "");
  std::sort(result->notes.begin(), result->notes.end(),
            [](const WalkedNote& a, const WalkedNote& b) { return a.path < b.path; });
  std::sort(result->other_files.begin(), result->other_files.end());
  return true;
}

}  // namespace vaultlint
