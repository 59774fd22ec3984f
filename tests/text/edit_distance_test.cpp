#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "support/reference_distance.hpp"
#include "text/edit_distance.hpp"

using vaultlint::bounded_edit_distance;
using vaultlint::code_points;
using vaultlint::edit_distance;
using vaultlint::testing::reference_distance;

TEST(EditDistance, CountsCodePointsAndSwaps) {
  EXPECT_EQ(edit_distance("concept", "conept"), 1u);
  EXPECT_EQ(edit_distance("claim", "cliam"), 1u);  // a swap counts once
  EXPECT_EQ(edit_distance("caf\xC3\xA9", "cafe"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("ca", "abc"), 3u);  // optimal string alignment, not unrestricted
}

TEST(BoundedEditDistance, ExactWithinTheBoundAndBoundPlusOneBeyond) {
  const std::u32string kitten = code_points("kitten");
  const std::u32string sitting = code_points("sitting");
  EXPECT_EQ(bounded_edit_distance(kitten, sitting, 3), 3u);
  EXPECT_EQ(bounded_edit_distance(kitten, sitting, 5), 3u);
  EXPECT_EQ(bounded_edit_distance(kitten, sitting, 2), 3u);
  EXPECT_EQ(bounded_edit_distance(kitten, sitting, 1), 2u);
  EXPECT_EQ(bounded_edit_distance(kitten, sitting, 0), 1u);
  EXPECT_EQ(bounded_edit_distance(code_points("abcdefgh"), code_points("abcdefgh"), 0), 0u);
  EXPECT_EQ(bounded_edit_distance(code_points("ab"), code_points("abcdef"), 3), 4u);  // lengths alone
}

TEST(BoundedEditDistance, AgreesWithTheFullTableOnManyPairs) {
  const char* words[] = {"spaced-repetition", "spaced repetiton", "repetition", "petition",
                         "zettelkasten", "zettel", "kasten", "a", "", "abcabc", "bacbca", "cab"};
  for (const char* a : words) {
    for (const char* b : words) {
      const std::size_t full = reference_distance(code_points(a), code_points(b));
      EXPECT_EQ(edit_distance(a, b), full) << a << " / " << b;
      for (std::size_t bound = 0; bound < 20; ++bound) {
        const std::size_t expected = full <= bound ? full : bound + 1;
        EXPECT_EQ(bounded_edit_distance(code_points(a), code_points(b), bound), expected)
            << a << " / " << b << " bound " << bound;
      }
    }
  }
}
