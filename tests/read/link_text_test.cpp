#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "vaultlint/note.hpp"

using vaultlint::Link;
using Texts = std::tuple<std::string_view, std::string_view, std::string_view>;

namespace {

// Written, target, fragment.
Texts texts(const Link& link) { return {link.written(), link.target(), link.fragment()}; }

}  // namespace

TEST(LinkText, PiecesOfWhatWasWrittenAreFoundInIt) {
  Link link;
  const std::string inner = "note # Part";
  link.set_text(inner, std::string_view(inner).substr(0, 4), std::string_view(inner).substr(7));
  EXPECT_EQ(texts(link), Texts("note # Part", "note", "Part"));
}

TEST(LinkText, DecodedTextsThatAreNotInWhatWasWrittenAreKeptToo) {
  Link link;
  link.set_text("../a%20b.md#Caf%C3%A9", "../a b.md", "Caf\xC3\xA9");
  EXPECT_EQ(texts(link), Texts("../a%20b.md#Caf%C3%A9", "../a b.md", "Caf\xC3\xA9"));
}

TEST(LinkText, EmptyPartsAndRepeatedTextsStayApart) {
  Link link;
  link.set_text("#x", "", "x");
  EXPECT_EQ(texts(link), Texts("#x", "", "x"));
  link.set_text("a#a", "a", "a");  // set again: nothing of the first texts is left
  EXPECT_EQ(texts(link), Texts("a#a", "a", "a"));
}

TEST(LinkText, CopiesAndMovesKeepTheirTexts) {
  Link link;
  link.set_text("a-long-target-name-past-small-strings#Heading", "a-long-target-name-past-small-strings",
                "Heading");
  Link copy = link;
  Link moved = std::move(link);
  link.set_text("other", "other", "");
  for (const Link* l : {&copy, &moved}) {
    EXPECT_EQ(texts(*l), Texts("a-long-target-name-past-small-strings#Heading",
                               "a-long-target-name-past-small-strings", "Heading"));
  }
}
