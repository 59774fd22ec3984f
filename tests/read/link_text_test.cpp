#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "vaultlint/note.hpp"

using vaultlint::Link;

TEST(LinkText, PiecesOfWhatWasWrittenAreFoundInIt) {
  Link link;
  const std::string inner = "note # Part";
  link.set_text(inner, std::string_view(inner).substr(0, 4), std::string_view(inner).substr(7));
  EXPECT_EQ(link.written(), "note # Part");
  EXPECT_EQ(link.target(), "note");
  EXPECT_EQ(link.fragment(), "Part");
}

TEST(LinkText, DecodedTextsThatAreNotInWhatWasWrittenAreKeptToo) {
  Link link;
  link.set_text("../a%20b.md#Caf%C3%A9", "../a b.md", "Caf\xC3\xA9");
  EXPECT_EQ(link.written(), "../a%20b.md#Caf%C3%A9");
  EXPECT_EQ(link.target(), "../a b.md");
  EXPECT_EQ(link.fragment(), "Caf\xC3\xA9");
}

TEST(LinkText, EmptyPartsAndRepeatedTextsStayApart) {
  Link link;
  link.set_text("#x", "", "x");
  EXPECT_EQ(link.target(), "");
  EXPECT_EQ(link.fragment(), "x");
  link.set_text("a#a", "a", "a");  // set again: nothing of the first texts is left
  EXPECT_EQ(link.written(), "a#a");
  EXPECT_EQ(link.target(), "a");
  EXPECT_EQ(link.fragment(), "a");
}

TEST(LinkText, CopiesAndMovesKeepTheirTexts) {
  Link link;
  link.set_text("a-long-target-name-past-small-strings#Heading", "a-long-target-name-past-small-strings",
                "Heading");
  Link copy = link;
  Link moved = std::move(link);
  link.set_text("other", "other", "");
  for (const Link* l : {&copy, &moved}) {
    EXPECT_EQ(l->written(), "a-long-target-name-past-small-strings#Heading");
    EXPECT_EQ(l->target(), "a-long-target-name-past-small-strings");
    EXPECT_EQ(l->fragment(), "Heading");
  }
}
