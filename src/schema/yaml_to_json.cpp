#include "schema/yaml_to_json.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <unordered_map>

#include "schema/yaml_scalar.hpp"

namespace vaultlint {
namespace {

class Converter {
 public:
  Converter(const JsonConversionLimits& limits, JsonConversionError* error)
      : limits_(limits), error_(error) {}

  bool convert(const YAML::Node& node, int depth, nlohmann::json* out) {
    switch (node.Type()) {
      case YAML::NodeType::Scalar:
        *out = scalar_to_json(node.Scalar(), node.Tag());
        return charge(node, 1);
      case YAML::NodeType::Sequence:
      case YAML::NodeType::Map:
        return convert_container(node, depth, out);
      default:  // Null and Undefined
        *out = nullptr;
        return charge(node, 1);
    }
  }

 private:
  bool fail(const YAML::Node& node, std::string message) {
    error_->message = std::move(message);
    error_->mark = node.Mark();
    return false;
  }

  bool charge(const YAML::Node& node, std::size_t values) {
    if (values > limits_.max_values - used_) {
      return fail(node, fmt::format("front matter holds more than {} values (aliases count each time "
                                    "they are used)",
                                    limits_.max_values));
    }
    used_ += values;
    return true;
  }

  /// Containers are the only nodes worth remembering: an alias of one is
  /// charged its known size up front, before any copying.
  bool convert_container(const YAML::Node& node, int depth, nlohmann::json* out) {
    if (depth >= limits_.max_depth) {
      return fail(node, fmt::format("front matter is nested deeper than {} levels", limits_.max_depth));
    }
    const auto key = identity(node);
    if (const auto seen = sizes_.find(key); seen != sizes_.end()) {
      // A repeat: check its known size fits before copying it again (an
      // alias bomb stops here); the copy below then charges value by value.
      if (!charge(node, seen->second)) return false;
      used_ -= seen->second;
    }
    const std::size_t before = used_;
    const bool ok = node.IsMap() ? convert_map(node, depth, out) : convert_sequence(node, depth, out);
    if (ok) sizes_.emplace(key, used_ - before);
    return ok;
  }

  bool convert_sequence(const YAML::Node& node, int depth, nlohmann::json* out) {
    *out = nlohmann::json::array();
    for (const auto& item : node) {
      nlohmann::json value;
      if (!convert(item, depth + 1, &value)) return false;
      out->push_back(std::move(value));
    }
    return charge(node, 1);
  }

  bool convert_map(const YAML::Node& node, int depth, nlohmann::json* out) {
    *out = nlohmann::json::object();
    for (const auto& entry : node) {
      if (!entry.first.IsScalar() && !entry.first.IsNull()) {
        return fail(entry.first, "a key that is a list or a mapping cannot be checked against a schema");
      }
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
      if (out->contains(key)) continue;  // duplicate key: yaml-cpp's lookup finds the first
      nlohmann::json value;
      if (!convert(entry.second, depth + 1, &value)) return false;
      (*out)[key] = std::move(value);
    }
    return charge(node, 1);
  }

  /// Aliased nodes share everything with their anchor, including the mark;
  /// no two distinct containers start at the same place with the same kind.
  static std::uint64_t identity(const YAML::Node& node) {
    const auto pos = static_cast<std::uint64_t>(node.Mark().pos);
    return (pos << 1) | (node.IsMap() ? 1u : 0u);
  }

  const JsonConversionLimits& limits_;
  JsonConversionError* error_;
  std::size_t used_ = 0;
  std::unordered_map<std::uint64_t, std::size_t> sizes_;
};

}  // namespace

bool yaml_to_json(const YAML::Node& node, const JsonConversionLimits& limits, nlohmann::json* out,
                  JsonConversionError* error) {
  Converter converter(limits, error);
  return converter.convert(node, 0, out);
}

}  // namespace vaultlint
