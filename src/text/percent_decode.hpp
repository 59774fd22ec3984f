#pragma once
#include <string>
#include <string_view>

namespace vaultlint {

/// Decodes %XX escapes (hex digits in either case); '+' stays '+', and a '%'
/// not followed by two hex digits stays as it is.
std::string percent_decode(std::string_view text);

}  // namespace vaultlint
