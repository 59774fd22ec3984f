#pragma once
#include <string>
#include <string_view>

namespace vaultlint {

/// JSON text made safe to sit inside an HTML <script> element: every '<',
/// '>' and '&' becomes a \u escape, so no "</script", "<!--" or "<script"
/// can occur, and U+2028/U+2029 become \u2028/\u2029 (older JavaScript
/// parsers end a line there). JSON.parse reads back the same value. The
/// input must be JSON; these characters occur in it only inside strings.
std::string script_safe_json(std::string_view json);

/// A URL fragment value: every byte but ASCII letters, digits and "-._~/"
/// percent-encoded (decodeURIComponent gives the text back).
std::string fragment_encode(std::string_view text);

}  // namespace vaultlint
