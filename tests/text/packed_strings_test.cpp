#include <gtest/gtest.h>

#include "text/packed_strings.hpp"

using vaultlint::PackedStrings;

TEST(PackedStrings, ReadsEachItemBackByIndexEmptyOnesToo) {
  PackedStrings<char> items;
  items.push_back("caf\xc3\xa9");
  items.push_back("");
  items.push_back("b");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0], "caf\xc3\xa9");
  EXPECT_EQ(items[1], "");
  EXPECT_EQ(items[2], "b");
  EXPECT_EQ(items.char_count(), 6u);
}

TEST(PackedStrings, AnItemIsWhatTheAppenderAdds) {
  PackedStrings<char32_t> items;
  items.push_back(U"ab");
  items.push_back_with([](std::u32string* chars) { chars->append(U"\U0001F680x"); });
  items.push_back_with([](std::u32string*) {});
  items.push_back(U"z");
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0], U"ab");
  EXPECT_EQ(items[1], U"\U0001F680x");
  EXPECT_EQ(items[2], U"");
  EXPECT_EQ(items[3], U"z");
}

TEST(PackedStrings, ReservingRoomKeepsWhatIsHeld) {
  PackedStrings<char> items;
  items.push_back("kept");
  items.reserve(1000, 100000);
  items.push_back("next");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0], "kept");
  EXPECT_EQ(items[1], "next");
}

TEST(PackedStrings, OrderByBytesSortsAsUnsignedBytesShorterFirst) {
  PackedStrings<char> items;
  for (const char* item : {"b", "\xc3\xa9", "", "ab", "a", "B", "ab"}) items.push_back(item);
  const std::vector<std::uint32_t> order = vaultlint::order_by_bytes(items);
  std::vector<std::string_view> sorted;
  for (const std::uint32_t i : order) sorted.push_back(items[i]);
  EXPECT_EQ(sorted, (std::vector<std::string_view>{"", "B", "a", "ab", "ab", "b", "\xc3\xa9"}));
}
