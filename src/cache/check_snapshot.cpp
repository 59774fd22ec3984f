#include "cache/check_snapshot.hpp"

#include <algorithm>

#include "cache/byte_codec.hpp"
#include "cache/sealed_file.hpp"
#include "resolve/note_index.hpp"
#include "rules/rule.hpp"

namespace vaultlint {
namespace {

// The format goes up whenever the layout here changes.
constexpr SealedFileKind kSnapshotFile{"vaultlint-check-snapshot\n", 2};

std::string encode_indices(const std::vector<std::uint32_t>& indices) {
  std::string bytes;
  ByteWriter out(&bytes);
  for (const auto index : indices) out.put_uint(index);
  return bytes;
}

bool get_diagnostic(ByteReader& in, Diagnostic* d, std::vector<std::string>* targets) {
  bool has_target = false;
  if (!in.get_string(&d->rule) || !get_enum(in, Severity::error, &d->severity) ||
      !in.get_string(&d->file) || !get_pos(in, &d->pos) || !in.get_string(&d->message) ||
      !in.get_bool(&has_target)) {
    return false;
  }
  if (has_target) {
    d->target.emplace();
    if (!in.get_string(&*d->target)) return false;
  }
  return get_strings(in, targets);
}

}  // namespace

std::string encode_note_names(const Note& note) {
  std::string bytes;
  ByteWriter out(&bytes);
  out.put_uint(static_cast<std::uint64_t>(note.front_matter));
  out.put_bool(note.id.has_value());
  out.put_string(note.id.value_or(""));
  put_strings(out, note.aliases);
  return bytes;
}

std::string encode_note_fragments(const Note& note) {
  std::string bytes;
  ByteWriter out(&bytes);
  put_strings(out, note.heading_keys);
  put_strings(out, note.block_ids);
  return bytes;
}

bool decode_note_names(std::string_view bytes, Note* note) {
  ByteReader in(bytes);
  bool has_id = false;
  std::string id;
  if (!get_enum(in, FrontMatterState::invalid, &note->front_matter) || !in.get_bool(&has_id) ||
      !in.get_string(&id) || !get_strings(in, &note->aliases) || !in.at_end()) {
    return false;
  }
  if (has_id) note->id = std::move(id);
  return true;
}

bool decode_note_fragments(std::string_view bytes, Note* note) {
  ByteReader in(bytes);
  return get_strings(in, &note->heading_keys) && get_strings(in, &note->block_ids) && in.at_end();
}

std::vector<std::uint32_t> decode_indices(std::string_view bytes) {
  std::vector<std::uint32_t> indices;
  ByteReader in(bytes);
  std::uint64_t index = 0;
  while (!in.at_end() && in.get_uint(&index)) indices.push_back(static_cast<std::uint32_t>(index));
  return indices;
}

void write_check_snapshot(std::ostream& stream, std::uint64_t fingerprint, const Vault& vault,
                          const Config& config, const std::vector<Diagnostic>& diagnostics,
                          const std::vector<std::vector<std::string>>& targets) {
  const std::size_t count = vault.notes.size();
  std::vector<std::vector<std::uint32_t>> outgoing(count);
  std::vector<std::uint32_t> linked(count, 0);
  std::vector<std::uint32_t> fragment_links(count, 0);
  for (const auto& ref : vault.references) {
    if (ref.target < 0 || ref.target == static_cast<std::int64_t>(ref.source)) continue;
    const auto target = static_cast<std::size_t>(ref.target);
    if (!ref.from_field && !vault.link_of(ref).fragment().empty()) ++fragment_links[target];
    if (ref.status != RefStatus::resolved) continue;
    outgoing[ref.source].push_back(static_cast<std::uint32_t>(target));
    ++linked[target];
  }

  SealedFileStream file(stream, kSnapshotFile, fingerprint);
  ByteWriter& out = file.body();
  out.put_int(vault.read_started_ns);
  out.put_uint(count);
  for (const Note& note : vault.notes) out.put_string(note.path);
  out.put_uint(vault.files.size());
  for (const auto& file : vault.files) out.put_string(file);
  out.put_uint(vault.unreadable_folders.size());
  for (const auto& folder : vault.unreadable_folders) {
    out.put_string(folder.path);
    out.put_string(folder.reason);
  }
  for (std::size_t i = 0; i < count; ++i) {
    const NoteFileKey key = i < vault.file_keys.size() ? vault.file_keys[i] : NoteFileKey{};
    out.put_uint(key.size);
    out.put_int(key.mtime_ns);
    out.put_fixed64(key.content_hash);
    out.put_bool(key.keyed);
    out.put_bool(may_be_orphan(vault.notes[i], config));
    out.put_uint(linked[i]);
    out.put_uint(fragment_links[i]);
    out.put_string(encode_note_names(vault.notes[i]));
    out.put_string(encode_note_fragments(vault.notes[i]));
    std::sort(outgoing[i].begin(), outgoing[i].end());
    out.put_string(encode_indices(outgoing[i]));
    file.flush_if_full();
  }
  std::vector<std::pair<std::string_view, std::span<const std::uint32_t>>> names;
  if (vault.index) {
    vault.index->for_each_name([&](std::string_view key, std::span<const std::uint32_t> notes) {
      names.emplace_back(key, notes);
    });
  }
  std::sort(names.begin(), names.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  out.put_uint(names.size());
  for (const auto& [key, notes] : names) {
    out.put_string(key);
    out.put_string(encode_indices(std::vector<std::uint32_t>(notes.begin(), notes.end())));
    file.flush_if_full();
  }
  out.put_uint(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    out.put_string(d.rule);
    out.put_uint(static_cast<std::uint64_t>(d.severity));
    out.put_string(d.file);
    put_pos(out, d.pos);
    out.put_string(d.message);
    out.put_bool(d.target.has_value());
    if (d.target) out.put_string(*d.target);
    put_strings(out, targets[i]);
    file.flush_if_full();
  }
  file.finish();
}

bool CheckSnapshot::load(const std::filesystem::path& file, std::uint64_t fingerprint) {
  *this = CheckSnapshot();
  const auto sealed = read_sealed_file(file, kSnapshotFile, fingerprint, &buffer_);
  if (!sealed) return false;
  ByteReader in(*sealed);
  std::size_t count = 0;
  const bool ok = [&] {
    if (!in.get_int(&started_ns_) || !in.get_count(&count)) return false;
    note_paths_.resize(count);
    for (auto& path : note_paths_) {
      if (!in.get_view(&path)) return false;
    }
    std::size_t files = 0;
    if (!in.get_count(&files)) return false;
    files_.resize(files);
    for (auto& path : files_) {
      if (!in.get_view(&path)) return false;
    }
    std::size_t folders = 0;
    if (!in.get_count(&folders)) return false;
    folders_.resize(folders);
    for (auto& [path, reason] : folders_) {
      if (!in.get_view(&path) || !in.get_view(&reason)) return false;
    }
    notes_.resize(count);
    for (auto& note : notes_) {
      std::uint64_t linked = 0;
      std::uint64_t fragment_links = 0;
      if (!in.get_uint(&note.key.size) || !in.get_int(&note.key.mtime_ns) ||
          !in.get_fixed64(&note.key.content_hash) || !in.get_bool(&note.key.keyed) ||
          !in.get_bool(&note.may_be_orphan) || !in.get_uint(&linked) ||
          !in.get_uint(&fragment_links) || !in.get_view(&note.names) ||
          !in.get_view(&note.fragments) || !in.get_view(&note.outgoing)) {
        return false;
      }
      note.linked_from_others = static_cast<std::uint32_t>(linked);
      note.fragment_links_in = static_cast<std::uint32_t>(fragment_links);
    }
    std::size_t names = 0;
    if (!in.get_count(&names)) return false;
    names_.resize(names);
    for (auto& [key, notes] : names_) {
      if (!in.get_view(&key) || !in.get_view(&notes)) return false;
    }
    std::size_t findings = 0;
    if (!in.get_count(&findings)) return false;
    diagnostics_.resize(findings);
    targets_.resize(findings);
    for (std::size_t i = 0; i < findings; ++i) {
      if (!get_diagnostic(in, &diagnostics_[i], &targets_[i])) return false;
    }
    return in.at_end();
  }();
  if (!ok) *this = CheckSnapshot();
  return ok;
}

std::vector<std::uint32_t> CheckSnapshot::notes_named(std::string_view folded) const {
  const auto it = std::lower_bound(names_.begin(), names_.end(), folded,
                                   [](const auto& entry, std::string_view key) { return entry.first < key; });
  if (it == names_.end() || it->first != folded) return {};
  return decode_indices(it->second);
}

}  // namespace vaultlint
