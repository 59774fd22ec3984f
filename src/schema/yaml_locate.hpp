#pragma once
/// Finding where a value of the front matter was written, from its path.

#include <yaml-cpp/yaml.h>

#include "schema/instance_path.hpp"

namespace vaultlint {

/// The mark of the node `path` leads to in `root`, following the same rules
/// as yaml_to_json (the first of duplicate keys). With `at_key`, the mark of
/// the last step's key instead of its value. An alias leads to its anchored
/// node, so the mark is where that node was written. A value left empty
/// (`key:` alone) is marked by yaml-cpp where the next token starts; its key
/// is returned instead. When the path leaves the tree, the deepest node
/// reached is returned; a null mark when that is the root itself.
YAML::Mark locate_in_yaml(const YAML::Node& root, const InstancePath& path, bool at_key);

}  // namespace vaultlint
