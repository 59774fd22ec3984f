// The incremental check. A note's findings depend on the note itself and on
// what other notes expose (names, headings, block ids) and point at it; the
// snapshot keeps the second part for every note, so a changed note can be
// re-checked alone, in a small vault of the notes its links could name.
#include "vaultlint/incremental.hpp"

#include <sys/stat.h>
#include <xxhash.h>

#include <algorithm>
#include <future>
#include <optional>
#include <unordered_set>

#include "cache/check_snapshot.hpp"
#include "cache/note_cache.hpp"
#include "io/atomic_file.hpp"
#include "read/markdown_body.hpp"
#include "read/note_reader.hpp"
#include "read/vault_walker.hpp"
#include "resolve/near_names.hpp"
#include "resolve/note_index.hpp"
#include "resolve/resolver.hpp"
#include "schema/note_schemas.hpp"
#include "text/unicode.hpp"
#include "text/vault_path.hpp"
#include "vaultlint/changes.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint {
namespace {

/// Past this many changed notes a whole run costs less than re-checking
/// each against the snapshot, which also grows stale.
constexpr std::size_t kMaxChangedNotes = 64;

bool same_listing(const CheckSnapshot& snapshot, const WalkResult& walked) {
  const auto& paths = snapshot.note_paths();
  const auto& files = snapshot.files();
  const auto& folders = snapshot.unreadable_folders();
  if (paths.size() != walked.notes.size() || files.size() != walked.other_files.size() ||
      folders.size() != walked.unreadable_folders.size()) {
    return false;
  }
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (paths[i] != walked.notes[i].path) return false;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i] != walked.other_files[i]) return false;
  }
  for (std::size_t i = 0; i < folders.size(); ++i) {
    if (folders[i].first != walked.unreadable_folders[i].path ||
        folders[i].second != walked.unreadable_folders[i].reason) {
      return false;
    }
  }
  return true;
}

/// How `path` (vault-relative, NFC) is spelled in the folder `base`: as
/// given when that exists, else component by component, the entry whose NFC
/// is the component (a vault synced from macOS holds decomposed names).
/// nullopt when there is no such file.
std::optional<std::string> spelled_on_disk(const std::string& base, std::string_view path) {
  std::error_code error;
  const auto exists = [&error](const std::string& file) {
    return std::filesystem::symlink_status(file, error).type() != std::filesystem::file_type::not_found;
  };
  if (exists(base + "/" + std::string(path))) return std::string(path);
  std::string spelled;
  for (std::size_t begin = 0; begin <= path.size();) {
    const std::size_t slash = std::min(path.find('/', begin), path.size());
    const std::string_view part = path.substr(begin, slash - begin);
    const std::string folder = base + (spelled.empty() ? "" : "/" + spelled);
    std::optional<std::string> found;
    if (exists(folder + "/" + std::string(part))) {
      found = std::string(part);
    } else {
      for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (to_nfc(name) == part) {
          found = name;
          break;
        }
      }
    }
    if (!found) return std::nullopt;
    spelled += (spelled.empty() ? "" : "/") + *found;
    begin = slash + 1;
  }
  return spelled;
}

/// What a walk would find, from the snapshot, when only `changed` (paths
/// relative to `root`, as the file system spells them) can have changed
/// since: those notes are stat-ed, and so is every note whose snapshot key
/// cannot prove it unchanged (none, or written too close to the snapshot to
/// be judged by its mtime); every other note keeps the size and mtime the
/// snapshot has. False when a changed path shows that the listing changed
/// (an entry added or removed).
bool listing_from_snapshot(const std::filesystem::path& root, const CheckSnapshot& snapshot,
                           const std::vector<std::string>& changed, WalkResult* walked) {
  std::error_code ec;
  const std::string base = std::filesystem::canonical(root, ec).string();
  if (ec) return false;
  const auto& paths = snapshot.note_paths();
  const auto& saved = snapshot.notes();
  const auto look_at = [&](std::size_t i) {
    const auto spelled = spelled_on_disk(base, paths[i]);
    if (!spelled) return false;  // gone
    WalkedNote& note = walked->notes[i];
    note.file = base + "/" + *spelled;
    stat_walked_note(&note);
    return true;
  };
  walked->notes.resize(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    WalkedNote& note = walked->notes[i];
    note.path = std::string(paths[i]);
    note.size = saved[i].key.size;
    note.mtime_ns = saved[i].key.mtime_ns;
    // Written too close to the snapshot for its mtime to prove it
    // unchanged: the walk would read it again, so it is looked at too.
    const NoteFileKey& key = saved[i].key;
    const bool judged = key.keyed && stat_proves_unchanged(key.size, key.mtime_ns, key.size,
                                                           key.mtime_ns, snapshot.started_ns());
    if (!judged && !look_at(i)) return false;
  }
  const auto& files = snapshot.files();
  for (const std::string& spelled : changed) {
    const std::string path = to_nfc(spelled);
    const auto at = std::lower_bound(paths.begin(), paths.end(), path);
    if (at != paths.end() && *at == path) {
      if (!look_at(static_cast<std::size_t>(at - paths.begin()))) return false;
      continue;
    }
    // An attachment's bytes do not matter, its being there does; a path in
    // neither list that is there now is new.
    const bool listed = std::binary_search(files.begin(), files.end(), path);
    if (listed != spelled_on_disk(base, path).has_value()) return false;
  }
  walked->other_files.assign(files.begin(), files.end());
  for (const auto& [path, reason] : snapshot.unreadable_folders()) {
    walked->unreadable_folders.push_back({std::string(path), std::string(reason)});
  }
  return true;
}

/// The folded names a reference written as `target` (from a note at
/// `path`) can reach a note by: whatever the resolver looks up, a note it
/// finds has one of these as its folded stem, id or alias. More is harmless.
void add_lookup_names(std::string_view path, std::string_view target,
                      std::unordered_set<std::string>* names) {
  const std::string nfc = to_nfc(target);
  std::vector<std::string> spellings{nfc};
  if (const auto joined = join_vault_path(parent_folder(path), nfc)) spellings.push_back(*joined);
  for (const auto& spelling : spellings) {
    const std::string_view whole(spelling);
    const std::string_view last = whole.substr(whole.rfind('/') + 1);
    names->insert(fold_key(last));
    names->insert(fold_key(strip_md_extension(last)));
  }
}

std::unordered_set<std::string> lookup_names(const Note& note) {
  std::unordered_set<std::string> names;
  for (const Link& link : note.links) add_lookup_names(note.path, link.target(), &names);
  for (const FieldRef& ref : note.field_refs) add_lookup_names(note.path, field_target(ref.value), &names);
  // duplicate-id names the other notes with the same id.
  if (note.id) names.insert(fold_key(*note.id));
  return names;
}

/// A note as the snapshot knows it: path, stem, names and fragments, no links.
bool skeleton_note(const CheckSnapshot& snapshot, std::uint32_t index, Note* note) {
  note->path = std::string(snapshot.note_paths()[index]);
  note->stem = std::string(stem_of(note->path));
  return decode_note_names(snapshot.notes()[index].names, note) &&
         decode_note_fragments(snapshot.notes()[index].fragments, note);
}

struct ChangedNote {
  std::uint32_t index = 0;
  Note note;
};

/// Reads the notes whose size and mtime do not prove them unchanged, and
/// keeps those whose bytes changed too. False when a change reaches other
/// notes: more than a few notes changed, or a changed note's names, or its
/// fragments while a link elsewhere names one.
bool read_changed_notes(const CheckSnapshot& snapshot, const WalkResult& walked,
                        const ReaderOptions& reader, std::vector<std::string>* read,
                        std::vector<ChangedNote>* changed) {
  const auto& saved = snapshot.notes();
  std::vector<std::uint32_t> suspects;
  for (std::uint32_t i = 0; i < walked.notes.size(); ++i) {
    const WalkedNote& now = walked.notes[i];
    const NoteFileKey& then = saved[i].key;
    if (!then.keyed || now.problem != ContentProblem::none ||
        !stat_proves_unchanged(now.size, now.mtime_ns, then.size, then.mtime_ns, snapshot.started_ns())) {
      suspects.push_back(i);
    }
  }
  if (suspects.size() > kMaxChangedNotes) return false;
  for (const std::uint32_t i : suspects) {
    const WalkedNote& walked_note = walked.notes[i];
    read->push_back(walked_note.path);
    ChangedNote entry{i, Note{}};
    Note& note = entry.note;
    start_note(walked_note, &note);
    if (note.problem == ContentProblem::none) {
      FileBytes bytes;
      if (read_note_bytes(walked_note.file, reader, &note, &bytes)) {
        const NoteFileKey& then = saved[i].key;
        if (then.keyed && bytes.size() == then.size && content_hash(bytes.view()) == then.content_hash) {
          continue;
        }
        read_note_content(bytes.view(), reader, &note);
      }
    }
    if (encode_note_names(note) != saved[i].names) return false;
    if (saved[i].fragment_links_in > 0 && encode_note_fragments(note) != saved[i].fragments) {
      return false;
    }
    changed->push_back(std::move(entry));
  }
  return true;
}

/// The small vault the changed notes are checked in: they whole, and as
/// skeletons every note their references could name. *members maps its
/// notes to the whole vault's. False on a snapshot that contradicts itself.
bool small_vault(const CheckSnapshot& snapshot, std::vector<ChangedNote> changed,
                 std::vector<std::string> files, const std::vector<bool>& is_changed,
                 std::vector<std::uint32_t>* members, Vault* part) {
  const std::size_t count = snapshot.notes().size();
  for (const auto& entry : changed) {
    members->push_back(entry.index);
    for (const auto& name : lookup_names(entry.note)) {
      for (const std::uint32_t named : snapshot.notes_named(name)) {
        if (named >= count) return false;
        members->push_back(named);
      }
    }
  }
  std::sort(members->begin(), members->end());
  members->erase(std::unique(members->begin(), members->end()), members->end());
  part->files = std::move(files);
  part->notes.resize(members->size());
  for (auto& entry : changed) {
    const auto at = std::lower_bound(members->begin(), members->end(), entry.index);
    part->notes[static_cast<std::size_t>(at - members->begin())] = std::move(entry.note);
  }
  for (std::size_t j = 0; j < members->size(); ++j) {
    const std::uint32_t i = (*members)[j];
    if (!is_changed[i] && !skeleton_note(snapshot, i, &part->notes[j])) return false;
  }
  return true;
}

/// Incoming links from other notes, per note of the whole vault, once the
/// changed notes link as they do in `part`: the snapshot's counts, less the
/// links the changed notes used to make, plus the ones they make now.
/// Sets *from_unchanged to the counts before the second step (the links
/// from notes the part does not hold whole). False on a bad snapshot.
bool incoming_links(const CheckSnapshot& snapshot, const std::vector<std::uint32_t>& changed,
                    const Vault& part, const std::vector<std::uint32_t>& members,
                    std::vector<std::int64_t>* from_unchanged, std::vector<std::int64_t>* now) {
  const auto& saved = snapshot.notes();
  from_unchanged->resize(saved.size());
  for (std::size_t i = 0; i < saved.size(); ++i) (*from_unchanged)[i] = saved[i].linked_from_others;
  for (const std::uint32_t note : changed) {
    for (const std::uint32_t target : decode_indices(saved[note].outgoing)) {
      if (target >= saved.size()) return false;
      --(*from_unchanged)[target];
    }
  }
  *now = *from_unchanged;
  for (const auto& ref : part.references) {
    if (ref.status == RefStatus::resolved && ref.target != static_cast<std::int64_t>(ref.source)) {
      ++(*now)[members[static_cast<std::size_t>(ref.target)]];
    }
  }
  return true;
}

/// What did-you-mean picks from: the whole vault's names and note paths.
void add_whole_vault_names(const CheckSnapshot& snapshot, VaultRest* rest) {
  rest->note_names = [&snapshot] {
    std::vector<std::string> names;
    for (std::uint32_t i = 0; i < snapshot.note_paths().size(); ++i) {
      Note note;
      note.stem = std::string(stem_of(snapshot.note_paths()[i]));
      if (decode_note_names(snapshot.notes()[i].names, &note)) append_note_names(note, &names);
    }
    return names;
  };
  rest->note_paths = [&snapshot] {
    std::vector<std::string> paths;
    for (const auto path : snapshot.note_paths()) paths.emplace_back(strip_md_extension(path));
    return paths;
  };
}

/// The snapshot's findings in unchanged notes and `found` in the changed
/// ones, sorted as check_vault sorts.
void merge_findings(const CheckSnapshot& snapshot, std::vector<Diagnostic> found,
                    std::vector<std::vector<std::string>> found_targets,
                    const std::unordered_set<std::string_view>& changed_paths, IncrementalCheck* out) {
  const auto& old = snapshot.diagnostics();
  std::vector<std::pair<Diagnostic, std::vector<std::string>>> merged;
  merged.reserve(old.size() + found.size());
  for (std::size_t i = 0; i < old.size(); ++i) {
    if (!changed_paths.contains(old[i].file)) merged.emplace_back(old[i], snapshot.finding_targets()[i]);
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    merged.emplace_back(std::move(found[i]), std::move(found_targets[i]));
  }
  std::stable_sort(merged.begin(), merged.end(),
                   [](const auto& a, const auto& b) { return diagnostic_less(a.first, b.first); });
  out->diagnostics.clear();
  out->targets.clear();
  for (auto& [d, targets] : merged) {
    out->diagnostics.push_back(std::move(d));
    out->targets.push_back(std::move(targets));
  }
}

}  // namespace

std::filesystem::path snapshot_file_for(const std::filesystem::path& cache_file) {
  std::filesystem::path file = cache_file;
  file.replace_extension(".check");
  return file;
}

std::uint64_t check_fingerprint(const Config& config) {
  std::string key = std::to_string(reader_fingerprint(reader_options_for(config)));
  const auto list = [&key](std::string_view name, const std::vector<std::string>& items) {
    key += '\0';
    key += name;
    for (const auto& item : items) {
      key += '\1';
      key += item;
    }
  };
  for (const auto& [rule, severity] : config.severities) {
    key += '\0' + rule + '=' + std::to_string(static_cast<int>(severity));
  }
  list("orphan_types", config.orphan_types);
  list("claim_types", config.claim_types);
  list("source_fields", config.source_fields);
  list("edge_fields", config.edge_fields);
  list("ignore", config.ignore);
  list("types", config.types);
  list("id_filename_ignore", config.id_filename_ignore);
  // unknown-type knows the types that have a schema, whether or not
  // schema-violation is on.
  if (config.schemas) key += std::string("\0schemas\0", 9) + config.schemas->source_key();
  key += config.did_you_mean ? "\0did_you_mean" : "";
  return XXH3_64bits(key.data(), key.size());
}

SnapshotMemo::SnapshotMemo() = default;
SnapshotMemo::~SnapshotMemo() = default;

const CheckSnapshot* SnapshotMemo::load(const std::filesystem::path& file, std::uint64_t fingerprint) {
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) return nullptr;
  const FileIdentity identity{static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino),
                              static_cast<std::uint64_t>(info.st_size),
                              static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
  if (snapshot_ && file == file_ && fingerprint == fingerprint_ && identity == identity_) {
    return snapshot_.get();
  }
  snapshot_.reset();
  auto fresh = std::make_unique<CheckSnapshot>();
  if (!fresh->load(file, fingerprint)) return nullptr;
  snapshot_ = std::move(fresh);
  file_ = file;
  fingerprint_ = fingerprint;
  identity_ = identity;
  return snapshot_.get();
}

bool check_incrementally(const std::filesystem::path& root, const Config& config,
                         const std::filesystem::path& snapshot_file, unsigned threads,
                         IncrementalCheck* out, const std::vector<std::string>* touched,
                         SnapshotMemo* memo) {
  threads = thread_count(threads);
  SnapshotMemo local;
  SnapshotMemo& snapshots = memo != nullptr ? *memo : local;
  const CheckSnapshot* loaded = nullptr;
  WalkResult walked;
  if (touched != nullptr) {
    loaded = snapshots.load(snapshot_file, check_fingerprint(config));
    if (loaded == nullptr || !listing_from_snapshot(root, *loaded, *touched, &walked)) return false;
  } else {
    // Without a snapshot file the walk would be wasted.
    std::error_code missing;
    if (!std::filesystem::is_regular_file(snapshot_file, missing)) return false;
    // The snapshot is decoded while the walk stats every note on every
    // core: the two are most of an answer from the snapshot, and independent.
    auto decoding = std::async(std::launch::async, [&snapshots, &snapshot_file, &config] {
      return snapshots.load(snapshot_file, check_fingerprint(config));
    });
    std::string error;
    const bool walk_ok = walk_vault(root, config.ignore, &walked, &error, /*stat_notes=*/true, threads);
    loaded = decoding.get();
    if (loaded == nullptr || !walk_ok || !same_listing(*loaded, walked)) return false;
  }
  const CheckSnapshot& snapshot = *loaded;
  register_markdown_extensions();
  std::vector<ChangedNote> changed;
  if (!read_changed_notes(snapshot, walked, reader_options_for(config), &out->read_paths, &changed)) {
    return false;
  }
  out->notes_read = out->read_paths.size();
  out->notes_rechecked = changed.size();
  out->notes.assign(snapshot.note_paths().begin(), snapshot.note_paths().end());
  if (changed.empty()) {
    out->diagnostics = snapshot.diagnostics();
    out->targets = snapshot.finding_targets();
    return true;
  }

  const std::size_t count = snapshot.notes().size();
  std::vector<bool> is_changed(count, false);
  std::vector<std::uint32_t> changed_indexes;
  for (const auto& entry : changed) {
    is_changed[entry.index] = true;
    changed_indexes.push_back(entry.index);
  }
  std::vector<std::uint32_t> members;
  Vault part;
  part.root = root;
  if (!small_vault(snapshot, std::move(changed), std::move(walked.other_files), is_changed,
                   &members, &part)) {
    return false;
  }
  const NoteIndex index(part.notes, part.files);
  part.references = resolve_references(part.notes, index, config.edge_fields, 1);
  add_reference_edges(&part, config.edge_fields);

  std::vector<std::int64_t> from_unchanged, linked;
  if (!incoming_links(snapshot, changed_indexes, part, members, &from_unchanged, &linked)) return false;
  // An unchanged note that lost its last incoming link (or gained its
  // first) gains (or loses) an orphan finding: a whole run's job.
  for (std::size_t i = 0; i < count; ++i) {
    const bool was_linked = snapshot.notes()[i].linked_from_others > 0;
    if (!is_changed[i] && snapshot.notes()[i].may_be_orphan && was_linked != (linked[i] > 0)) return false;
  }
  VaultRest rest;
  rest.linked_from_rest.resize(members.size(), false);
  for (std::size_t j = 0; j < members.size(); ++j) {
    if (is_changed[members[j]]) rest.linked_from_rest[j] = from_unchanged[members[j]] > 0;
  }
  add_whole_vault_names(snapshot, &rest);

  std::vector<Diagnostic> found = check_vault(part, config, &rest, threads);
  std::unordered_set<std::string_view> changed_paths;
  for (std::size_t j = 0; j < members.size(); ++j) {
    if (is_changed[members[j]]) changed_paths.insert(part.notes[j].path);
  }
  std::erase_if(found, [&](const Diagnostic& d) { return !changed_paths.contains(d.file); });
  auto found_targets = finding_targets(part, found);
  merge_findings(snapshot, std::move(found), std::move(found_targets), changed_paths, out);
  return true;
}

bool save_check_snapshot(const std::filesystem::path& snapshot_file, const Vault& vault,
                         const Config& config, const std::vector<Diagnostic>& diagnostics,
                         std::string* error) {
  if (vault.file_keys.size() != vault.notes.size() || !vault.index) {
    *error = "the vault was read without a cache file";
    return false;
  }
  std::error_code ec;
  std::filesystem::create_directories(snapshot_file.parent_path(), ec);
  AtomicFileWriter writer;
  if (!writer.open(snapshot_file, error)) return false;
  write_check_snapshot(writer.stream(), check_fingerprint(config), vault, config, diagnostics,
                       finding_targets(vault, diagnostics));
  return writer.commit(error);
}

}  // namespace vaultlint
