#include "cache/note_cache.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cache/note_codec.hpp"
#include "io/atomic_file.hpp"
#include "vaultlint/note.hpp"
#include "support/temp_vault.hpp"

using vaultlint::CachedNote;
using vaultlint::NoteCache;

namespace {

constexpr std::uint64_t kFingerprint = 42;

/// The cache file holding `entries`, as write_note_cache writes it.
std::string encode_note_cache(std::uint64_t fingerprint, std::int64_t started_ns,
                              const std::vector<vaultlint::NoteCacheEntry>& entries) {
  std::ostringstream out;
  vaultlint::write_note_cache(out, fingerprint, started_ns, entries);
  return std::move(out).str();
}

std::string two_entries() {
  return encode_note_cache(
      kFingerprint, 1234,
      {{"a.md", CachedNote{10, 20, 30, "enc-a"}}, {"dir/b.md", CachedNote{1, -2, 3, ""}}});
}

std::filesystem::path write(const vaultlint::testing::TempVault& folder, const std::string& bytes) {
  const auto file = folder.root() / "cache.bin";
  std::string error;
  EXPECT_TRUE(vaultlint::write_file_atomically(file, bytes, &error)) << error;
  return file;
}

}  // namespace

TEST(NoteCache, WhatIsWrittenIsFoundByPath) {
  vaultlint::testing::TempVault folder;
  NoteCache cache;
  ASSERT_TRUE(cache.load(write(folder, two_entries()), kFingerprint));
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.started_ns(), 1234);
  const CachedNote* a = cache.find("a.md");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->size, 10u);
  EXPECT_EQ(a->mtime_ns, 20);
  EXPECT_EQ(a->content_hash, 30u);
  EXPECT_EQ(a->encoded, "enc-a");
  EXPECT_EQ(cache.find("dir/b.md")->mtime_ns, -2);
  EXPECT_EQ(cache.find("c.md"), nullptr);
}

// A note read afresh is encoded as the file is written: the file is the
// one its encoding, made beforehand, gives.
TEST(NoteCache, NotesEncodedAsWrittenGiveTheFileOfTheirEncoding) {
  vaultlint::Note note;
  note.path = "n.md";
  note.stem = "n";
  note.id = "n-id";
  note.aliases = {"alias one", "alias two"};
  std::string encoded;
  vaultlint::encode_note(note, &encoded);
  ASSERT_FALSE(encoded.empty());
  vaultlint::NoteCacheEntry afresh{"n.md", CachedNote{7, 8, 9, {}}};
  afresh.unencoded = &note;
  const std::string expected = encode_note_cache(
      kFingerprint, 1234, {{"a.md", CachedNote{10, 20, 30, "enc-a"}}, {"n.md", CachedNote{7, 8, 9, encoded}}});
  EXPECT_EQ(encode_note_cache(kFingerprint, 1234, {{"a.md", CachedNote{10, 20, 30, "enc-a"}}, afresh}),
            expected);
}

TEST(NoteCache, AnotherConfigMissingCorruptTruncatedOrForeignFilesGiveAnEmptyCache) {
  vaultlint::testing::TempVault folder;
  const std::string good = two_entries();
  NoteCache cache;
  EXPECT_FALSE(cache.load(write(folder, good), kFingerprint + 1));
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_FALSE(cache.load(folder.root() / "missing.bin", kFingerprint));
  for (std::size_t i = 0; i < good.size(); ++i) {
    std::string flipped = good;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x20);
    EXPECT_FALSE(cache.load(write(folder, flipped), kFingerprint)) << "byte " << i;
    EXPECT_EQ(cache.find("a.md"), nullptr);
  }
  for (std::size_t size = 0; size < good.size(); ++size) {
    EXPECT_FALSE(cache.load(write(folder, good.substr(0, size)), kFingerprint)) << size;
  }
  EXPECT_FALSE(cache.load(write(folder, "{\"not\": \"a cache\"}\n"), kFingerprint));
  EXPECT_TRUE(cache.load(write(folder, good), kFingerprint));
}

TEST(CacheFileFor, OneFilePerVaultInTheGivenOrXdgFolder) {
  vaultlint::testing::TempVault folder;
  folder.write("v1/n.md", "");
  folder.write("v2/n.md", "");
  const auto one = vaultlint::cache_file_for(folder.root() / "v1", "/c");
  EXPECT_EQ(one.parent_path(), "/c");
  EXPECT_EQ(one.extension(), ".cache");
  EXPECT_NE(one, vaultlint::cache_file_for(folder.root() / "v2", "/c"));
  EXPECT_EQ(one, vaultlint::cache_file_for(folder.root() / "v2" / ".." / "v1", "/c"));
}
