#include <gtest/gtest.h>

#include "text/did_you_mean.hpp"

using vaultlint::did_you_mean;
using vaultlint::edit_distance;

TEST(EditDistance, CountsCodePointsAndSwaps) {
  EXPECT_EQ(edit_distance("concept", "conept"), 1u);
  EXPECT_EQ(edit_distance("claim", "cliam"), 1u);  // a swap counts once
  EXPECT_EQ(edit_distance("caf\xC3\xA9", "cafe"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

TEST(DidYouMean, SuggestsOnlyCloseNames) {
  const std::vector<std::string> types{"claim", "concept", "entity", "source"};
  EXPECT_EQ(did_you_mean("Concept", types), "concept");
  EXPECT_EQ(did_you_mean("cliam", types), "claim");
  EXPECT_EQ(did_you_mean("sources", types), "source");
  EXPECT_EQ(did_you_mean("recipe", types), std::nullopt);
  EXPECT_EQ(did_you_mean("clm", types), std::nullopt);
}
