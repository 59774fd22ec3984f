#pragma once
/// Checks on a note's raw front matter that run before yaml-cpp builds a
/// node tree from it, so that hostile YAML is refused with a clear message
/// instead of costing time, memory or stack (see docs/hostile-input.md).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vaultlint {

struct FrontMatterLimits {
  /// Nesting levels (block indentation levels plus open '[' / '{').
  int max_depth = 64;
  /// Bytes between the '---' lines.
  std::uint64_t max_size = 256u * 1024u;
  /// Nodes that aliases ('*name') would add if every alias were expanded.
  std::uint64_t max_alias_expansion = 10000;
};

/// Where in the YAML text (0-based line and column, like YAML::Mark) a
/// guard stopped, and why.
struct YamlRefusal {
  int line = 0;
  int column = 0;
  std::string message;
};

/// Size and nesting depth, from the raw text alone: a single linear scan
/// that knows quotes, comments, block scalars and flow brackets. Never
/// throws.
std::optional<YamlRefusal> check_yaml_shape(std::string_view yaml, const FrontMatterLimits& limits);

/// Counts, from yaml-cpp's parse events (no node tree is built), how many
/// nodes the aliases would add once expanded, and refuses past the limit
/// ("billion laughs"). Returns nothing at once when the text has no '*'.
/// May throw YAML::Exception on invalid YAML.
std::optional<YamlRefusal> check_alias_expansion(std::string_view yaml,
                                                 const FrontMatterLimits& limits);

}  // namespace vaultlint
