#include "cache/sealed_file.hpp"

#include "cache/byte_codec.hpp"
#include "cache/note_cache.hpp"
#include "io/file_text.hpp"
#include "vaultlint/version.hpp"

namespace vaultlint {

std::string seal_file(const SealedFileKind& kind, std::uint64_t fingerprint, std::string_view body) {
  std::string payload;
  ByteWriter out(&payload);
  out.put_uint(kind.format);
  out.put_string(kVersion);
  out.put_fixed64(fingerprint);
  out.put_raw(body);
  std::string file(kind.magic);
  ByteWriter header(&file);
  header.put_fixed64(content_hash(payload));
  file += payload;
  return file;
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
