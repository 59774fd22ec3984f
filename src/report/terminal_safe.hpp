#pragma once
#include <string>
#include <string_view>

namespace vaultlint {

/// Text as it may reach a terminal: control characters (ESC, CR, LF, DEL,
/// C1) and bytes that are not UTF-8 become visible escapes such as "\x1b",
/// and bidirectional controls (RLO, LRM, isolates) such as "\u202e", so a
/// hostile file name or note cannot move the cursor, recolour the screen or
/// make the text read in another order.
std::string terminal_safe(std::string_view text);

}  // namespace vaultlint
