#pragma once
/// Whether the fast front-matter reader and yaml-cpp agree on a text: used
/// by the unit test over many texts and by the differential fuzz target.

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

#include "read/front_matter_guard.hpp"
#include "read/simple_front_matter.hpp"

namespace vaultlint::testing {

inline std::string describe_mark(const YAML::Node& node) {
  return std::to_string(node.Mark().line) + ":" + std::to_string(node.Mark().column);
}

inline std::string describe_scalar(const SimpleScalar& scalar) {
  return (scalar.quoted ? "quoted '" : "'") + std::string(scalar.text) + "'@" + std::to_string(scalar.line) + ":" +
         std::to_string(scalar.column);
}

/// "" when the fast reader declines `yaml` or reads it exactly as yaml-cpp
/// does (keys, kinds, scalar texts and positions); else what differs.
inline std::string simple_front_matter_disagreement(std::string_view yaml) {
  const auto entries = read_simple_front_matter(yaml);
  if (!entries) return "";
  // The reader skips the shape guard for what it takes (front_matter.cpp).
  FrontMatterLimits shallow;
  shallow.max_depth = kSimpleFrontMatterDepth;
  shallow.max_size = yaml.size();
  if (const auto refusal = check_yaml_shape(yaml, shallow)) {
    return "taken, but the shape guard refuses it at depth " + std::to_string(shallow.max_depth) + ": " +
           refusal->message;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    return "taken, but yaml-cpp rejects it: " + e.msg;
  }
  if (entries->empty()) return root.IsNull() ? "" : "read as empty, yaml-cpp has a node";
  if (!root.IsMap()) return "taken, but yaml-cpp does not read a mapping";
  if (root.size() != entries->size()) {
    return "keys: " + std::to_string(entries->size()) + " against yaml-cpp's " + std::to_string(root.size());
  }
  std::size_t index = 0;
  for (const auto& pair : root) {
    const SimpleEntry& entry = (*entries)[index++];
    const std::string where = "key " + std::to_string(index) + ": ";
    const YAML::Node& key = pair.first;
    const YAML::Node& value = pair.second;
    if (!key.IsScalar() || key.Scalar() != entry.key.text || key.Mark().line != entry.key.line ||
        key.Mark().column != entry.key.column) {
      return where + describe_scalar(entry.key) + " against yaml-cpp's key at " + describe_mark(key);
    }
    switch (entry.kind) {
      case SimpleValueKind::null:
        if (!value.IsNull()) return where + "null, yaml-cpp's is not";
        break;
      case SimpleValueKind::scalar: {
        const SimpleScalar& scalar = entry.values.front();
        if (!value.IsScalar() || value.Scalar() != scalar.text || value.Mark().line != scalar.line ||
            value.Mark().column != scalar.column || (value.Tag() == "!") != scalar.quoted) {
          return where + describe_scalar(scalar) + " against yaml-cpp's " +
                 (value.IsScalar() ? "'" + value.Scalar() + "'@" : std::string("non-scalar @")) + describe_mark(value);
        }
        break;
      }
      case SimpleValueKind::sequence: {
        if (!value.IsSequence() || value.size() != entry.values.size()) return where + "sequence sizes differ";
        std::size_t index = 0;
        for (const auto& item : value) {
          const SimpleScalar& scalar = entry.values[index++];
          if (scalar.null != item.IsNull()) return where + "item " + describe_scalar(scalar) + ": null on one side only";
          if (scalar.null) continue;  // yaml-cpp marks a null item wherever the next token is
          if (!item.IsScalar() || item.Scalar() != scalar.text || item.Mark().line != scalar.line ||
              item.Mark().column != scalar.column || (item.Tag() == "!") != scalar.quoted) {
            return where + "item " + describe_scalar(scalar) + " against yaml-cpp's " +
                   (item.IsScalar() ? "'" + item.Scalar() + "'@" : std::string("non-scalar @")) + describe_mark(item);
          }
        }
        break;
      }
    }
  }
  return "";
}

}  // namespace vaultlint::testing
