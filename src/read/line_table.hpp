#pragma once
/// Maps byte offsets of a note's content to 1-based line and byte column.

#include <cstddef>
#include <string_view>
#include <vector>

#include "vaultlint/diagnostic.hpp"

namespace vaultlint {

class LineTable {
 public:
  /// `content` must outlive the table. "\n", "\r\n" and a lone "\r" end a
  /// line (as cmark-gfm reads them); the break is not part of the line.
  explicit LineTable(std::string_view content);

  int line_count() const { return static_cast<int>(starts_.size()); }
  /// Byte offset where 1-based `line` starts.
  std::size_t start_of(int line) const { return starts_[static_cast<std::size_t>(line - 1)]; }
  /// The line's text without its line break.
  std::string_view text_of(int line) const;
  /// Byte offset just past the line's text (before "\r\n" or "\n").
  std::size_t end_of(int line) const;
  SourcePos pos_of(std::size_t offset) const;

 private:
  std::string_view content_;
  std::vector<std::size_t> starts_;
};

}  // namespace vaultlint
