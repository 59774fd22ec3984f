#pragma once
/// Many short strings end to end in one buffer, read by index.
///
/// The did-you-mean index holds one string per name of the vault, several
/// times over (folded, spelled, reversed), at the moment a check's memory
/// peaks. As separate strings, 100,000 names cost a header and an
/// allocation each, and a pass over them in sorted order read all over the
/// heap; here they cost their characters and one end each, and such a pass
/// reads one buffer. The ends are 32-bit: at most 4 Gi characters in all,
/// far above the names of any vault.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vaultlint {

template <class Char>
class PackedStrings {
 public:
  using View = std::basic_string_view<Char>;

  void push_back(View item) {
    chars_.append(item);
    close_item();
  }
  /// Adds one item: whatever `append(&chars)` appends to the buffer.
  template <class Append>
  void push_back_with(Append&& append) {
    append(&chars_);
    close_item();
  }

  std::size_t size() const { return ends_.size(); }
  View operator[](std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : ends_[i - 1];
    return View(chars_).substr(begin, ends_[i] - begin);
  }
  /// The characters of all items together.
  std::size_t char_count() const { return chars_.size(); }
  void reserve(std::size_t items, std::size_t chars) {
    ends_.reserve(items);
    chars_.reserve(chars);
  }

 private:
  void close_item() { ends_.push_back(static_cast<std::uint32_t>(chars_.size())); }

  std::basic_string<Char> chars_;
  std::vector<std::uint32_t> ends_;
};

/// The items' indexes in the order of their bytes (equal items in any
/// order), by a radix sort (Boost's spreadsort): it reads each item's bytes
/// where they lie in the one buffer rather than comparing whole items.
std::vector<std::uint32_t> order_by_bytes(const PackedStrings<char>& items);

}  // namespace vaultlint
