#include <gtest/gtest.h>

#include "text/key_trie.hpp"

#include <random>

#include "support/reference_distance.hpp"

using vaultlint::KeyTrie;
using vaultlint::testing::reference_distance;
using Indexes = std::vector<std::uint32_t>;

namespace {

// Few enough code points, from several scripts, that random keys near each
// other are common and ties happen.
const std::u32string kAlphabet = U"abcd- \u00e9\u00df\u77e5\U0001F680";

std::u32string random_key(std::mt19937& rng, std::size_t length) {
  std::u32string key;
  for (std::size_t i = 0; i < length; ++i) key.push_back(kAlphabet[rng() % kAlphabet.size()]);
  return key;
}

// `edits` random insertions, deletions, substitutions and swaps of neighbours.
std::u32string mutated(std::u32string key, std::mt19937& rng, unsigned edits) {
  for (unsigned e = 0; e < edits; ++e) {
    const std::size_t at = key.empty() ? 0 : rng() % key.size();
    const char32_t cp = kAlphabet[rng() % kAlphabet.size()];
    switch (rng() % 4) {
      case 0: key.insert(key.begin() + static_cast<std::ptrdiff_t>(at), cp); break;
      case 1: if (!key.empty()) key.erase(at, 1); break;
      case 2: if (!key.empty()) key[at] = cp; break;
      default: if (at + 1 < key.size()) std::swap(key[at], key[at + 1]); break;
    }
  }
  return key;
}

// The distance from `query` to every key, each computed once and asked for
// every bound.
std::vector<std::size_t> distances_to(const std::vector<std::u32string>& keys, const std::u32string& query) {
  std::vector<std::size_t> distances;
  distances.reserve(keys.size());
  for (const auto& key : keys) distances.push_back(reference_distance(query, key));
  return distances;
}

// Every key, the full table: what the trie must find.
Indexes full_scan(const std::vector<std::size_t>& distances, std::size_t bound) {
  std::size_t best = bound + 1;
  Indexes out;
  for (std::uint32_t i = 0; i < distances.size(); ++i) {
    const std::size_t distance = distances[i];
    if (distance > bound || distance > best) continue;
    if (distance < best) out.clear();
    best = distance;
    out.push_back(i);
  }
  return out;
}

}  // namespace

TEST(KeyTrie, NamesEveryKeyAtTheSmallestDistanceAndDuplicatesEach) {
  const std::vector<std::u32string> keys{U"abc", U"abd", U"abc", U"xyz", U"abcd"};
  const KeyTrie trie(keys);
  EXPECT_EQ(trie.closest(U"abx", 1), (Indexes{0, 1, 2}));
  EXPECT_EQ(trie.closest(U"abcd", 1), (Indexes{4}));       // 0 edits beats 1
  EXPECT_EQ(trie.closest(U"bacd", 1), (Indexes{4}));       // a swap is one edit
  EXPECT_EQ(trie.closest(U"qqq", 2), Indexes{});           // 3 edits from all
  EXPECT_EQ(trie.closest(U"xzy", 0), Indexes{});
  EXPECT_EQ(KeyTrie({U"", U"ab"}).closest(U"a", 1), (Indexes{0, 1}));  // the empty key too
  EXPECT_EQ(KeyTrie(vaultlint::CodePointKeys()).closest(U"abc", 3), Indexes{});
}

TEST(KeyTrie, FindsAKeyWithASwapAcrossTheMiddleAndAnEditOnEachSide) {
  // Three edits: a->x, the swap of d and e (across the split after 4 code
  // points) and h->z. Neither half is within one edit of the key's ends
  // unless the swapped pair is left out of both.
  EXPECT_EQ(KeyTrie({U"xbcedfgz"}).closest(U"abcdefgh", 3), (Indexes{0}));
  EXPECT_EQ(KeyTrie({U"xbcedfgz"}).closest(U"abcdefgh", 2), Indexes{});
}

TEST(KeyTrie, FindsExactlyWhatAFullScanFindsOnRandomKeys) {
  std::mt19937 rng(7);
  // Clusters of keys a few edits from a random stem, 3 to 40 code points.
  std::vector<std::u32string> keys;
  for (int stem = 0; stem < 30; ++stem) {
    const std::u32string base = random_key(rng, 3 + rng() % 38);
    keys.push_back(base);
    for (int variant = 0; variant < 11; ++variant) keys.push_back(mutated(base, rng, 1 + rng() % 3));
  }
  keys.push_back(keys[3]);
  const KeyTrie trie(keys);
  std::size_t found = 0;
  std::size_t tied = 0;
  for (int q = 0; q < 300; ++q) {
    const std::u32string query = q % 10 == 0 ? random_key(rng, 3 + rng() % 38)
                                              : mutated(keys[rng() % keys.size()], rng, rng() % 5);
    const std::vector<std::size_t> distances = distances_to(keys, query);
    for (std::size_t bound = 0; bound <= 4; ++bound) {
      const Indexes expected = full_scan(distances, bound);
      EXPECT_EQ(trie.closest(query, bound), expected) << "query " << q << " bound " << bound;
      found += expected.empty() ? 0 : 1;
      tied += expected.size() > 1 ? 1 : 0;
    }
  }
  // The comparison is only worth something if the keys were found, and tied.
  EXPECT_GT(found, 600u);
  EXPECT_GT(tied, 50u);
}

// Over a thousand keys, as a vault's names are: many share beginnings and
// ends, which is what the two tries are built from.
TEST(KeyTrie, FindsExactlyWhatAFullScanFindsAmongThousandsOfKeys) {
  std::mt19937 rng(19);
  std::vector<std::u32string> keys;
  for (int stem = 0; stem < 110; ++stem) {
    const std::u32string base = random_key(rng, 3 + rng() % 16);
    keys.push_back(base);
    for (int variant = 0; variant < 10; ++variant) keys.push_back(mutated(base, rng, 1 + rng() % 3));
  }
  ASSERT_GT(keys.size(), 1000u);
  const KeyTrie trie(keys);
  std::size_t found = 0;
  for (int q = 0; q < 60; ++q) {
    const std::u32string query = mutated(keys[rng() % keys.size()], rng, rng() % 4);
    const std::vector<std::size_t> distances = distances_to(keys, query);
    for (std::size_t bound = 1; bound <= 3; ++bound) {
      const Indexes expected = full_scan(distances, bound);
      EXPECT_EQ(trie.closest(query, bound), expected) << "query " << q << " bound " << bound;
      found += expected.empty() ? 0 : 1;
    }
  }
  EXPECT_GT(found, 120u);
}

// A trie is one node per distinct beginning only if keys that share a
// beginning come together: here "ab" forwards and "cb" backwards are shared.
TEST(KeyTrie, KeysThatShareABeginningShareItsNodes) {
  const KeyTrie trie(std::vector<std::u32string>{U"abc", U"xbc", U"abd"});
  // Forwards a-b-c, a-b-d, x-b-c: 7 nodes; backwards c-b-a, c-b-x, d-b-a: 7.
  EXPECT_EQ(trie.node_count(), 14u);
}

// The backward trie's order compares whole code points: U+0161 (š) and 'a'
// (U+0061) share their low byte, and an order that read only that byte
// would put "ab" between "ša" and "šc" and split their shared node.
TEST(KeyTrie, KeysThatEndInTheSameCodePointShareItsNode) {
  const KeyTrie trie(std::vector<std::u32string>{U"a\u0161", U"ba", U"c\u0161"});
  // Forwards a-š, b-a, c-š: 6 nodes; backwards š-a, š-c, a-b: 5.
  EXPECT_EQ(trie.node_count(), 11u);
}

// Keys that end alike, end inside one another, or hold the largest code
// point must all be found, by both tries.
TEST(KeyTrie, KeysEndingAlikeOrInsideOneAnotherAreFound) {
  const std::vector<std::u32string> keys{U"cba",     U"dcba",        U"dcb",       U"xdcba",
                                         U"ba",      U"a",           U"edcba",     U"\U0010FFFFba",
                                         U"\U0010FFFF", U"ba\U0010FFFF", U"zzzzzzzzz", U"zzzzzzzzy"};
  const KeyTrie trie(keys);
  for (const std::u32string query : {U"dcba", U"cba", U"zzzzzzzzx", U"\U0010FFFFb", U"bba", U"edcb"}) {
    for (std::size_t bound = 1; bound <= 3; ++bound) {
      EXPECT_EQ(trie.closest(query, bound), full_scan(distances_to(keys, query), bound))
          << "bound " << bound << " query of " << query.size();
    }
  }
}

// A query one edit from a key near its start is found by the backward trie
// alone (the forward one needs the first half exact at bound 1), whose keys
// are stored reversed and re-encoded: code points at each edge of UTF-8's
// one- to four-byte forms must come back as they were.
TEST(KeyTrie, KeysOfEveryUtf8LengthAreFoundFromTheirEnd) {
  std::vector<std::u32string> keys;
  for (const char32_t c : {U'\u007F', U'\u0080', U'\u07FF', U'\u0800', U'\uFFFF', U'\U00010000',
                           U'\U0010FFFF'}) {
    keys.push_back(std::u32string(U"ab") + c + c + U"yz");
  }
  const KeyTrie trie(keys);
  for (std::uint32_t k = 0; k < keys.size(); ++k) {
    std::u32string query = keys[k];
    query[0] = U'q';
    EXPECT_EQ(trie.closest(query, 1), (Indexes{k})) << k;
  }
}

TEST(KeyTrie, AVeryLongQueryIsComparedWithoutATableOfItsSquare) {
  const std::u32string long_query(200000, U'a');
  const KeyTrie trie({U"aaa", std::u32string(199998, U'a')});
  EXPECT_EQ(trie.closest(long_query, 3), (Indexes{1}));
}

// A node keeps its longest key's length only up to 2047 code points; a key
// that long or longer must still be reached by a query of its own length.
TEST(KeyTrie, KeysAroundTheLongestLengthANodeKeepsAreFound) {
  for (const std::size_t length : {2045u, 2046u, 2047u, 2048u, 2049u, 2100u}) {
    std::u32string key(length, U'b');
    key[length / 3] = U'\U0001F680';
    std::u32string query = key + U"cc";  // two insertions
    const KeyTrie trie({U"bbb", key, std::u32string(length - 1000, U'b')});
    EXPECT_EQ(trie.closest(query, 2), (Indexes{1})) << length;
  }
}

TEST(CodePointKeys, HoldsKeysEndToEnd) {
  vaultlint::CodePointKeys keys;
  keys.push_back_utf8("caf\xc3\xa9");  // café: four code points, five bytes
  keys.push_back(U"");
  keys.push_back_utf8("\xff" "b");      // not UTF-8: the byte stands for itself
  keys.push_back(U"\U0001F680x");
  ASSERT_EQ(keys.size(), 4u);
  EXPECT_EQ(keys[0], U"caf\u00e9");
  EXPECT_EQ(keys[1], U"");
  EXPECT_EQ(keys[2], U"\u00ffb");
  EXPECT_EQ(keys[3], U"\U0001F680x");
}
