#pragma once
/// The primitives of vaultlint's binary cache: unsigned LEB128 varints,
/// zigzag signed ints, and length-prefixed strings. A reader never reads past
/// its buffer: every get returns false on truncated or malformed input.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vaultlint/diagnostic.hpp"
#include "vaultlint/string_list.hpp"

namespace vaultlint {

class ByteWriter {
 public:
  explicit ByteWriter(std::string* out) : out_(out) {}
  void put_uint(std::uint64_t value);
  void put_int(std::int64_t value);
  void put_bool(bool value) { out_->push_back(value ? '\1' : '\0'); }
  void put_string(std::string_view text);
  void put_raw(std::string_view bytes) { out_->append(bytes); }
  /// Eight bytes, little-endian: for fields read before anything else.
  void put_fixed64(std::uint64_t value);

 private:
  std::string* out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool get_uint(std::uint64_t* value);
  bool get_int(std::int64_t* value);
  bool get_int32(int* value);
  bool get_bool(bool* value);
  bool get_string(std::string* text);
  /// A view into the buffer: valid while the buffer is.
  bool get_view(std::string_view* bytes);
  bool get_fixed64(std::uint64_t* value);
  /// A count of items that each take at least one byte: bounded by what is
  /// left, so a corrupt count cannot make the caller reserve gigabytes.
  bool get_count(std::size_t* count);
  bool at_end() const { return in_.empty(); }
  /// What has not been read yet.
  std::string_view rest() const { return in_; }

 private:
  std::string_view in_;
};

/// A line, then a column.
void put_pos(ByteWriter& out, SourcePos pos);
bool get_pos(ByteReader& in, SourcePos* pos);

/// An enum written as its number: false for a number past `last`.
template <typename Enum>
bool get_enum(ByteReader& in, Enum last, Enum* value) {
  std::uint64_t raw = 0;
  if (!in.get_uint(&raw) || raw > static_cast<std::uint64_t>(last)) return false;
  *value = static_cast<Enum>(raw);
  return true;
}

/// A count, then each string.
void put_strings(ByteWriter& out, const std::vector<std::string>& items);
bool get_strings(ByteReader& in, std::vector<std::string>* items);
/// The same bytes as the vector forms.
void put_strings(ByteWriter& out, const StringList& items);
bool get_strings(ByteReader& in, StringList* items);

}  // namespace vaultlint
