// Did-you-mean in the findings of each reference rule (docs/did-you-mean.md).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <latch>
#include <thread>

#include "resolve/near_names.hpp"
#include "support/temp_vault.hpp"

using vaultlint::testing::TempVault;
using ::testing::ElementsAre;

namespace {

void write_notes(const TempVault& vault) {
  vault.write("concepts/spaced-repetition.md",
              "---\nid: spaced-repetition\naliases: [SRS]\n---\n# Spaced repetition\n\n## Ways to practise\n\n"
              "A line. ^key-idea\n");
  vault.write("concepts/interleaving.md", "---\nid: interleaving\n---\n# Interleaving\n");
  vault.write("img/forgetting-curve.png", "png");
}

}  // namespace

TEST(NearNames, BrokenLinkNamesTheClosestNoteAliasOrPath) {
  TempVault vault;
  write_notes(vault);
  vault.write("a.md",
              "---\nid: a\n---\n[[spaced repetiton]] [[SRSS]] [[concepts/interleavng]] [[no-such-thing]] "
              "[[./spaced-repetiton]]\n");
  EXPECT_THAT(vault.messages({}, "broken-link"),
              ElementsAre("a.md:4:1: no note matches 'spaced repetiton'; did you mean 'spaced-repetition'? "
                          "[broken-link]",
                          "a.md:4:22: no note matches 'SRSS'; did you mean 'SRS'? [broken-link]",
                          "a.md:4:31: no note matches 'concepts/interleavng'; did you mean "
                          "'concepts/interleaving'? [broken-link]",
                          "a.md:4:56: no note matches 'no-such-thing' [broken-link]",
                          "a.md:4:74: no note matches './spaced-repetiton' [broken-link]"));
}

TEST(NearNames, BrokenEmbedNamesTheClosestFileOrNote) {
  TempVault vault;
  write_notes(vault);
  vault.write("a.md", "---\nid: a\n---\n![[forgeting-curve.png]] ![[interleavin]]\n");
  EXPECT_THAT(vault.messages({}, "broken-embed"),
              ElementsAre("a.md:4:1: embedded 'forgeting-curve.png' matches no note or file; did you mean "
                          "'forgetting-curve.png'? [broken-embed]",
                          "a.md:4:26: embedded 'interleavin' matches no note or file; did you mean "
                          "'interleaving'? [broken-embed]"));
}

TEST(NearNames, BrokenRelatedNamesTheClosestNote) {
  TempVault vault;
  write_notes(vault);
  vault.write("a.md", "---\nid: a\nrelated: [\"[[interleeving]]\", spaced-repetitio]\n---\n");
  EXPECT_THAT(vault.messages({}, "broken-related"),
              ElementsAre("a.md:3:11: 'related' names '[[interleeving]]', which matches no note; did you "
                          "mean 'interleaving'? [broken-related]",
                          "a.md:3:31: 'related' names 'spaced-repetitio', which matches no note; did you "
                          "mean 'spaced-repetition'? [broken-related]"));
}

TEST(NearNames, BrokenHeadingAndBlockNameTheClosestInTheTargetNote) {
  TempVault vault;
  write_notes(vault);
  vault.write("a.md", "---\nid: a\n---\n[[spaced-repetition#Ways to practice]] [[spaced-repetition#^key-idae]] "
                      "[[spaced-repetition#Nothing like it]]\n");
  EXPECT_THAT(vault.messages({}, "broken-heading"),
              ElementsAre("a.md:4:1: no heading 'Ways to practice' in 'concepts/spaced-repetition.md'; did "
                          "you mean 'ways to practise'? [broken-heading]",
                          "a.md:4:72: no heading 'Nothing like it' in 'concepts/spaced-repetition.md' "
                          "[broken-heading]"));
  EXPECT_THAT(vault.messages({}, "broken-block"),
              ElementsAre("a.md:4:40: no block '^key-idae' in 'concepts/spaced-repetition.md'; did you "
                          "mean 'key-idea'? [broken-block]"));
}

TEST(NearNames, TurnedOffByTheConfig) {
  TempVault vault;
  write_notes(vault);
  vault.write("a.md", "---\nid: a\n---\n[[spaced repetiton]]\n");
  EXPECT_THAT(vault.messages(vault.config("did_you_mean: false\n"), "broken-link"),
              ElementsAre("a.md:4:1: no note matches 'spaced repetiton' [broken-link]"));
}

// Rules run side by side and may all ask first at once: each index is
// built once, and every thread gets the answers one thread gets.
TEST(NearNames, ConcurrentFirstQueriesOfEachIndexAgree) {
  TempVault vault;
  write_notes(vault);
  const vaultlint::Vault loaded = vault.load();
  const std::vector<std::pair<std::string, bool>> queries = {
      {"spaced repetiton", false}, {"concepts/interleavng", false},
      {"forgeting-curve.png", true}, {"img/forgetting-curv.png", true}};
  std::vector<std::vector<std::string>> expected;
  {
    const vaultlint::NearNames serial(loaded);
    for (const auto& [target, files] : queries) expected.push_back(serial.for_target(target, files));
  }
  ASSERT_THAT(expected, ElementsAre(ElementsAre("spaced-repetition"), ElementsAre("concepts/interleaving"),
                                    ElementsAre("forgetting-curve.png"),
                                    ElementsAre("img/forgetting-curve.png")));
  for (int round = 0; round < 20; ++round) {
    const vaultlint::NearNames shared(loaded);
    constexpr int kThreads = 8;
    std::vector<std::vector<std::vector<std::string>>> answers(kThreads);
    std::latch start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        start.arrive_and_wait();
        for (std::size_t q = 0; q < queries.size(); ++q) {
          const auto& [target, files] = queries[(q + static_cast<std::size_t>(t)) % queries.size()];
          answers[t].push_back(shared.for_target(target, files));
        }
      });
    }
    for (auto& thread : threads) thread.join();
    for (int t = 0; t < kThreads; ++t) {
      for (std::size_t q = 0; q < queries.size(); ++q) {
        EXPECT_EQ(answers[t][q], expected[(q + static_cast<std::size_t>(t)) % queries.size()]);
      }
    }
  }
}
