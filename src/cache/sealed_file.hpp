#pragma once
/// The envelope of vaultlint's cache files: a magic line, an XXH3-64 of the
/// rest, then the format version, the vaultlint version and the config's
/// fingerprint, then the body. A file that fails any of these is not read
/// at all: a cache is a hint, and a damaged or foreign one is worth nothing.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace vaultlint {

struct SealedFileKind {
  std::string_view magic;  ///< the first line, with its '\n'
  std::uint64_t format;    ///< goes up whenever the body's layout changes
};

/// The bytes of a file holding `body`.
std::string seal_file(const SealedFileKind& kind, std::uint64_t fingerprint, std::string_view body);

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
