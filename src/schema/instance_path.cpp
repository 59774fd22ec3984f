#include "schema/instance_path.hpp"

namespace vaultlint {

std::string json_pointer(const InstancePath& path) {
  std::string out;
  for (const auto& step : path) {
    out += '/';
    if (step.is_index) {
      out += std::to_string(step.index);
      continue;
    }
    for (const char c : step.key) {
      if (c == '~') {
        out += "~0";
      } else if (c == '/') {
        out += "~1";
      } else {
        out += c;
      }
    }
  }
  return out;
}

}  // namespace vaultlint
