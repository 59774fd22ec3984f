#include "read/line_table.hpp"

#include <algorithm>
#include <cstring>

namespace vaultlint {

LineTable::LineTable(std::string_view content) : content_(content) {
  starts_.push_back(0);
  const char* data = content.data();
  const char* end = data + content.size();
  const bool has_cr = std::memchr(data, '\r', content.size()) != nullptr;
  if (!has_cr) {
    for (const char* p = data; p < end;) {
      const void* hit = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
      if (hit == nullptr) break;
      p = static_cast<const char*>(hit) + 1;
      if (p < end) starts_.push_back(static_cast<std::size_t>(p - data));
    }
    return;
  }
  // "\r\n", "\n" and a lone "\r" (old Mac files) each end a line, as in CommonMark.
  for (std::size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n') ++i;
    if ((c == '\n' || c == '\r') && i + 1 < content.size()) starts_.push_back(i + 1);
  }
}

std::size_t LineTable::end_of(int line) const {
  const auto index = static_cast<std::size_t>(line - 1);
  std::size_t end = index + 1 < starts_.size() ? starts_[index + 1] : content_.size();
  if (end > starts_[index] && content_[end - 1] == '\n') --end;
  if (end > starts_[index] && content_[end - 1] == '\r') --end;
  return end;
}

std::string_view LineTable::text_of(int line) const {
  const auto start = start_of(line);
  return content_.substr(start, end_of(line) - start);
}

SourcePos LineTable::pos_of(std::size_t offset) const {
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto index = static_cast<std::size_t>(it - starts_.begin()) - 1;
  return SourcePos{static_cast<int>(index) + 1, static_cast<int>(offset - starts_[index]) + 1};
}

}  // namespace vaultlint
