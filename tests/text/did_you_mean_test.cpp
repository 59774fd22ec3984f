#include <gtest/gtest.h>

#include "text/did_you_mean.hpp"

#include <algorithm>

#include "text/edit_distance.hpp"

using vaultlint::did_you_mean;
using vaultlint::did_you_mean_suffix;
using vaultlint::NameSuggester;
using vaultlint::suggestion_threshold;
using Names = std::vector<std::string>;

TEST(SuggestionThreshold, IsAQuarterOfTheLengthFromOneToThreeAndNoneBelowThree) {
  EXPECT_EQ(suggestion_threshold(0), 0u);
  EXPECT_EQ(suggestion_threshold(2), 0u);
  EXPECT_EQ(suggestion_threshold(3), 1u);
  EXPECT_EQ(suggestion_threshold(7), 1u);
  EXPECT_EQ(suggestion_threshold(8), 2u);
  EXPECT_EQ(suggestion_threshold(12), 3u);
  EXPECT_EQ(suggestion_threshold(17), 3u);
  EXPECT_EQ(suggestion_threshold(400), 3u);
}

TEST(DidYouMean, SuggestsOnlyCloseNames) {
  const Names types{"claim", "concept", "entity", "source"};
  EXPECT_EQ(did_you_mean("Concept", types), Names{"concept"});
  EXPECT_EQ(did_you_mean("cliam", types), Names{"claim"});
  EXPECT_EQ(did_you_mean("sources", types), Names{"source"});
  EXPECT_EQ(did_you_mean("recipe", types), Names{});
  EXPECT_EQ(did_you_mean("clm", types), Names{});
}

TEST(DidYouMean, NamesEveryTieSortedAndOnlyTheClosest) {
  const Names notes{"spaced-repetition", "spaced_repetition", "spaced-repetitions", "Spaced-Repetition"};
  // Two at distance 1, one at 2: only the two; "Spaced-Repetition" folds to
  // the same key as "spaced-repetition" and counts once, smallest spelling.
  EXPECT_EQ(did_you_mean("spaced repetition", notes), (Names{"Spaced-Repetition", "spaced_repetition"}));
  EXPECT_EQ(did_you_mean("spaced-repetitionss", notes), Names{"spaced-repetitions"});
  EXPECT_EQ(did_you_mean("spaced repetiton", notes), (Names{"Spaced-Repetition", "spaced_repetition"}));
}

TEST(DidYouMean, ThresholdFollowsTheWrittenLength) {
  const Names notes{"abcdefgh"};
  EXPECT_EQ(did_you_mean("abcdefxy", notes), Names{"abcdefgh"});  // 2 edits, 8 code points
  EXPECT_EQ(did_you_mean("abcdexyz", notes), Names{});            // 3 edits
  EXPECT_EQ(did_you_mean("ab", Names{"ac"}), Names{});            // too short to guess
  // Long names share prefixes and suffixes: four edits are never a typo.
  EXPECT_EQ(did_you_mean("concept-missing-agent-behavior", Names{"concept-mission-behavior"}), Names{});
  EXPECT_EQ(did_you_mean("concept-misson-behavior", Names{"concept-mission-behavior"}),
            Names{"concept-mission-behavior"});
}

TEST(DidYouMean, ComparesNfcAndCaseFolded) {
  // "Café" written with a combining accent, and upper-case.
  EXPECT_EQ(did_you_mean("CAFE\xCC\x81 crem", Names{"café crème"}), Names{"café crème"});
}

TEST(DidYouMean, TooManyTiesAreNotAHint) {
  const Names notes{"note-1", "note-2", "note-3", "note-4", "note-5", "note-6"};
  EXPECT_EQ(did_you_mean("note-0", notes), Names{});
  const Names five(notes.begin(), notes.begin() + 5);
  EXPECT_EQ(did_you_mean("note-0", five).size(), 5u);
}

TEST(NameSuggester, FindsTheSameAsAFullScanOverManyNames) {
  Names names;
  for (int i = 0; i < 3000; ++i) names.push_back("topic-" + std::to_string(i * 7919 % 100000));
  names.push_back("zettelkasten");
  const NameSuggester index(names);
  const Names queries{"topic-7919x", "tpoic-15838", "topic-1", "topic-", "opic-2375", "zettelkastne",
                      "topic-9999999", "missing-entirely", "t", "topic-23757-b"};
  std::size_t suggested = 0;
  for (const auto& query : queries) {
    // The full scan: every name, the plain distance, every tie.
    const std::size_t bound = suggestion_threshold(vaultlint::code_points(query).size());
    std::size_t best = bound + 1;
    Names expected;
    for (const auto& name : names) {
      const std::size_t distance = vaultlint::edit_distance(query, name);
      if (distance > bound || distance > best) continue;
      if (distance < best) expected.clear();
      best = distance;
      expected.push_back(name);
    }
    std::sort(expected.begin(), expected.end());
    if (expected.size() > vaultlint::kMaxSuggestions) expected.clear();
    suggested += expected.empty() ? 0 : 1;
    EXPECT_EQ(index.suggest(query), expected) << query;
  }
  EXPECT_GE(suggested, 5u);
  EXPECT_EQ(index.suggest("tpoic-15838"), Names{"topic-15838"});
}

TEST(DidYouMeanSuffix, JoinsWithCommasAndOr) {
  EXPECT_EQ(did_you_mean_suffix({}), "");
  EXPECT_EQ(did_you_mean_suffix({"a"}), "; did you mean 'a'?");
  EXPECT_EQ(did_you_mean_suffix({"a", "b"}), "; did you mean 'a' or 'b'?");
  EXPECT_EQ(did_you_mean_suffix({"a", "b", "c"}), "; did you mean 'a', 'b' or 'c'?");
}
