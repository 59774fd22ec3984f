#include "schema/value_text.hpp"

#include <fmt/format.h>

#include <cmath>

namespace vaultlint {
namespace {

constexpr std::size_t kMaxStringBytes = 60;

std::string cut_string(const std::string& text) {
  if (text.size() <= kMaxStringBytes) return text;
  std::size_t end = kMaxStringBytes;
  // Step back over UTF-8 continuation bytes so no character is split.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "...";
}

std::string dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string plural(std::size_t count, const char* one, const char* many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

}  // namespace

std::string value_text(const nlohmann::json& value) {
  if (value.is_string()) return dump(nlohmann::json(cut_string(value.get<std::string>())));
  if (value.is_number_float()) return number_text(value.get<double>());
  const std::string text = dump(value);
  return text.size() <= 2 * kMaxStringBytes ? text : text.substr(0, 2 * kMaxStringBytes) + "...";
}

std::string describe_value(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::string:
      return "string " + value_text(value);
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return "integer " + value_text(value);
    case nlohmann::json::value_t::number_float:
      return "number " + value_text(value);
    case nlohmann::json::value_t::boolean:
      return "boolean " + value_text(value);
    case nlohmann::json::value_t::array:
      return "array of " + plural(value.size(), "item", "items");
    case nlohmann::json::value_t::object:
      return "object with " + plural(value.size(), "property", "properties");
    default:
      return "null";
  }
}

std::string number_text(double number) {
  if (std::isnan(number)) return ".nan";
  if (std::isinf(number)) return number < 0 ? "-.inf" : ".inf";
  return fmt::format("{}", number);
}

}  // namespace vaultlint
