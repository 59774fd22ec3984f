#include "text/vault_path.hpp"

#include <vector>

namespace vaultlint {

std::string_view parent_folder(std::string_view path) {
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

std::optional<std::string> join_vault_path(std::string_view folder, std::string_view relative) {
  std::vector<std::string_view> parts;
  auto push_segments = [&parts](std::string_view text) -> bool {
    std::size_t start = 0;
    while (start <= text.size()) {
      auto end = text.find('/', start);
      if (end == std::string_view::npos) end = text.size();
      const auto segment = text.substr(start, end - start);
      if (segment == "..") {
        if (parts.empty()) return false;
        parts.pop_back();
      } else if (!segment.empty() && segment != ".") {
        parts.push_back(segment);
      }
      start = end + 1;
    }
    return true;
  };
  if (relative.empty() || relative.front() != '/') {
    if (!push_segments(folder)) return std::nullopt;
  }
  if (!push_segments(relative)) return std::nullopt;
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out.push_back('/');
    out.append(part);
  }
  return out;
}

bool has_extension(std::string_view path) {
  const auto slash = path.rfind('/');
  const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name.find('.') != std::string_view::npos;
}

std::string_view strip_md_extension(std::string_view name) {
  if (name.size() >= 3) {
    const auto ext = name.substr(name.size() - 3);
    if (ext[0] == '.' && (ext[1] == 'm' || ext[1] == 'M') && (ext[2] == 'd' || ext[2] == 'D')) {
      return name.substr(0, name.size() - 3);
    }
  }
  return name;
}

std::string_view stem_of(std::string_view path) {
  const auto slash = path.rfind('/');
  const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return strip_md_extension(name);
}

}  // namespace vaultlint
