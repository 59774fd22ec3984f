#include "schema/yaml_locate.hpp"

#include <optional>

namespace vaultlint {
namespace {

struct Entry {
  YAML::Node key;
  YAML::Node value;
};

std::optional<Entry> find_entry(const YAML::Node& map, const std::string& key) {
  for (const auto& entry : map) {
    const bool same = entry.first.IsScalar() ? entry.first.Scalar() == key
                                             : entry.first.IsNull() && key.empty();
    if (same) return Entry{entry.first, entry.second};
  }
  return std::nullopt;
}

std::optional<YAML::Node> item_at(const YAML::Node& sequence, std::size_t index) {
  std::size_t i = 0;
  for (const auto& item : sequence) {
    if (i++ == index) return item;
  }
  return std::nullopt;
}

}  // namespace

YAML::Mark locate_in_yaml(const YAML::Node& root, const InstancePath& path, bool at_key) {
  // yaml-cpp's Node::operator= writes through to the node it refers to;
  // reset() is what moves this cursor without changing the tree.
  YAML::Node node = root;
  YAML::Mark mark = YAML::Mark::null_mark();
  for (std::size_t i = 0; i < path.size(); ++i) {
    const PathStep& step = path[i];
    const bool last = i + 1 == path.size();
    if (step.is_index) {
      const auto item = node.IsSequence() ? item_at(node, step.index) : std::nullopt;
      if (!item) return mark;
      node.reset(*item);
      mark = node.Mark();
      continue;
    }
    const auto entry = node.IsMap() ? find_entry(node, step.key) : std::nullopt;
    if (!entry) return mark;
    node.reset(entry->value);
    const bool empty_value = node.IsNull() && node.Mark().line != entry->key.Mark().line;
    mark = (last && at_key) || empty_value ? entry->key.Mark() : node.Mark();
  }
  return mark;
}

}  // namespace vaultlint
