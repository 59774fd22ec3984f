// libFuzzer target: the fast front-matter reader against yaml-cpp. The input
// is YAML text (what sits between a note's '---' lines); whenever the fast
// reader takes it, yaml-cpp must read the same keys, values and positions.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "support/simple_front_matter_agreement.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view yaml(reinterpret_cast<const char*>(data), size);
  const std::string problem = vaultlint::testing::simple_front_matter_disagreement(yaml);
  if (!problem.empty()) {
    std::fprintf(stderr, "fast front-matter reader and yaml-cpp disagree: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
