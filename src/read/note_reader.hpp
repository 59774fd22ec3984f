#pragma once
/// Reads one note file into a Note. Never throws; every problem with the
/// file is recorded in the Note for the rules to report.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "read/front_matter_guard.hpp"
#include "schema/field_checks.hpp"
#include "vaultlint/config.hpp"
#include "vaultlint/note.hpp"

namespace vaultlint {

/// Everything in the config that changes what the reader produces. A field
/// added here must be added to reader_fingerprint() too, or the incremental
/// cache would serve results read under other options.
struct ReaderOptions {
  std::vector<std::string> edge_fields;
  std::uint64_t max_file_size = 16u * 1024u * 1024u;
  FrontMatterLimits front_matter;
  FieldChecks field_checks;  ///< value checks; none by default
  bool front_matter_only = false;  ///< skip the body (links, headings, block ids)
};

/// The options `config` asks for: its limits and edge fields, and the value
/// checks whose rules are on.
ReaderOptions reader_options_for(const Config& config);

/// A hash of `options`: cached reader results are reused only under equal ones.
std::uint64_t reader_fingerprint(const ReaderOptions& options);

/// Fills `note` (whose path and stem are already set) from the file's bytes.
void read_note_content(std::string_view bytes, const ReaderOptions& options, Note* note);

/// A note file's bytes. Not a std::string: growing a string writes every
/// new byte before read() overwrites it (C++20 has no resize_and_overwrite),
/// which was 1.3% of a check's instructions.
class FileBytes {
 public:
  std::string_view view() const { return {data_.get(), size_}; }
  std::size_t size() const { return size_; }

  /// Room for `capacity` bytes, of which the first `kept` (at most the
  /// size) are the old ones and the rest are not initialised. The size
  /// becomes `kept`.
  char* make_room(std::size_t capacity, std::size_t kept);
  /// The first `size` bytes of the room are the file's.
  void set_size(std::size_t size) { size_ = size; }

 private:
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
};

/// Reads the bytes of the file at `file` into *bytes, and sets the note's
/// size. A file over the cap is opened but not read. Returns false with the
/// problem recorded in `note` (unreadable, too large).
bool read_note_bytes(const std::string& file, const ReaderOptions& options, Note* note,
                     FileBytes* bytes);

/// read_note_bytes, then read_note_content.
void read_note_file(const std::string& file, const ReaderOptions& options, Note* note);

}  // namespace vaultlint
