// libFuzzer target: the text of a .vaultlint.yaml through the config reader.
#include <cstddef>
#include <cstdint>
#include <string>

#include "vaultlint/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vaultlint::Config config;
  std::string error;
  (void)vaultlint::parse_config(std::string(reinterpret_cast<const char*>(data), size),
                                "fuzz.yaml", &config, &error);
  return 0;
}
