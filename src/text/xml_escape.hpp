#pragma once
#include <string>
#include <string_view>

namespace vaultlint {

/// Text safe inside XML element content and quoted attributes: markup
/// characters as entities, tab/LF/CR as character references (so attributes
/// keep them); characters XML 1.0 cannot hold (C0 controls, DEL, C1
/// controls, U+FFFE, U+FFFF) and invalid UTF-8 bytes are dropped, so ANSI
/// escapes lose their ESC.
std::string xml_escape(std::string_view text);

}  // namespace vaultlint
