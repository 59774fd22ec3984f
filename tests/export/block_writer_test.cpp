#include "export/block_writer.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <sstream>
#include <string>

namespace vaultlint {
namespace {

TEST(BlockWriter, WritesNothingUntilABlockFillsOrItIsFlushed) {
  std::ostringstream out;
  BlockWriter writer(out);
  writer << "edge" << ' ';
  writer.item_done();
  EXPECT_EQ(out.str(), "");
  writer.flush();
  EXPECT_EQ(out.str(), "edge ");
  EXPECT_EQ(writer.text(), "");
}

TEST(BlockWriter, WritesAFullBlockWhenAnItemIsDone) {
  std::ostringstream out;
  BlockWriter writer(out);
  const std::string line(1000, 'x');
  std::size_t made = 0;
  while (out.str().empty()) {
    writer << line;
    made += line.size();
    writer.item_done();
    ASSERT_LT(made, std::size_t{1} << 20);
  }
  EXPECT_EQ(out.str().size(), made);
  EXPECT_GE(made, std::size_t{1} << 16);
  EXPECT_LT(made, (std::size_t{1} << 16) + line.size());
}

TEST(BlockWriter, NumbersAreWrittenAsTheStreamWritesThem) {
  std::ostringstream out, expected;
  BlockWriter writer(out);
  writer.number(0) << ',';
  writer.number(-42) << ',';
  writer.number(std::numeric_limits<std::int64_t>::min()) << ',';
  writer.number(std::numeric_limits<std::size_t>::max());
  writer.flush();
  expected << 0 << ',' << -42 << ',' << std::numeric_limits<std::int64_t>::min() << ','
           << std::numeric_limits<std::size_t>::max();
  EXPECT_EQ(out.str(), expected.str());
}

}  // namespace
}  // namespace vaultlint
