#pragma once
/// A path to one value inside a note's front matter, as JSON Schema sees it.

#include <cstddef>
#include <string>
#include <vector>

namespace vaultlint {

struct PathStep {
  std::string key;         ///< the property name, for a step into an object
  std::size_t index = 0;   ///< the item index, for a step into an array
  bool is_index = false;
};

using InstancePath = std::vector<PathStep>;

/// RFC 6901 JSON pointer ("/related/1"; '~' and '/' in names escaped as
/// "~0" and "~1"); "" for the whole front matter.
std::string json_pointer(const InstancePath& path);

}  // namespace vaultlint
