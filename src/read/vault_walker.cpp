#include "read/vault_walker.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

#include <algorithm>
#include <deque>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <tuple>
#include <numeric>
#include <system_error>
#include <utility>

#include "text/glob.hpp"
#include "text/unicode.hpp"
#include "text/vault_path.hpp"

namespace vaultlint {
namespace fs = std::filesystem;
namespace {

bool is_markdown_name(std::string_view name) {
  if (name.size() < 3) return false;
  const auto ext = name.substr(name.size() - 3);
  return ext == ".md" || ext == ".MD" || ext == ".Md" || ext == ".mD";
}

/// `folder` + "/" + `name` in one allocation; just `name` when `folder` is
/// the vault's top as a relative path ("").
std::string joined(const std::string& folder, std::string_view name, bool relative) {
  std::string path;
  path.reserve(folder.size() + 1 + name.size());
  path += folder;
  if (!relative || !folder.empty()) path += '/';
  path += name;
  return path;
}

bool is_inside(const fs::path& canonical_root, const fs::path& canonical_target) {
  auto root_it = canonical_root.begin();
  auto target_it = canonical_target.begin();
  for (; root_it != canonical_root.end(); ++root_it, ++target_it) {
    if (target_it == canonical_target.end() || *root_it != *target_it) return false;
  }
  return true;
}

/// Fills in the note's size and mtime from a stat(2) of `path` (relative
/// to the folder open as `folder_fd`, or AT_FDCWD), or marks it unreadable.
/// One stat for both: std::filesystem has no nanosecond mtime that is
/// portable to the epoch, and the cache needs one.
void stat_note_at(int folder_fd, const char* path, WalkedNote* note) {
  struct stat info {};
  if (::fstatat(folder_fd, path, &info, 0) != 0) {
    note->problem = ContentProblem::unreadable;
    note->detail = std::strerror(errno);
    return;
  }
  note->size = static_cast<std::uint64_t>(info.st_size);
  note->mtime_ns = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
}

/// An open folder, shared by the tasks that stat its notes.
struct FolderFd {
  explicit FolderFd(int descriptor) : fd(descriptor) {}
  FolderFd(const FolderFd&) = delete;
  FolderFd& operator=(const FolderFd&) = delete;
  int fd;
  ~FolderFd() {
    if (fd >= 0) ::close(fd);
  }
};

/// What one folder holds (not its subfolders).
struct FolderListing {
  std::vector<WalkedNote> notes;
  /// Per note: whether it is stat'ed by its name in the folder, which is the
  /// end of its file (a symlink resolved is stat'ed by its target instead).
  /// A flag, not the name again: a string per note was an allocation each.
  std::vector<char> stat_by_name;
  std::vector<std::string> other_files;
  std::vector<Vault::UnreadableFolder> unreadable;
};

/// Lists folders with openat(2) and readdir(3) (the entry's type comes with
/// its name) and stats notes relative to their open folder, so the kernel
/// looks up one name, not the whole path. Each folder is a task, and so is
/// each batch of its notes' stats: a vault of many folders or of one huge
/// folder keeps every core busy. std::filesystem built a path object per
/// entry and took 70% of an unchanged-vault check.
class Walker {
 public:
  Walker(fs::path canonical_root, const std::vector<std::string>& ignore, bool stat_notes,
         unsigned threads)
      : canonical_root_(std::move(canonical_root)), ignore_(ignore), stat_notes_(stat_notes) {
    if (threads > 1) pool_.emplace(threads);
  }

  /// Walks the folder open as `fd` (taking it), at `absolute`, which is
  /// `relative_folder` in the vault; then waits for every task.
  void run(int fd, int open_error, std::string absolute, std::string relative_folder) {
    post([this, fd, open_error, absolute = std::move(absolute), relative = std::move(relative_folder)] {
      list(fd, open_error, absolute, relative);
    });
    if (pool_) pool_->join();
  }

  /// Moves what every folder held into *result, sorted.
  void collect(WalkResult* result) {
    merge_notes(&result->notes);
    for (auto& folder : folders_) {
      std::move(folder->other_files.begin(), folder->other_files.end(),
                std::back_inserter(result->other_files));
      std::move(folder->unreadable.begin(), folder->unreadable.end(),
                std::back_inserter(result->unreadable_folders));
    }
    folders_.clear();
    std::sort(result->other_files.begin(), result->other_files.end());
    std::sort(result->unreadable_folders.begin(), result->unreadable_folders.end(),
              [](const auto& a, const auto& b) { return std::tie(a.path, a.reason) < std::tie(b.path, b.reason); });
  }

 private:
  /// Sorts one folder's notes (and their flags with them) by path.
  /// Sorting indexes and moving each note once: swapping the notes
  /// themselves moved three strings per swap.
  static void sort_by_path(FolderListing& folder) {
    std::vector<std::uint32_t> order(folder.notes.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&folder](std::uint32_t a, std::uint32_t b) {
      return folder.notes[a].path < folder.notes[b].path;
    });
    if (std::is_sorted(order.begin(), order.end())) return;
    std::vector<WalkedNote> notes;
    std::vector<char> stat_by_name;
    notes.reserve(order.size());
    stat_by_name.reserve(order.size());
    for (const std::uint32_t i : order) {
      notes.push_back(std::move(folder.notes[i]));
      stat_by_name.push_back(folder.stat_by_name[i]);
    }
    folder.notes = std::move(notes);
    folder.stat_by_name = std::move(stat_by_name);
  }

  /// Appends every folder's notes to *notes in path order, merging the
  /// folders' sorted lists: a folder's notes and its subfolders' interleave
  /// ("a/b-c.md" sorts between "a/b.md" and "a/b/x.md").
  void merge_notes(std::vector<WalkedNote>* notes) {
    struct Cursor {
      std::vector<WalkedNote>* folder;
      std::size_t next;
      const std::string& path() const { return (*folder)[next].path; }
    };
    // A min-heap on each folder's next path.
    const auto later = [](const Cursor& a, const Cursor& b) { return a.path() > b.path(); };
    std::vector<Cursor> heap;
    std::size_t count = 0;
    for (auto& folder : folders_) {
      count += folder->notes.size();
      if (!folder->notes.empty()) heap.push_back({&folder->notes, 0});
    }
    std::make_heap(heap.begin(), heap.end(), later);
    notes->reserve(notes->size() + count);
    while (!heap.empty()) {
      std::pop_heap(heap.begin(), heap.end(), later);
      Cursor& cursor = heap.back();
      notes->push_back(std::move((*cursor.folder)[cursor.next]));
      if (++cursor.next < cursor.folder->size()) {
        std::push_heap(heap.begin(), heap.end(), later);
      } else {
        heap.pop_back();
      }
    }
  }

  template <typename Task>
  void post(Task&& task) {
    if (pool_) {
      boost::asio::post(*pool_, std::forward<Task>(task));
    } else {
      task();
    }
  }

  FolderListing* new_folder() {
    const std::lock_guard lock(mutex_);
    return folders_.emplace_back(std::make_unique<FolderListing>()).get();
  }

  /// Lists the folder open as `fd` (which it takes; -1 when opening it
  /// failed with `open_error`).
  void list(int fd, int open_error, const std::string& absolute_folder,
            const std::string& relative_folder) {
    FolderListing& out = *new_folder();
    const auto folder = std::make_shared<FolderFd>(fd);
    if (fd < 0) {
      out.unreadable.push_back({relative_folder, std::strerror(open_error)});
      return;
    }
    // The stream gets its own descriptor: closing it must not close the
    // one the stat batches still use.
    const int stream_fd = ::dup(fd);
    DIR* dir = stream_fd < 0 ? nullptr : ::fdopendir(stream_fd);
    if (dir == nullptr) {
      out.unreadable.push_back({relative_folder, std::strerror(errno)});
      if (stream_fd >= 0) ::close(stream_fd);
      return;
    }
    for (;;) {
      errno = 0;
      const dirent* entry = ::readdir(dir);
      if (entry == nullptr) {
        if (errno != 0) out.unreadable.push_back({relative_folder, std::strerror(errno)});
        break;
      }
      visit(fd, entry, absolute_folder, relative_folder, out);
    }
    ::closedir(dir);
    // Sorted here, on the pool, so that collect() only merges: one sort of
    // every path at the end was 0.05 s of one core at 100k notes.
    sort_by_path(out);
    if (!stat_notes_) return;
    // The notes' stats, in batches that share the open folder.
    constexpr std::size_t kNotesPerTask = 256;
    for (std::size_t begin = 0; begin < out.notes.size(); begin += kNotesPerTask) {
      post([&out, folder, begin] {
        for (std::size_t i = begin; i < std::min(out.notes.size(), begin + kNotesPerTask); ++i) {
          WalkedNote& note = out.notes[i];
          if (note.problem != ContentProblem::none) continue;
          if (out.stat_by_name[i] != 0) {
            stat_note_at(folder->fd, note.file.c_str() + note.file.rfind('/') + 1, &note);
          } else {
            stat_walked_note(&note);
          }
        }
      });
    }
  }

  void visit(int folder_fd, const dirent* entry, const std::string& absolute_folder,
             const std::string& relative_folder, FolderListing& out) {
    const std::string_view name(entry->d_name);
    std::string relative = joined(relative_folder, name, true);
    make_nfc(&relative);
    if (walk_skips(name, relative, ignore_)) return;
    std::string absolute = joined(absolute_folder, name, false);
    const unsigned char type = entry_type(folder_fd, entry);
    if (type == DT_LNK) {
      visit_symlink(absolute, std::move(relative), name, out);
    } else if (type == DT_DIR) {
      const int fd = ::openat(folder_fd, entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      const int open_error = fd < 0 ? errno : 0;
      post([this, fd, open_error, absolute = std::move(absolute), relative = std::move(relative)] {
        list(fd, open_error, absolute, relative);
      });
    } else if (is_markdown_name(name)) {
      add_note(out, std::move(absolute), std::move(relative), true, ContentProblem::none, {});
    } else {
      out.other_files.push_back(std::move(relative));
    }
  }

  void visit_symlink(const std::string& absolute, std::string relative, std::string_view name,
                     FolderListing& out) {
    std::error_code ec;
    const fs::path target = fs::canonical(absolute, ec);
    if (ec || !is_inside(canonical_root_, target)) {
      // Symlinked folders are never followed; a symlinked note outside the
      // vault is named, not read.
      if (is_markdown_name(name)) {
        add_note(out, absolute, std::move(relative), false,
                 ec ? ContentProblem::unreadable : ContentProblem::outside_vault,
                 ec ? "broken symbolic link: " + ec.message() : std::string());
      }
      return;
    }
    if (fs::is_directory(target, ec)) return;
    if (is_markdown_name(name)) {
      add_note(out, target.string(), std::move(relative), false, ContentProblem::none, {});
    } else {
      out.other_files.push_back(std::move(relative));
    }
  }

  /// `in_folder`: stat the note by its name in the folder (the end of
  /// `file`), not by `file` as a whole.
  void add_note(FolderListing& out, std::string file, std::string relative, bool in_folder,
                ContentProblem problem, std::string detail) {
    WalkedNote note;
    note.path = std::move(relative);
    note.file = std::move(file);
    note.problem = problem;
    note.detail = std::move(detail);
    out.notes.push_back(std::move(note));
    out.stat_by_name.push_back(in_folder ? 1 : 0);
  }

  fs::path canonical_root_;
  const std::vector<std::string>& ignore_;
  bool stat_notes_;
  std::optional<boost::asio::thread_pool> pool_;
  std::mutex mutex_;
  std::deque<std::unique_ptr<FolderListing>> folders_;
};

}  // namespace

bool walk_skips(std::string_view name, std::string_view relative, const std::vector<std::string>& ignore) {
  if (name.empty() || name.front() == '.') return true;
  return std::any_of(ignore.begin(), ignore.end(),
                     [relative](const std::string& glob) { return glob_match(glob, relative); });
}

unsigned char entry_type(int folder_fd, const dirent* entry) {
  if (entry->d_type != DT_UNKNOWN) return entry->d_type;
  // Some file systems leave it to a stat.
  struct stat info {};
  if (::fstatat(folder_fd, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0) return DT_UNKNOWN;
  return S_ISLNK(info.st_mode) ? DT_LNK : S_ISDIR(info.st_mode) ? DT_DIR : DT_REG;
}

namespace {

/// Copies the walk's path and detail from an lvalue, moves them from an rvalue.
template <typename Walked>
void start_from(Walked&& walked, Note* note) {
  note->path = std::forward<Walked>(walked).path;
  note->stem = std::string(stem_of(note->path));
  note->problem = walked.problem;
  if (!walked.detail.empty()) note->mutable_extras().problem_detail = std::forward<Walked>(walked).detail;
}

}  // namespace

void start_note(const WalkedNote& walked, Note* note) { start_from(walked, note); }

void start_note(WalkedNote&& walked, Note* note) { start_from(std::move(walked), note); }

void stat_walked_note(WalkedNote* note) { stat_note_at(AT_FDCWD, note->file.c_str(), note); }

bool walk_vault(const fs::path& root, const std::vector<std::string>& ignore, WalkResult* result,
                std::string* error, bool stat_notes, unsigned threads) {
  std::error_code ec;
  const fs::path canonical_root = fs::canonical(root, ec);
  if (ec || !fs::is_directory(canonical_root, ec)) {
    *error = root.string() + ": not a readable folder" + (ec ? ": " + ec.message() : "");
    return false;
  }
  Walker walker(canonical_root, ignore, stat_notes, threads);
  const std::string absolute = canonical_root.string();
  const int fd = ::open(absolute.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  walker.run(fd, fd < 0 ? errno : 0, absolute == "/" ? std::string() : absolute, "");
  walker.collect(result);
  return true;
}

}  // namespace vaultlint
