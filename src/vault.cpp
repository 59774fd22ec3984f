#include "vaultlint/vault.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <algorithm>
#include <chrono>
#include <thread>

#include "cache/note_cache.hpp"
#include "cache/note_codec.hpp"
#include "io/atomic_file.hpp"

#include "read/markdown_body.hpp"
#include "read/note_reader.hpp"
#include "read/vault_walker.hpp"
#include "resolve/note_index.hpp"
#include "resolve/resolver.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint {
namespace {

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

/// What the next cache file records for one note.
struct NoteKey {
  bool cacheable = false;   ///< read without a problem
  bool from_cache = false;  ///< decoded, not parsed
  bool unchanged = false;   ///< the old entry's key is still exact
  CachedNote key;           ///< `encoded` set only when from_cache
};

/// Starts `note` again from what the walker knows, after a failed decode.
void reset_note(Note* note) {
  Note fresh;
  fresh.path = std::move(note->path);
  fresh.stem = std::move(note->stem);
  *note = std::move(fresh);
}

bool reuse(const CachedNote& cached, Note* note, NoteKey* out) {
  if (decode_note(cached.encoded, note)) {
    out->from_cache = true;
    out->key.encoded = cached.encoded;
    return true;
  }
  reset_note(note);
  return false;
}

/// Takes the note from the cache when its size and mtime prove it unchanged,
/// or its bytes hash to the cached hash; parses it otherwise.
void read_or_reuse(const WalkedNote& walked, const NoteCache& cache, const ReaderOptions& reader,
                   Note* note, NoteKey* out) {
  const CachedNote* cached = cache.find(note->path);
  if (cached != nullptr && stat_proves_unchanged(walked.size, walked.mtime_ns, cached->size,
                                                 cached->mtime_ns, cache.started_ns())) {
    out->cacheable = true;
    out->unchanged = true;
    out->key = *cached;
    if (reuse(*cached, note, out)) return;
    out->unchanged = false;
  }
  FileBytes bytes;
  if (!read_note_bytes(walked.file, reader, note, &bytes)) {
    *out = NoteKey{};
    return;
  }
  out->cacheable = true;
  out->key = CachedNote{bytes.size(), walked.mtime_ns, content_hash(bytes.view()), {}};
  if (cached != nullptr && cached->content_hash == out->key.content_hash &&
      cached->size == out->key.size) {
    out->unchanged = cached->mtime_ns == walked.mtime_ns;
    if (reuse(*cached, note, out)) return;
    out->unchanged = false;
  }
  read_note_content(bytes.view(), reader, note);
}

/// Rewrites the cache file when anything differs from what it holds: a
/// note read, a key changed, a note gone. Written atomically, so another
/// vaultlint on the same vault sees the old file or the new one; notes read
/// afresh are encoded one at a time as the file is written.
void save_cache(const std::filesystem::path& file, std::uint64_t fingerprint,
                std::int64_t started_ns, const NoteCache& cache, const std::vector<NoteKey>& keys,
                Vault* vault) {
  std::size_t cacheable = 0;
  bool changed = false;
  for (const auto& key : keys) {
    cacheable += key.cacheable ? 1 : 0;
    changed = changed || (key.cacheable && !key.unchanged);
  }
  if (!changed && cacheable == cache.size()) return;
  std::vector<NoteCacheEntry> entries;
  entries.reserve(cacheable);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!keys[i].cacheable) continue;
    NoteCacheEntry entry{vault->notes[i].path, keys[i].key};
    if (!keys[i].from_cache) entry.unencoded = &vault->notes[i];
    entries.push_back(entry);
  }
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  AtomicFileWriter writer;
  if (!writer.open(file, &vault->cache_error)) return;
  write_note_cache(writer.stream(), fingerprint, started_ns, entries);
  if (!writer.commit(&vault->cache_error)) return;
  vault->cache_error.clear();
}

}  // namespace

void add_reference_edges(Vault* vault, const std::vector<std::string>& edge_fields) {
  vault->graph.kind_names = {"wikilink", "embed", "markdown"};
  vault->graph.kind_names.insert(vault->graph.kind_names.end(), edge_fields.begin(), edge_fields.end());
  // Exact sizes: grown by doubling, the two lists held up to twice their
  // bytes, at the moment memory is near its peak.
  const auto resolved = static_cast<std::size_t>(
      std::count_if(vault->references.begin(), vault->references.end(),
                    [](const Reference& ref) { return ref.status == RefStatus::resolved; }));
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
  std::vector<RefEdge> edges;
  ends.reserve(resolved);
  edges.reserve(resolved);
  for (const auto& ref : vault->references) {
    if (ref.status != RefStatus::resolved) continue;
    ends.emplace_back(ref.source, static_cast<std::uint32_t>(ref.target));
    edges.push_back(RefEdge{ref.kind, vault->pos_of(ref)});
  }
  // The sort by source is stable, so each note's edges keep the order of its references.
  vault->graph.graph = NoteGraph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
                                 edges.begin(), static_cast<std::uint32_t>(vault->notes.size()));
}

unsigned thread_count(unsigned threads) {
  return std::max(1u, threads != 0 ? threads : std::thread::hardware_concurrency());
}

SourcePos Vault::pos_of(const Reference& ref) const {
  return ref.from_field ? field_of(ref).pos : link_of(ref).pos;
}

std::string_view Vault::written_of(const Reference& ref) const {
  return ref.from_field ? std::string_view(field_of(ref).value) : link_of(ref).written();
}

std::vector<std::size_t> ConceptGraph::edge_counts_by_kind() const {
  std::vector<std::size_t> counts(kind_names.size(), 0);
  for (const auto edge : boost::make_iterator_range(boost::edges(graph))) {
    const EdgeKind kind = graph[edge].kind;
    if (kind < counts.size()) ++counts[kind];
  }
  return counts;
}

// There is one Reference per link and front-matter value of the vault.
static_assert(sizeof(void*) != 8 || sizeof(Reference) == 32, "Reference grew; keep rare parts in ReferenceDetail");

const std::vector<std::uint32_t>& Reference::candidates() const {
  static const std::vector<std::uint32_t> none;
  return detail ? detail->candidates : none;
}

const std::string& Reference::resolved_path() const {
  static const std::string none;
  return detail ? detail->resolved_path : none;
}

bool load_vault(const std::filesystem::path& root, const Config& config,
                const LoadOptions& options, Vault* vault, std::string* error) {
  const unsigned threads = thread_count(options.threads);
  WalkResult walked;
  // Only the cache needs each note's size and mtime before it is opened.
  const bool stat_notes = !options.cache_file.empty();
  if (!walk_vault(root, config.ignore, &walked, error, stat_notes, threads)) return false;

  vault->root = root;
  vault->files = std::move(walked.other_files);
  vault->unreadable_folders = std::move(walked.unreadable_folders);
  vault->notes.resize(walked.notes.size());

  // Reading and parsing notes is the expensive, independent part: one task
  // per note on a pool. Each task writes only its own Note and key.
  register_markdown_extensions();
  const ReaderOptions reader = reader_options_for(config);
  const std::uint64_t fingerprint = reader_fingerprint(reader);
  const std::int64_t started_ns = now_ns();
  NoteCache cache;
  const bool use_cache = !options.cache_file.empty();
  if (use_cache) cache.load(options.cache_file, fingerprint);
  std::vector<NoteKey> keys(walked.notes.size());
  {
    boost::asio::thread_pool pool(threads);
    for (std::size_t i = 0; i < walked.notes.size(); ++i) {
      if (walked.notes[i].problem != ContentProblem::none) {
        start_note(std::move(walked.notes[i]), &vault->notes[i]);
        continue;
      }
      // Each note is started on the pool too, and the walk's strings freed
      // there: at 100k notes, a loop before the pool and a free after it
      // were 0.02 s on one core while the other waited.
      boost::asio::post(pool, [&, i] {
        WalkedNote& walked_note = walked.notes[i];
        // Takes the path and detail; the file, size and mtime stay for the read.
        start_note(std::move(walked_note), &vault->notes[i]);
        if (use_cache) {
          read_or_reuse(walked_note, cache, reader, &vault->notes[i], &keys[i]);
        } else {
          read_note_file(walked_note.file, reader, &vault->notes[i]);
        }
        std::string().swap(walked_note.file);
      });
    }
    pool.join();
  }
  if (use_cache) {
    for (const auto& key : keys) vault->notes_from_cache += key.from_cache ? 1 : 0;
    save_cache(options.cache_file, fingerprint, started_ns, cache, keys, vault);
    vault->read_started_ns = started_ns;
    vault->file_keys.resize(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const CachedNote& key = keys[i].key;
      vault->file_keys[i] = NoteFileKey{key.size, key.mtime_ns, key.content_hash, keys[i].cacheable};
    }
  }

  // What the walk found is in the notes now (its strings moved or freed).
  std::vector<WalkedNote>().swap(walked.notes);

  auto index = std::make_shared<const NoteIndex>(vault->notes, vault->files);
  vault->references = resolve_references(vault->notes, *index, config.edge_fields, threads);
  add_reference_edges(vault, config.edge_fields);
  if (use_cache) vault->index = std::move(index);
  return true;
}

}  // namespace vaultlint
