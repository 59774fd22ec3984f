#pragma once
/// A baseline: the findings a vault had when it was recorded, so that later
/// runs report only what is new (docs/baseline.md). A finding is keyed by
/// file, rule and message, never by position, so edits that move lines do
/// not bring recorded findings back; identical findings are counted.

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "vaultlint/diagnostic.hpp"

namespace vaultlint {

struct BaselineEntry {
  std::string file;
  std::string rule;
  std::string message;
  std::size_t count = 1;  ///< how many identical findings were recorded
};

struct Baseline {
  std::vector<BaselineEntry> entries;  ///< sorted by file, rule, message; keys unique
};

/// Records `diagnostics` (their severities and positions are not kept).
Baseline make_baseline(const std::vector<Diagnostic>& diagnostics);

/// The JSON document of docs/baseline.md; the same findings give the same bytes.
void write_baseline(std::ostream& out, const Baseline& baseline);

/// Writes the document to `file` atomically. Returns false with *error
/// when the file cannot be written.
bool save_baseline(const std::filesystem::path& file, const Baseline& baseline,
                   std::string* error);

/// Reads a document written by write_baseline. Returns false with *error
/// ("origin:line: ..." for JSON syntax, "origin: findings[i]: ..." for
/// content) when it is not one.
bool parse_baseline(std::string_view text, const std::string& origin, Baseline* baseline,
                    std::string* error);
bool load_baseline(const std::filesystem::path& file, Baseline* baseline, std::string* error);

struct BaselineMatch {
  std::vector<Diagnostic> fresh;  ///< findings beyond the baseline, in input order
  std::size_t known = 0;          ///< findings the baseline accounted for
  std::size_t stale = 0;          ///< recorded findings that were not found
};

/// Splits `diagnostics` into those the baseline accounts for and the rest.
/// Each entry absorbs at most `count` findings with its key; when there are
/// more, the later ones (in input order) are fresh.
BaselineMatch match_baseline(const Baseline& baseline, const std::vector<Diagnostic>& diagnostics);

}  // namespace vaultlint
