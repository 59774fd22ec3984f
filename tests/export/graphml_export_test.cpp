#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "support/temp_vault.hpp"
#include "vaultlint/export.hpp"

using vaultlint::testing::TempVault;
using ::testing::HasSubstr;

TEST(GraphmlExport, TypedKeysEscapedIdsAndIntegerPositions) {
  TempVault vault;
  vault.write("a&<b>.md", "---\ntype: concept\ntags: [x, y]\n---\n# T \"q\"\n");
  vault.write("c.md", "[[a&<b>]]\n");
  const auto loaded = vault.load();
  std::ostringstream out;
  vaultlint::write_graphml(out, loaded, vaultlint::select_all(loaded), {});
  const auto xml = out.str();
  EXPECT_THAT(xml, HasSubstr(R"(<key id="line" for="edge" attr.name="line" attr.type="int"/>)"));
  EXPECT_THAT(xml, HasSubstr("    <node id=\"a&amp;&lt;b&gt;.md\">\n"
                             "      <data key=\"type\">concept</data>\n"
                             "      <data key=\"title\">T &quot;q&quot;</data>\n"
                             "      <data key=\"tags\">x,y</data>\n"
                             "      <data key=\"path\">a&amp;&lt;b&gt;.md</data>\n"
                             "    </node>\n"));
  EXPECT_THAT(xml, HasSubstr("    <edge id=\"e0\" source=\"c.md\" target=\"a&amp;&lt;b&gt;.md\">\n"
                             "      <data key=\"kind\">wikilink</data>\n"
                             "      <data key=\"line\">1</data>\n"
                             "      <data key=\"column\">1</data>\n"
                             "    </edge>\n"));
}
