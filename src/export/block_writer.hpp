#pragma once
/// Text an exporter makes in memory and writes to its stream a block at a
/// time. Exporters write a line or two per edge, and a vault has several
/// edges a note: inserting each piece into the stream, and quoting paths
/// into new strings for it, was most of their time (docs/performance.md).

#include <charconv>
#include <cstddef>
#include <iterator>
#include <ostream>
#include <string>
#include <string_view>

namespace vaultlint {

/// Appends an integer in decimal, as a stream writes it, without one.
template <typename Integer>
void append_decimal(Integer value, std::string* out) {
  char digits[24];
  const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
  out->append(digits, static_cast<std::size_t>(end - digits));
}

class BlockWriter {
 public:
  explicit BlockWriter(std::ostream& out) : out_(out) {}
  BlockWriter(const BlockWriter&) = delete;
  BlockWriter& operator=(const BlockWriter&) = delete;

  /// The text being made; append to it, then call item_done().
  std::string& text() { return text_; }

  BlockWriter& operator<<(std::string_view piece) {
    text_ += piece;
    return *this;
  }
  BlockWriter& operator<<(char c) {
    text_ += c;
    return *this;
  }
  /// Integers in decimal, as the stream writes them.
  template <typename Integer>
  BlockWriter& number(Integer value) {
    append_decimal(value, &text_);
    return *this;
  }

  /// Writes what was made once it fills a block.
  void item_done() {
    if (text_.size() >= kBlock) flush();
  }
  /// Writes what was made. Call it before anything else writes to the stream.
  void flush() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 16;
  std::ostream& out_;
  std::string text_;
};

}  // namespace vaultlint
