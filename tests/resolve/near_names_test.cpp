// Did-you-mean in the findings of each reference rule (docs/did-you-mean.md).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

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
