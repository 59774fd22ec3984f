#pragma once
/// A list of short strings held in one buffer: for the lists every note
/// keeps to the end of a run (heading keys, block ids, field names).
///
/// A std::vector<std::string> costs 32 bytes per item plus an allocation for
/// any item over 15 bytes; a vault of 100,000 notes has about 600,000
/// heading keys. Here an item costs its bytes and, when it is shorter than
/// 128 bytes, one more.

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace vaultlint {

class StringList {
 public:
  using value_type = std::string_view;
  using size_type = std::size_t;

  /// Reads the items in order (the list has no index: its users read it
  /// whole, and a note's lists are short).
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;

    const_iterator() = default;
    explicit const_iterator(const char* at) : at_(at) {}
    std::string_view operator*() const {
      const char* text = at_;
      const std::size_t size = read_size(text);
      return {text, size};
    }
    const_iterator& operator++() {
      const std::size_t size = read_size(at_);
      at_ += size;
      return *this;
    }
    const_iterator operator++(int) {
      auto old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.at_ == b.at_; }

   private:
    const char* at_ = nullptr;
  };
  using iterator = const_iterator;

  StringList() = default;
  StringList(std::initializer_list<std::string_view> items) {
    for (const auto item : items) push_back(item);
  }

  const_iterator begin() const { return const_iterator(bytes_.data()); }
  const_iterator end() const { return const_iterator(bytes_.data() + bytes_.size()); }
  bool empty() const { return bytes_.empty(); }
  std::size_t size() const { return static_cast<std::size_t>(std::distance(begin(), end())); }

  void push_back(std::string_view item) {
    for (std::size_t size = item.size();; size >>= 7) {
      const auto low = static_cast<char>(size & 0x7F);
      if (size < 0x80) {
        bytes_.push_back(low);
        break;
      }
      bytes_.push_back(static_cast<char>(low | 0x80));
    }
    bytes_.append(item);
  }
  void clear() { bytes_.clear(); }
  void shrink_to_fit() { bytes_.shrink_to_fit(); }
  /// Room allocated and not used (0 after shrink_to_fit, unless the items
  /// fit in the string object itself).
  std::size_t spare_bytes() const { return bytes_.capacity() - bytes_.size(); }
  /// Puts the items in byte order (std::string's order).
  void sort() {
    if (std::is_sorted(begin(), end())) return;
    std::vector<std::string_view> items(begin(), end());
    std::sort(items.begin(), items.end());
    StringList sorted;
    sorted.bytes_.reserve(bytes_.size());
    for (const auto item : items) sorted.push_back(item);
    *this = std::move(sorted);
  }
  /// Whether `item` is in the list.
  bool contains(std::string_view item) const { return std::find(begin(), end(), item) != end(); }

  friend bool operator==(const StringList&, const StringList&) = default;

 private:
  /// Reads an item's size (LEB128) and moves `at` to its first byte.
  static std::size_t read_size(const char*& at) {
    std::size_t size = 0;
    for (int shift = 0;; shift += 7) {
      const auto byte = static_cast<unsigned char>(*at++);
      size |= static_cast<std::size_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return size;
    }
  }

  /// Each item: its size in bytes as LEB128 (one byte below 128), then
  /// the item. One std::string, the size of the vector it replaces.
  std::string bytes_;
};

}  // namespace vaultlint
