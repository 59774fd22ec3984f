#pragma once
/// The envelope of vaultlint's cache files: a magic line, an XXH3-64 of the
/// rest, then the format version, the vaultlint version and the config's
/// fingerprint, then the body. A file that fails any of these is not read
/// at all: a cache is a hint, and a damaged or foreign one is worth nothing.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "cache/byte_codec.hpp"

namespace vaultlint {

struct SealedFileKind {
  std::string_view magic;  ///< the first line, with its '\n'
  std::uint64_t format;    ///< goes up whenever the body's layout changes
};

/// Writes a sealed file to a stream as its body is made, a block at a time,
/// hashing each block as it goes out; the checksum is written last, at its
/// place near the top, so the stream must be seekable (a file). Nothing the
/// size of the body is ever held: at 100k notes the note cache is 63 MB.
class SealedFileStream {
 public:
  SealedFileStream(std::ostream& out, const SealedFileKind& kind, std::uint64_t fingerprint);
  ~SealedFileStream();
  SealedFileStream(const SealedFileStream&) = delete;
  SealedFileStream& operator=(const SealedFileStream&) = delete;

  ByteWriter& body() { return body_; }
  /// Writes out what the body holds once it passes a block: call between items.
  void flush_if_full();
  /// Writes out the rest, then the checksum. The stream's state tells
  /// whether all of it was written.
  void finish();

 private:
  struct HashState;
  void flush();

  std::ostream& out_;
  std::streampos checksum_at_;
  std::string block_;
  ByteWriter body_;
  std::unique_ptr<HashState> hash_;
};

/// The body of `bytes` when they are a whole, undamaged file of `kind`
/// written by this vaultlint version for `fingerprint`; nullopt otherwise.
std::optional<std::string_view> open_sealed_file(const SealedFileKind& kind, std::uint64_t fingerprint,
                                                 std::string_view bytes);

/// Reads `file` into *buffer and opens it as open_sealed_file() does; the
/// body is a view into *buffer. nullopt when it cannot be read or opened.
std::optional<std::string_view> read_sealed_file(const std::filesystem::path& file,
                                                 const SealedFileKind& kind, std::uint64_t fingerprint,
                                                 std::string* buffer);

}  // namespace vaultlint
