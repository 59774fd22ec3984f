#include <gtest/gtest.h>

#include "text/did_you_mean.hpp"

#include <algorithm>
#include <map>
#include <random>

#include "support/reference_distance.hpp"
#include "text/edit_distance.hpp"
#include "text/unicode.hpp"

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
  const NameSuggester index(std::vector<std::string_view>(names.begin(), names.end()));
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

namespace {

// Pieces of names: upper and lower case, a letter that folds to two ("ß" to
// "ss"), one written decomposed (NFC makes it "é"), other scripts.
const std::vector<std::string> kPieces{"a", "b", "s", "-", "A", "S", "\xC3\xA9", "\xC3\x89",
                                       "e\xCC\x81", "\xC3\x9F", "\xE7\x9F\xA5", "\xF0\x9F\x9A\x80"};

std::vector<std::size_t> random_pieces(std::mt19937& rng, std::size_t count) {
  std::vector<std::size_t> pieces;
  for (std::size_t i = 0; i < count; ++i) pieces.push_back(rng() % kPieces.size());
  return pieces;
}

std::string spelled(const std::vector<std::size_t>& pieces) {
  std::string out;
  for (const std::size_t piece : pieces) out += kPieces[piece];
  return out;
}

// Up to `edits` pieces changed, dropped or added.
std::vector<std::size_t> varied(std::vector<std::size_t> pieces, std::mt19937& rng, unsigned edits) {
  for (unsigned e = 0; e < edits && !pieces.empty(); ++e) {
    const auto at = static_cast<std::ptrdiff_t>(rng() % pieces.size());
    switch (rng() % 3) {
      case 0: pieces[static_cast<std::size_t>(at)] = rng() % kPieces.size(); break;
      case 1: pieces.erase(pieces.begin() + at); break;
      default: pieces.insert(pieces.begin() + at, rng() % kPieces.size()); break;
    }
  }
  return pieces;
}

// The specification, read literally: fold every name, keep the smallest
// spelling of each key (as code points, made once for every query).
std::vector<std::pair<std::u32string, std::string>> smallest_spellings(const Names& names) {
  std::map<std::string, std::string> smallest;
  for (const auto& name : names) {
    auto [it, added] = smallest.emplace(vaultlint::fold_key(name), name);
    if (!added && name < it->second) it->second = name;
  }
  std::vector<std::pair<std::u32string, std::string>> keyed;
  for (const auto& [folded, name] : smallest) keyed.emplace_back(vaultlint::code_points(folded), name);
  return keyed;
}

// Then take every key at the smallest distance from the folded query.
Names full_scan(const std::string& query, const std::vector<std::pair<std::u32string, std::string>>& keyed) {
  const std::u32string key = vaultlint::code_points(vaultlint::fold_key(query));
  const std::size_t bound = suggestion_threshold(key.size());
  // Too short to be near anything: a name it folds to would have matched.
  if (bound == 0) return {};
  std::size_t best = bound + 1;
  Names out;
  for (const auto& [folded, name] : keyed) {
    const std::size_t distance = vaultlint::testing::reference_distance(key, folded);
    if (distance > bound || distance > best) continue;
    if (distance < best) out.clear();
    best = distance;
    out.push_back(name);
  }
  if (out.size() > vaultlint::kMaxSuggestions) return {};
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST(NameSuggester, FindsWhatAFullScanFindsOnRandomNonAsciiNames) {
  std::mt19937 rng(11);
  Names names;
  std::vector<std::vector<std::size_t>> stems;
  for (int s = 0; s < 40; ++s) {
    stems.push_back(random_pieces(rng, 3 + rng() % 38));
    names.push_back(spelled(stems.back()));
    for (int v = 0; v < 8; ++v) names.push_back(spelled(varied(stems.back(), rng, 1 + rng() % 3)));
  }
  const NameSuggester index(std::vector<std::string_view>(names.begin(), names.end()));
  const auto keyed = smallest_spellings(names);
  std::size_t suggested = 0;
  std::size_t tied = 0;
  for (int q = 0; q < 400; ++q) {
    const std::string query = spelled(varied(stems[rng() % stems.size()], rng, rng() % 5));
    const Names expected = full_scan(query, keyed);
    EXPECT_EQ(index.suggest(query), expected) << query;
    suggested += expected.empty() ? 0 : 1;
    tied += expected.size() > 1 ? 1 : 0;
  }
  EXPECT_GT(suggested, 100u);
  EXPECT_GT(tied, 10u);
}

// The same spelling with 'a', 's' and 'é' in the other case.
std::vector<std::size_t> recased(std::vector<std::size_t> pieces) {
  for (auto& piece : pieces) {
    switch (piece) {
      case 0: piece = 4; break;
      case 2: piece = 5; break;
      case 4: piece = 0; break;
      case 5: piece = 2; break;
      case 6: piece = 7; break;
      case 7: piece = 6; break;
      default: break;
    }
  }
  return pieces;
}

// Over a thousand names, shuffled, each also written in the other case:
// of names that fold alike, the one offered is the smallest spelling,
// whatever order they came in.
TEST(NameSuggester, FindsWhatAFullScanFindsAmongThousandsOfNames) {
  std::mt19937 rng(23);
  Names names;
  std::vector<std::vector<std::size_t>> stems;
  for (int s = 0; s < 140; ++s) {
    stems.push_back(random_pieces(rng, 3 + rng() % 16));
    names.push_back(spelled(stems.back()));
    names.push_back(spelled(recased(stems.back())));
    for (int v = 0; v < 6; ++v) names.push_back(spelled(varied(stems.back(), rng, 1 + rng() % 3)));
  }
  std::shuffle(names.begin(), names.end(), rng);
  ASSERT_GT(names.size(), 1000u);
  const NameSuggester index(std::vector<std::string_view>(names.begin(), names.end()));
  const auto keyed = smallest_spellings(names);
  std::size_t recased_offered = 0;
  for (int q = 0; q < 120; ++q) {
    const auto& stem = stems[rng() % stems.size()];
    const std::string query = spelled(varied(stem, rng, 1 + rng() % 2));
    const Names expected = full_scan(query, keyed);
    EXPECT_EQ(index.suggest(query), expected) << query;
    for (const auto& name : expected) {
      recased_offered += name == spelled(recased(stem)) && name != spelled(stem) ? 1 : 0;
    }
  }
  // The smallest spelling was the recased one often enough to count.
  EXPECT_GT(recased_offered, 5u);
}

TEST(DidYouMeanSuffix, JoinsWithCommasAndOr) {
  EXPECT_EQ(did_you_mean_suffix({}), "");
  EXPECT_EQ(did_you_mean_suffix({"a"}), "; did you mean 'a'?");
  EXPECT_EQ(did_you_mean_suffix({"a", "b"}), "; did you mean 'a' or 'b'?");
  EXPECT_EQ(did_you_mean_suffix({"a", "b", "c"}), "; did you mean 'a', 'b' or 'c'?");
}
