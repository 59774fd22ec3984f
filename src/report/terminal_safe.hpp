#pragma once
#include <string>
#include <string_view>

namespace vaultlint {

/// Text as it may reach a terminal: control characters (ESC, CR, LF, DEL,
/// C1) become visible escapes such as "\x1b", so a hostile file name or
/// note cannot move the cursor or recolour the screen.
std::string terminal_safe(std::string_view text);

}  // namespace vaultlint
