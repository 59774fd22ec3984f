#include "vaultlint/baseline.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace vaultlint {
namespace {

Diagnostic finding(std::string file, int line, std::string rule, std::string message) {
  return Diagnostic{std::move(rule), Severity::error, std::move(file), SourcePos{line, 1},
                    std::move(message), std::nullopt};
}

std::string text_of(const Baseline& baseline) {
  std::ostringstream out;
  write_baseline(out, baseline);
  return out.str();
}

const std::vector<Diagnostic> kToday = {
    finding("b.md", 9, "broken-link", "no note matches 'x'"),
    finding("a.md", 3, "orphan", "concept 'a' has no incoming link from another note"),
    finding("b.md", 4, "broken-link", "no note matches 'x'"),
};

TEST(Baseline, WritesSortedCountedEntriesWithoutPositions) {
  EXPECT_EQ(text_of(make_baseline(kToday)),
            "{\n"
            "  \"vaultlint_baseline\": 1,\n"
            "  \"findings\": [\n"
            "    {\n"
            "      \"file\": \"a.md\",\n"
            "      \"rule\": \"orphan\",\n"
            "      \"message\": \"concept 'a' has no incoming link from another note\",\n"
            "      \"count\": 1\n"
            "    },\n"
            "    {\n"
            "      \"file\": \"b.md\",\n"
            "      \"rule\": \"broken-link\",\n"
            "      \"message\": \"no note matches 'x'\",\n"
            "      \"count\": 2\n"
            "    }\n"
            "  ]\n"
            "}\n");
}

TEST(Baseline, MovedFindingsStayKnown) {
  const Baseline baseline = make_baseline(kToday);
  std::vector<Diagnostic> moved = kToday;
  for (auto& d : moved) d.pos.line += 7;
  const BaselineMatch match = match_baseline(baseline, moved);
  EXPECT_TRUE(match.fresh.empty());
  EXPECT_EQ(match.known, 3u);
  EXPECT_EQ(match.stale, 0u);
}

TEST(Baseline, IdenticalFindingsAreCountedAsAMultiset) {
  const Baseline baseline = make_baseline(kToday);
  std::vector<Diagnostic> more = kToday;
  more.push_back(finding("b.md", 12, "broken-link", "no note matches 'x'"));
  const BaselineMatch match = match_baseline(baseline, more);
  ASSERT_EQ(match.fresh.size(), 1u);
  EXPECT_EQ(match.fresh[0].pos.line, 12);
  EXPECT_EQ(match.known, 3u);
}

TEST(Baseline, NewAndFixedFindings) {
  const Baseline baseline = make_baseline(kToday);
  const std::vector<Diagnostic> now = {
      finding("b.md", 9, "broken-link", "no note matches 'x'"),
      finding("b.md", 2, "broken-link", "no note matches 'y'"),
      finding("c.md", 3, "orphan", "concept 'a' has no incoming link from another note"),
  };
  const BaselineMatch match = match_baseline(baseline, now);
  ASSERT_EQ(match.fresh.size(), 2u);
  EXPECT_EQ(match.fresh[0].message, "no note matches 'y'");
  EXPECT_EQ(match.fresh[1].file, "c.md");
  EXPECT_EQ(match.known, 1u);
  EXPECT_EQ(match.stale, 2u);
}

TEST(Baseline, ReadsWhatItWrites) {
  const Baseline written = make_baseline(kToday);
  Baseline read;
  std::string error;
  ASSERT_TRUE(parse_baseline(text_of(written), "b.json", &read, &error)) << error;
  EXPECT_EQ(text_of(read), text_of(written));
}

TEST(Baseline, MergesAndSortsHandEditedEntries) {
  Baseline read;
  std::string error;
  ASSERT_TRUE(parse_baseline(
      R"({"findings": [{"file": "b", "rule": "r", "message": "m", "count": 1},
                       {"file": "a", "rule": "r", "message": "m", "count": 2},
                       {"file": "b", "rule": "r", "message": "m", "count": 3}],
          "vaultlint_baseline": 1})",
      "b.json", &read, &error))
      << error;
  ASSERT_EQ(read.entries.size(), 2u);
  EXPECT_EQ(read.entries[0].file, "a");
  EXPECT_EQ(read.entries[1].count, 4u);
}

std::string parse_error(std::string_view text) {
  Baseline read;
  std::string error;
  EXPECT_FALSE(parse_baseline(text, "base.json", &read, &error));
  return error;
}

TEST(Baseline, CorruptDocumentsAreClearErrors) {
  EXPECT_EQ(parse_error("{\n  \"vaultlint_baseline\": 1,\n  \"findings\": [\n}\n"),
            "base.json:4: not valid JSON: syntax error while parsing value - unexpected '}'; "
            "expected '[', '{', or a literal");
  EXPECT_EQ(parse_error(""),
            "base.json:1: not valid JSON: syntax error while parsing value - unexpected end of "
            "input; expected '[', '{', or a literal");
  EXPECT_EQ(parse_error("[]"),
            "base.json: not a vaultlint baseline (an object with 'vaultlint_baseline' and 'findings')");
  EXPECT_EQ(parse_error(R"({"vaultlint_baseline": 2, "findings": []})"),
            "base.json: baseline format 2 is not supported (this vaultlint reads 1)");
  EXPECT_EQ(parse_error(R"({"vaultlint_baseline": 1, "findings": {}})"),
            "base.json: 'findings' must be a list");
  EXPECT_EQ(parse_error(R"({"vaultlint_baseline": 1, "findings": [{"file": "a", "rule": "r", "message": "m"}]})"),
            "base.json: findings[0]: 'count' is missing");
  EXPECT_EQ(parse_error(R"({"vaultlint_baseline": 1, "findings": [{"file": "a", "rule": "r", "message": "m", "count": 0}]})"),
            "base.json: findings[0]: 'count' has the wrong type");
  EXPECT_EQ(parse_error(R"({"vaultlint_baseline": 1, "findings": [{"file": 3, "rule": "r", "message": "m", "count": 1}]})"),
            "base.json: findings[0]: 'file' has the wrong type");
  EXPECT_EQ(parse_error(R"({"vaultlint_baseline": 1, "findings": [{"line": 3}]})"),
            "base.json: findings[0]: unknown key 'line'");
}

TEST(Baseline, SaveReplacesTheFileAndKeepsItsMode) {
  const auto folder = std::filesystem::temp_directory_path() / "vaultlint-baseline-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto file = folder / "baseline.json";
  { std::ofstream(file) << "old"; }
  ::chmod(file.c_str(), 0640);
  std::string error;
  ASSERT_TRUE(save_baseline(file, make_baseline(kToday), &error)) << error;
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), text_of(make_baseline(kToday)));
  EXPECT_EQ(std::filesystem::status(file).permissions(),
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                std::filesystem::perms::group_read);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder),
                          std::filesystem::directory_iterator()),
            1);  // no temporary file left behind
  EXPECT_FALSE(save_baseline(folder / "missing" / "b.json", make_baseline(kToday), &error));
  EXPECT_EQ(error, (folder / "missing" / "b.json").string() + ": No such file or directory");
  std::filesystem::remove_all(folder);
}

TEST(Baseline, MissingFileIsAnError) {
  Baseline read;
  std::string error;
  EXPECT_FALSE(load_baseline("/nonexistent/baseline.json", &read, &error));
  EXPECT_EQ(error, "/nonexistent/baseline.json: cannot read the baseline file");
}

}  // namespace
}  // namespace vaultlint
