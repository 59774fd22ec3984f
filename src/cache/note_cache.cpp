#include "cache/note_cache.hpp"

#include <xxhash.h>

#include <cstdio>
#include <cstdlib>

#include "cache/byte_codec.hpp"
#include "cache/note_codec.hpp"
#include "cache/sealed_file.hpp"
#include "vaultlint/vault.hpp"
#include "vaultlint/version.hpp"

namespace vaultlint {
namespace {

// The format goes up whenever the layout here or in note_codec.cpp changes.
constexpr SealedFileKind kNoteCacheFile{"vaultlint-cache\n", 4};

}  // namespace

std::uint64_t content_hash(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

bool NoteCache::load(const std::filesystem::path& file, std::uint64_t fingerprint) {
  entries_.clear();
  const auto sealed = read_sealed_file(file, kNoteCacheFile, fingerprint, &buffer_);
  if (!sealed) return false;
  ByteReader body(*sealed);
  std::size_t count = 0;
  if (!body.get_int(&started_ns_) || !body.get_count(&count)) return false;
  entries_.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::string_view path;
    CachedNote note;
    if (!body.get_view(&path) || !body.get_uint(&note.size) || !body.get_int(&note.mtime_ns) ||
        !body.get_fixed64(&note.content_hash) || !body.get_view(&note.encoded)) {
      entries_.clear();
      return false;
    }
    entries_.emplace(path, note);
  }
  if (!body.at_end()) entries_.clear();
  return !entries_.empty() || count == 0;
}

const CachedNote* NoteCache::find(std::string_view path) const {
  const auto it = entries_.find(path);
  return it == entries_.end() ? nullptr : &it->second;
}

void write_note_cache(std::ostream& out, std::uint64_t fingerprint, std::int64_t started_ns,
                      const std::vector<NoteCacheEntry>& entries) {
  SealedFileStream file(out, kNoteCacheFile, fingerprint);
  ByteWriter& body = file.body();
  body.put_int(started_ns);
  body.put_uint(entries.size());
  std::string encoded;
  for (const auto& entry : entries) {
    body.put_string(entry.path);
    body.put_uint(entry.note.size);
    body.put_int(entry.note.mtime_ns);
    body.put_fixed64(entry.note.content_hash);
    if (entry.unencoded != nullptr) {
      encoded.clear();
      encode_note(*entry.unencoded, &encoded);
      body.put_string(encoded);
    } else {
      body.put_string(entry.note.encoded);
    }
    file.flush_if_full();
  }
  file.finish();
}

std::filesystem::path cache_file_for(const std::filesystem::path& vault_root,
                                     const std::filesystem::path& cache_dir) {
  std::filesystem::path folder = cache_dir;
  if (folder.empty()) {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
      folder = std::filesystem::path(xdg) / "vaultlint";
    } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
      folder = std::filesystem::path(home) / ".cache" / "vaultlint";
    } else {
      return {};
    }
  }
  std::error_code ec;
  const auto absolute = std::filesystem::weakly_canonical(vault_root, ec).string();
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.cache",
                static_cast<unsigned long long>(content_hash(absolute)));
  return folder / name;
}

}  // namespace vaultlint
