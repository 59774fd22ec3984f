#include "cache/byte_codec.hpp"

#include <limits>

namespace vaultlint {

void ByteWriter::put_uint(std::uint64_t value) {
  while (value >= 0x80) {
    out_->push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out_->push_back(static_cast<char>(value));
}

void ByteWriter::put_int(std::int64_t value) {
  // Zigzag: small negative numbers stay short too.
  put_uint((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
}

void ByteWriter::put_string(std::string_view text) {
  put_uint(text.size());
  out_->append(text);
}

void ByteWriter::put_fixed64(std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out_->push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

bool ByteReader::get_uint(std::uint64_t* value) {
  std::uint64_t result = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (in_.empty()) return false;
    const auto byte = static_cast<unsigned char>(in_.front());
    in_.remove_prefix(1);
    result |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) {
      *value = result;
      return true;
    }
  }
  return false;  // more than ten bytes: not something put_uint wrote
}

bool ByteReader::get_int(std::int64_t* value) {
  std::uint64_t raw = 0;
  if (!get_uint(&raw)) return false;
  *value = static_cast<std::int64_t>((raw >> 1) ^ (~(raw & 1) + 1));
  return true;
}

bool ByteReader::get_int32(int* value) {
  std::int64_t wide = 0;
  if (!get_int(&wide) || wide < std::numeric_limits<int>::min() ||
      wide > std::numeric_limits<int>::max()) {
    return false;
  }
  *value = static_cast<int>(wide);
  return true;
}

bool ByteReader::get_bool(bool* value) {
  if (in_.empty() || static_cast<unsigned char>(in_.front()) > 1) return false;
  *value = in_.front() == '\1';
  in_.remove_prefix(1);
  return true;
}

bool ByteReader::get_view(std::string_view* bytes) {
  std::uint64_t size = 0;
  if (!get_uint(&size) || size > in_.size()) return false;
  *bytes = in_.substr(0, size);
  in_.remove_prefix(size);
  return true;
}

bool ByteReader::get_string(std::string* text) {
  std::string_view view;
  if (!get_view(&view)) return false;
  text->assign(view);
  return true;
}

bool ByteReader::get_fixed64(std::uint64_t* value) {
  if (in_.size() < 8) return false;
  std::uint64_t result = 0;
  for (int i = 0; i < 8; ++i) {
    result |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[i])) << (8 * i);
  }
  in_.remove_prefix(8);
  *value = result;
  return true;
}

bool ByteReader::get_count(std::size_t* count) {
  std::uint64_t value = 0;
  if (!get_uint(&value) || value > in_.size()) return false;
  *count = static_cast<std::size_t>(value);
  return true;
}

void put_pos(ByteWriter& out, SourcePos pos) {
  out.put_int(pos.line);
  out.put_int(pos.column);
}

bool get_pos(ByteReader& in, SourcePos* pos) {
  return in.get_int32(&pos->line) && in.get_int32(&pos->column);
}

void put_strings(ByteWriter& out, const std::vector<std::string>& items) {
  out.put_uint(items.size());
  for (const auto& item : items) out.put_string(item);
}

void put_strings(ByteWriter& out, const StringList& items) {
  out.put_uint(items.size());
  for (const auto item : items) out.put_string(item);
}

bool get_strings(ByteReader& in, StringList* items) {
  std::size_t count = 0;
  if (!in.get_count(&count)) return false;
  items->clear();
  for (std::size_t i = 0; i < count; ++i) {
    std::string_view item;
    if (!in.get_view(&item)) return false;
    items->push_back(item);
  }
  items->shrink_to_fit();
  return true;
}

bool get_strings(ByteReader& in, std::vector<std::string>* items) {
  std::size_t count = 0;
  if (!in.get_count(&count)) return false;
  items->resize(count);
  for (auto& item : *items) {
    if (!in.get_string(&item)) return false;
  }
  return true;
}

}  // namespace vaultlint
