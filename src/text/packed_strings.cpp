#include "text/packed_strings.hpp"

#include <boost/sort/spreadsort/string_sort.hpp>
#include <numeric>

namespace vaultlint {

std::vector<std::uint32_t> order_by_bytes(const PackedStrings<char>& items) {
  std::vector<std::uint32_t> order(items.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  boost::sort::spreadsort::string_sort(
      order.begin(), order.end(),
      [&items](std::uint32_t i, std::size_t at) { return static_cast<unsigned char>(items[i][at]); },
      [&items](std::uint32_t i) { return items[i].size(); },
      [&items](std::uint32_t a, std::uint32_t b) { return items[a] < items[b]; });
  return order;
}

}  // namespace vaultlint
