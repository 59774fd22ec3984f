#pragma once
/// A read-only multimap from names to the ascending numbers of the notes
/// (or files) that carry them, built once after reading.
///
/// Every reference of a vault is looked up here, so the layout is for the
/// lookup: an open-addressing table (tsl::robin_map) whose slots hold a view
/// of the name, its hash, and, for a name one note carries, that note
/// itself. The names live in one buffer. A lookup touches one slot and one
/// name; the std::unordered_map of strings and vectors it replaces touched
/// four or five places, each a cache miss at 100k notes.

#include <tsl/robin_map.h>

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace vaultlint {

class NameTable {
 public:
  class Builder {
   public:
    void reserve(std::size_t names, std::size_t bytes);
    /// Values must come in ascending order (note by note); a name given the
    /// same value twice in a row keeps it once.
    void add(std::string_view name, std::uint32_t value);
    NameTable build() &&;

   private:
    struct Added {
      std::uint32_t offset;
      std::uint32_t size;
      std::uint32_t value;
    };
    std::vector<char> names_;
    std::vector<Added> added_;
  };

  NameTable() = default;
  NameTable(NameTable&&) = default;
  NameTable& operator=(NameTable&&) = default;
  // The table's views point into its own buffer: a copy would point into the original's.
  NameTable(const NameTable&) = delete;
  NameTable& operator=(const NameTable&) = delete;

  /// The values under `name`, ascending and unique; empty when none. A view
  /// into the table.
  std::span<const std::uint32_t> find(std::string_view name) const;

  std::size_t size() const { return map_.size(); }

  /// Calls `visit(name, values)` for every name, in no particular order.
  template <typename Visit>
  void for_each(Visit&& visit) const {
    for (const auto& [name, slot] : map_) visit(name, values_of(slot));
  }

 private:
  /// One value is `first` itself; more are lists_[first, first + count).
  struct Slot {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
  };
  struct Hash {
    std::size_t operator()(std::string_view name) const;
  };
  std::span<const std::uint32_t> values_of(const Slot& slot) const {
    return slot.count == 1 ? std::span<const std::uint32_t>(&slot.first, 1)
                           : std::span<const std::uint32_t>(lists_.data() + slot.first, slot.count);
  }

  // A vector, not a string: moving a short string moves its bytes, and the
  // map's views would be left pointing at the old place.
  std::vector<char> names_;
  tsl::robin_map<std::string_view, Slot, Hash, std::equal_to<std::string_view>,
                 std::allocator<std::pair<std::string_view, Slot>>, /*StoreHash=*/true>
      map_;
  std::vector<std::uint32_t> lists_;
};

}  // namespace vaultlint
