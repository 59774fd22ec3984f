#include "schema/yaml_scalar.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace vaultlint {
namespace {

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words) {
  for (const auto word : words) {
    if (text == word) return true;
  }
  return false;
}

bool all_digits(std::string_view text, int base) {
  if (text.empty()) return false;
  for (const char c : text) {
    const bool ok = base == 8    ? (c >= '0' && c <= '7')
                    : base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                                 : (c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

/// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`; too large for 64 bits
/// becomes a float, as in most YAML and JSON readers.
bool parse_int(std::string_view text, nlohmann::json* out) {
  int base = 10;
  bool negative = false;
  std::string_view digits = text;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'x')) {
    base = text[1] == 'o' ? 8 : 16;
    digits.remove_prefix(2);
  } else if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
    negative = digits[0] == '-';
    digits.remove_prefix(1);
  }
  if (!all_digits(digits, base)) return false;
  std::uint64_t magnitude = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
  if (ec == std::errc() && end == digits.data() + digits.size()) {
    constexpr auto kMaxNegative = std::uint64_t{1} << 63;
    if (!negative) {
      *out = magnitude;
      return true;
    }
    if (magnitude <= kMaxNegative) {
      *out = magnitude == kMaxNegative ? std::numeric_limits<std::int64_t>::min()
                                       : -static_cast<std::int64_t>(magnitude);
      return true;
    }
  }
  double value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  *out = negative ? -value : value;
  return base == 10;
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
bool is_core_float(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t int_digits = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++int_digits;
  std::size_t frac_digits = 0;
  bool dot = false;
  if (i < text.size() && text[i] == '.') {
    dot = true;
    ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++frac_digits;
  }
  if (int_digits == 0 && frac_digits == 0) return false;
  if (int_digits == 0 && !dot) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    std::size_t exp_digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == text.size();
}

nlohmann::json float_value(double value) {
  // JSON Schema's integer is any number without a fractional part.
  constexpr double kLimit = 9223372036854775808.0;  // 2^63
  if (std::isfinite(value) && value == std::trunc(value) && value > -kLimit && value < kLimit) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

bool parse_float(std::string_view text, nlohmann::json* out) {
  std::string_view sign;
  std::string_view rest = text;
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) {
    sign = rest.substr(0, 1);
    rest.remove_prefix(1);
  }
  if (is_one_of(rest, {".inf", ".Inf", ".INF"})) {
    const double inf = std::numeric_limits<double>::infinity();
    *out = sign == "-" ? -inf : inf;
    return true;
  }
  if (sign.empty() && is_one_of(rest, {".nan", ".NaN", ".NAN"})) {
    *out = std::numeric_limits<double>::quiet_NaN();
    return true;
  }
  if (!is_core_float(text)) return false;
  // from_chars takes no '+' sign, and a leading '.' is fine.
  double value = 0;
  const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
  if (ec == std::errc::result_out_of_range) {
    value = std::numeric_limits<double>::infinity();
  } else if (ec != std::errc() || end != rest.data() + rest.size()) {
    return false;
  }
  *out = float_value(sign == "-" ? -value : value);
  return true;
}

}  // namespace

nlohmann::json plain_scalar_to_json(std::string_view text) {
  if (text.empty() || is_one_of(text, {"~", "null", "Null", "NULL"})) return nullptr;
  if (is_one_of(text, {"true", "True", "TRUE"})) return true;
  if (is_one_of(text, {"false", "False", "FALSE"})) return false;
  nlohmann::json number;
  if (parse_int(text, &number) || parse_float(text, &number)) return number;
  return std::string(text);
}

nlohmann::json scalar_to_json(const std::string& text, const std::string& tag) {
  static constexpr std::array kTypedTags = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                                            "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"};
  if (tag == "?") return plain_scalar_to_json(text);
  for (const char* typed : kTypedTags) {
    if (tag == typed) return plain_scalar_to_json(text);
  }
  return text;
}

}  // namespace vaultlint
