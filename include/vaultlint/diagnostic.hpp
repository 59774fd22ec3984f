#pragma once
/// A finding about one place in the vault, and how bad it is.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vaultlint {

enum class Severity { off, warning, error };

/// "off", "warning", "error".
std::string_view severity_name(Severity severity);
/// Parses a severity name; nullopt for anything else.
std::optional<Severity> parse_severity(std::string_view name);

/// A 1-based position: line in the file as written (front matter included,
/// CRLF counted as one break), column in UTF-8 bytes (a BOM is not counted).
struct SourcePos {
  int line = 1;
  int column = 1;
  friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

struct Diagnostic {
  std::string rule;      ///< kebab-case rule name, e.g. "broken-link"
  Severity severity = Severity::error;
  std::string file;      ///< vault-relative, '/'-separated
  SourcePos pos;
  std::string message;
  std::optional<std::string> target;  ///< what the finding is about, as written
};

/// Orders by file (byte order), line, column, rule, then message.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace vaultlint
