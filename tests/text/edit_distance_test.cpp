#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "text/edit_distance.hpp"

using vaultlint::bounded_edit_distance;
using vaultlint::code_points;
using vaultlint::edit_distance;

namespace {

// The textbook full table, as the reference the banded one must agree with.
std::size_t reference_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

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
