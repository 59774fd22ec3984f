#pragma once
/// Reads one note file into a Note. Never throws; every problem with the
/// file is recorded in the Note for the rules to report.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "schema/field_checks.hpp"
#include "vaultlint/note.hpp"

namespace vaultlint {

struct ReaderOptions {
  std::vector<std::string> edge_fields;
  std::uint64_t max_file_size = 16u * 1024u * 1024u;
  FieldChecks field_checks;  ///< value checks; none by default
  bool front_matter_only = false;  ///< skip the body (links, headings, block ids)
};

/// Fills `note` (whose path and stem are already set) from the file's bytes.
void read_note_content(std::string_view bytes, const ReaderOptions& options, Note* note);

/// Reads the file at `file` and calls read_note_content. `size` is the size
/// the scan saw; the file is not opened when it is over the cap.
void read_note_file(const std::filesystem::path& file, std::uint64_t size,
                    const ReaderOptions& options, Note* note);

}  // namespace vaultlint
