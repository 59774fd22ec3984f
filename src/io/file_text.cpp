#include "io/file_text.hpp"

#include <array>
#include <fstream>

namespace vaultlint {

std::optional<std::string> read_file_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes;
  // The size is only a hint for the allocation: the file may change while it is read.
  std::error_code ec;
  if (const auto size = std::filesystem::file_size(file, ec); !ec) bytes.reserve(size);
  std::array<char, 1 << 16> chunk;
  while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
    bytes.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return std::nullopt;
  return bytes;
}

}  // namespace vaultlint
