// The name index's table: names to ascending note numbers.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "resolve/name_table.hpp"

using vaultlint::NameTable;
using ::testing::ElementsAre;

namespace {

std::vector<std::uint32_t> values(std::span<const std::uint32_t> found) {
  return {found.begin(), found.end()};
}

}  // namespace

TEST(NameTable, FindsEveryValueOfANameInOrderAndEachOnce) {
  NameTable::Builder builder;
  builder.add("spaced-repetition", 0);
  builder.add("srs", 0);
  builder.add("interleaving", 1);
  builder.add("interleaving", 1);  // stem and id alike: kept once
  builder.add("srs", 2);
  builder.add("srs", 2);
  builder.add("srs", 5);
  builder.add("zettel", 5);
  const NameTable table = std::move(builder).build();
  EXPECT_THAT(values(table.find("spaced-repetition")), ElementsAre(0u));
  EXPECT_THAT(values(table.find("interleaving")), ElementsAre(1u));
  EXPECT_THAT(values(table.find("srs")), ElementsAre(0u, 2u, 5u));
  EXPECT_TRUE(table.find("SRS").empty());  // callers fold; the table compares bytes
  EXPECT_TRUE(table.find("").empty());
  EXPECT_THAT(values(table.find("zettel")), ElementsAre(5u));
  EXPECT_EQ(table.size(), 4u);
}

TEST(NameTable, AMovedTableStillFindsShortNames) {
  // Names short enough for a string's inline buffer are where a table
  // holding views into a std::string would break on a move.
  NameTable::Builder builder;
  builder.add("a", 3);
  builder.add("b", 4);
  builder.add("b", 7);
  NameTable first = std::move(builder).build();
  NameTable second = std::move(first);
  NameTable third;
  third = std::move(second);
  EXPECT_THAT(values(third.find("a")), ElementsAre(3u));
  EXPECT_THAT(values(third.find("b")), ElementsAre(4u, 7u));
}

TEST(NameTable, ManyNamesAgreeWithAPlainMultimap) {
  // Enough names that building moves slots around (robin-hood insertion)
  // and grows the buffers; every name must still find exactly its values.
  NameTable::Builder builder;
  std::map<std::string, std::vector<std::uint32_t>> expected;
  for (std::uint32_t note = 0; note < 20000; ++note) {
    const std::string stem = "note-" + std::to_string(note);
    const std::string shared = "topic-" + std::to_string(note % 97);
    builder.add(stem, note);
    expected[stem].push_back(note);
    builder.add(shared, note);
    expected[shared].push_back(note);
  }
  const NameTable table = std::move(builder).build();
  EXPECT_EQ(table.size(), expected.size());
  for (const auto& [name, notes] : expected) {
    ASSERT_EQ(values(table.find(name)), notes) << name;
  }
  std::map<std::string, std::vector<std::uint32_t>> visited;
  table.for_each([&](std::string_view name, std::span<const std::uint32_t> notes) {
    visited.emplace(std::string(name), values(notes));
  });
  EXPECT_EQ(visited, expected);
}
