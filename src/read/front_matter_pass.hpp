#pragma once
/// One pass over a vault's front matter, for the commands that learn from
/// the values (`schema infer`, `init`) rather than check them.

#include <cstddef>
#include <filesystem>
#include <string>

#include "schema/field_checks.hpp"
#include "vaultlint/config.hpp"

namespace vaultlint {

struct FrontMatterPass {
  std::size_t notes = 0;   ///< notes walked
  std::size_t parsed = 0;  ///< notes read whose front matter parsed (each handed to the sink)
};

/// Reads every note under `root` (honouring the config's `ignore` and
/// `max_file_size`) on `threads` threads (0: one per core), handing each
/// parsed front matter to `sink`, from any thread, with the note's path
/// and stem set. Returns false with
/// *error only when `root` cannot be walked.
bool read_front_matter(const std::filesystem::path& root, const Config& config, unsigned threads,
                       FrontMatterSink& sink, FrontMatterPass* pass, std::string* error);

}  // namespace vaultlint
