#include "cache/sealed_file.hpp"

#include <xxhash.h>

#include "cache/byte_codec.hpp"
#include "cache/note_cache.hpp"
#include "io/file_text.hpp"
#include "vaultlint/version.hpp"

namespace vaultlint {

struct SealedFileStream::HashState {
  HashState() : state(XXH3_createState()) { XXH3_64bits_reset(state); }
  ~HashState() { XXH3_freeState(state); }
  HashState(const HashState&) = delete;
  HashState& operator=(const HashState&) = delete;
  XXH3_state_t* state;
};

namespace {

constexpr std::size_t kBlockBytes = 1 << 16;

}  // namespace

SealedFileStream::SealedFileStream(std::ostream& out, const SealedFileKind& kind,
                                   std::uint64_t fingerprint)
    : out_(out), body_(&block_), hash_(std::make_unique<HashState>()) {
  out_.write(kind.magic.data(), static_cast<std::streamsize>(kind.magic.size()));
  checksum_at_ = out_.tellp();
  const char unknown_yet[8] = {};
  out_.write(unknown_yet, sizeof unknown_yet);
  block_.reserve(2 * kBlockBytes);
  body_.put_uint(kind.format);
  body_.put_string(kVersion);
  body_.put_fixed64(fingerprint);
}

SealedFileStream::~SealedFileStream() = default;

void SealedFileStream::flush() {
  XXH3_64bits_update(hash_->state, block_.data(), block_.size());
  out_.write(block_.data(), static_cast<std::streamsize>(block_.size()));
  block_.clear();
}

void SealedFileStream::flush_if_full() {
  if (block_.size() >= kBlockBytes) flush();
}

void SealedFileStream::finish() {
  flush();
  std::string checksum;
  ByteWriter(&checksum).put_fixed64(XXH3_64bits_digest(hash_->state));
  const std::streampos end = out_.tellp();
  out_.seekp(checksum_at_);
  out_.write(checksum.data(), static_cast<std::streamsize>(checksum.size()));
  out_.seekp(end);
}

std::optional<std::string_view> open_sealed_file(const SealedFileKind& kind, std::uint64_t fingerprint,
                                                 std::string_view bytes) {
  if (!bytes.starts_with(kind.magic)) return std::nullopt;
  ByteReader header(bytes.substr(kind.magic.size()));
  std::uint64_t checksum = 0;
  if (!header.get_fixed64(&checksum)) return std::nullopt;
  const std::string_view payload = bytes.substr(kind.magic.size() + 8);
  if (checksum != content_hash(payload)) return std::nullopt;
  ByteReader in(payload);
  std::uint64_t format = 0;
  std::string_view version;
  std::uint64_t file_fingerprint = 0;
  if (!in.get_uint(&format) || format != kind.format || !in.get_view(&version) ||
      version != kVersion || !in.get_fixed64(&file_fingerprint) || file_fingerprint != fingerprint) {
    return std::nullopt;
  }
  return in.rest();
}

std::optional<std::string_view> read_sealed_file(const std::filesystem::path& file,
                                                 const SealedFileKind& kind, std::uint64_t fingerprint,
                                                 std::string* buffer) {
  auto bytes = read_file_text(file);
  if (!bytes) return std::nullopt;
  *buffer = std::move(*bytes);
  return open_sealed_file(kind, fingerprint, *buffer);
}

}  // namespace vaultlint
