#include "vaultlint/string_list.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

using ::testing::ElementsAre;
using vaultlint::StringList;

TEST(StringList, KeepsItemsOfEverySizeInOrder) {
  // Sizes around each length-prefix boundary: 1, 2 and 3 bytes of size.
  const std::vector<std::size_t> sizes{0, 1, 127, 128, 129, 16383, 16384, 70000};
  StringList list;
  std::vector<std::string> items;
  for (const std::size_t size : sizes) {
    items.push_back(std::string(size, static_cast<char>('a' + items.size())));
    list.push_back(items.back());
  }
  ASSERT_EQ(list.size(), sizes.size());
  EXPECT_TRUE(std::equal(list.begin(), list.end(), items.begin(), items.end()));
  EXPECT_TRUE(list.contains(items[5]));
  EXPECT_FALSE(list.contains(std::string(16383, 'x')));
}

TEST(StringList, EmptyListsAndEmptyItemsDiffer) {
  StringList none;
  StringList one_empty{""};
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.size(), 0u);
  EXPECT_FALSE(one_empty.empty());
  EXPECT_THAT(one_empty, ElementsAre(""));
  EXPECT_NE(none, one_empty);
}

TEST(StringList, SortsByBytesAndComparesByItems) {
  StringList list{"type", "id", "\xC3\xA9t\xC3\xA9", "aliases", "Z"};
  list.sort();
  EXPECT_THAT(list, ElementsAre("Z", "aliases", "id", "type", "\xC3\xA9t\xC3\xA9"));
  EXPECT_EQ(list, (StringList{"Z", "aliases", "id", "type", "\xC3\xA9t\xC3\xA9"}));
  EXPECT_NE(list, (StringList{"Z", "aliases", "id", "typ", "e\xC3\xA9t\xC3\xA9"}));
  list.clear();
  EXPECT_TRUE(list.empty());
}
