#include "cache/sealed_file.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <string_view>

#include "cache/note_cache.hpp"
#include "vaultlint/version.hpp"

namespace {

constexpr vaultlint::SealedFileKind kKind{"vaultlint-test\n", 7};
constexpr std::uint64_t kFingerprint = 0x0102030405060708;

std::string little_endian(std::uint64_t value) {
  std::string bytes;
  for (int i = 0; i < 8; ++i) bytes.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
  return bytes;
}

/// The file holding `body`, laid out by hand (not by the code under test):
/// the magic line, the XXH3-64 of the rest, then the format, the vaultlint
/// version and the fingerprint, then the body.
std::string sealed_by_hand(std::string_view body) {
  const std::string_view version = vaultlint::kVersion;
  const std::string payload = std::string("\x07") + static_cast<char>(version.size()) + std::string(version) +
                              little_endian(kFingerprint) + std::string(body);
  return std::string(kKind.magic) + little_endian(vaultlint::content_hash(payload)) + payload;
}

std::string sealed(std::string_view body) {
  std::ostringstream out;
  vaultlint::SealedFileStream file(out, kKind, kFingerprint);
  file.body().put_raw(body);
  file.finish();
  return std::move(out).str();
}

}  // namespace

// The layout every cache file written so far has. Files from before it was
// streamed stay readable.
TEST(SealedFile, MagicThenChecksumThenHeaderThenBody) {
  ASSERT_LT(std::string_view(vaultlint::kVersion).size(), 128u);  // its length is then one byte
  std::ostringstream streamed;
  vaultlint::SealedFileStream file(streamed, kKind, kFingerprint);
  file.body().put_raw("body ");
  file.body().put_raw("bytes");
  file.finish();
  EXPECT_EQ(streamed.str(), sealed_by_hand("body bytes"));
}

TEST(SealedFile, OpensWhatWasSealedAndNothingDamaged) {
  std::string bytes = sealed("the body");
  EXPECT_EQ(vaultlint::open_sealed_file(kKind, kFingerprint, bytes), "the body");
  EXPECT_FALSE(vaultlint::open_sealed_file(kKind, kFingerprint + 1, bytes));
  bytes[bytes.size() - 2] ^= 1;
  EXPECT_FALSE(vaultlint::open_sealed_file(kKind, kFingerprint, bytes));
}

// Streamed a block at a time, the file is byte for byte the layout above,
// whatever the number of blocks.
TEST(SealedFile, StreamedAsLaidOutByHand) {
  for (const std::size_t items : {0, 1, 5'000, 40'000}) {
    std::string whole_body;
    std::ostringstream streamed;
    vaultlint::SealedFileStream file(streamed, kKind, kFingerprint);
    for (std::size_t i = 0; i < items; ++i) {
      const std::string item = "item " + std::to_string(i) + ";";
      whole_body += item;
      file.body().put_raw(item);
      file.flush_if_full();
    }
    file.finish();
    EXPECT_EQ(streamed.str(), sealed_by_hand(whole_body)) << items << " items";
  }
}
