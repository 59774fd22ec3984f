// The incremental check against a whole run: whenever it answers, its answer
// (every finding, with its message and severity, and what each points into)
// is the whole run's; when a change reaches other notes, it declines.
#include "vaultlint/incremental.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <optional>
#include <random>

#include "support/temp_vault.hpp"
#include "vaultlint/changes.hpp"
#include "vaultlint/check.hpp"

using vaultlint::testing::TempVault;

namespace {

std::vector<std::string> full(const std::vector<vaultlint::Diagnostic>& diagnostics,
                              const std::vector<std::vector<std::string>>& targets) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const auto& d = diagnostics[i];
    std::string line = d.file + ":" + std::to_string(d.pos.line) + ":" +
                       std::to_string(d.pos.column) + ": " +
                       std::string(vaultlint::severity_name(d.severity)) + ": " + d.message + " [" +
                       d.rule + "]";
    for (const auto& into : targets[i]) line += " -> " + into;
    out.push_back(line);
  }
  return out;
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_text(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

class IncrementalCheck : public ::testing::Test {
 protected:
  std::filesystem::path snapshot() const { return cache_dir_.root() / "v.check"; }

  /// A whole run that leaves a snapshot, as `vaultlint check` does; returns its findings.
  std::vector<std::string> whole_run(const vaultlint::Config& config = {}) {
    vaultlint::LoadOptions options;
    options.threads = 2;
    options.cache_file = cache_dir_.root() / "v.cache";
    const auto vault = vault_.load(config, options);
    const auto diagnostics = vaultlint::check_vault(vault, config);
    std::string error;
    EXPECT_TRUE(vaultlint::save_check_snapshot(snapshot(), vault, config, diagnostics, &error)) << error;
    return full(diagnostics, vaultlint::finding_targets(vault, diagnostics));
  }

  /// The whole run's findings, without touching the snapshot.
  std::vector<std::string> cold(const vaultlint::Config& config = {}) const {
    const auto vault = vault_.load(config);
    const auto diagnostics = vaultlint::check_vault(vault, config);
    return full(diagnostics, vaultlint::finding_targets(vault, diagnostics));
  }

  std::optional<vaultlint::IncrementalCheck> quick(const vaultlint::Config& config = {}) const {
    vaultlint::IncrementalCheck out;
    if (!vaultlint::check_incrementally(vault_.root(), config, snapshot(), 2, &out)) return std::nullopt;
    return out;
  }

  /// The same with the paths a watcher saw touched, instead of a walk.
  std::optional<vaultlint::IncrementalCheck> told(const std::vector<std::string>& touched,
                                                  vaultlint::SnapshotMemo* memo = nullptr) const {
    vaultlint::IncrementalCheck out;
    if (!vaultlint::check_incrementally(vault_.root(), {}, snapshot(), 2, &out, &touched, memo)) {
      return std::nullopt;
    }
    return out;
  }

  /// Writes a note with an mtime long before any run and unlike any other
  /// write's, so that size and mtime prove exactly the notes not written.
  void write(const std::string& path, const std::string& text) {
    vault_.write(path, text);
    const auto when = std::filesystem::file_time_type::clock::now() - std::chrono::hours(3) +
                      std::chrono::seconds(++writes_);
    std::filesystem::last_write_time(vault_.root() / path, when);
  }

  TempVault vault_;
  TempVault cache_dir_;
  int writes_ = 0;
};

}  // namespace

TEST_F(IncrementalCheck, AnUnchangedVaultIsAnsweredFromTheSnapshotAlone) {
  write("a.md", "---\nid: a\ntype: concept\nrelated: [b]\n---\n# A\n[[b#Part]] [[nowhere]]\n");
  write("b.md", "# B\n## Part\n[[a]] [[a#Missing]]\n");
  const auto whole = whole_run();
  const auto answer = quick();
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->notes_read, 0u);
  EXPECT_EQ(full(answer->diagnostics, answer->targets), whole);
  EXPECT_EQ(answer->notes, (std::vector<std::string>{"a.md", "b.md"}));
  EXPECT_EQ(whole, (std::vector<std::string>{
                       "a.md:7:12: error: no note matches 'nowhere' [broken-link]",
                       "b.md:1:1: warning: note has no front matter [missing-frontmatter]",
                       "b.md:3:7: error: no heading 'Missing' in 'a.md' [broken-heading] -> a.md",
                   }));
}

TEST_F(IncrementalCheck, ABodyEditIsRecheckedAloneWithSuggestionsFromTheWholeVault) {
  write("a.md", "---\ntype: concept\n---\n# A\n");
  write("b.md", "---\nid: bee\naliases: [Bumble]\n---\n# B\n## Part\n[[a]]\n");
  write("c.md", "---\nid: c\n---\n[[a]]\n");
  whole_run();
  // New lines above the old link move it; new links: broken with a
  // suggestion, a missing heading, an ambiguous-free alias, a block.
  write("c.md", "---\nid: c\n---\nnew line\n[[a]] [[bumbel]] [[b#Prt]] [[Bumble]] [[bee#^nope]]\n");
  const auto answer = quick();
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->notes_read, 1u);
  EXPECT_EQ(answer->notes_rechecked, 1u);
  EXPECT_EQ(full(answer->diagnostics, answer->targets), cold());
  EXPECT_EQ(cold(), (std::vector<std::string>{
                        "c.md:5:7: error: no note matches 'bumbel'; did you mean 'Bumble'? [broken-link]",
                        "c.md:5:18: error: no heading 'Prt' in 'b.md'; did you mean 'part'? [broken-heading] -> b.md",
                        "c.md:5:39: error: no block '^nope' in 'b.md' [broken-block] -> b.md",
                    }));
}

// A new name, a heading that a link elsewhere names, a concept's last
// incoming link, a new note, another config: each reaches findings in other
// notes, so the snapshot cannot answer. A heading nobody links to can be.
TEST_F(IncrementalCheck, ChangesThatReachOtherNotesAreLeftToAWholeRun) {
  write("a.md", "---\nid: a\ntype: concept\n---\n# A\n");
  write("b.md", "---\nid: b\n---\n[[a]]\n");
  write("c.md", "---\nid: c\n---\n[[b]]\n");
  whole_run();
  write("a.md", "---\nid: a2\ntype: concept\n---\n# A\n");  // a name other notes use
  EXPECT_FALSE(quick());
  whole_run();
  write("c.md", "---\nid: c\n---\n[[b]]\n## New heading\n");  // no link into c has a '#'
  const auto answered = quick();
  ASSERT_TRUE(answered);
  EXPECT_EQ(answered->notes_rechecked, 1u);
  write("b.md", "---\nid: b\n---\n[[a]] [[c#New heading]]\n");
  whole_run();
  write("c.md", "---\nid: c\n---\n[[b]]\n## Renamed heading\n");  // b links to it with a '#'
  EXPECT_FALSE(quick());
  whole_run();
  write("b.md", "---\nid: b\n---\nno link\n");  // a's last incoming link
  EXPECT_FALSE(quick());
  whole_run();
  write("d.md", "# D\n");  // a new note
  EXPECT_FALSE(quick());
  whole_run();
  vaultlint::Config config;
  config.orphan_types = {"claim"};  // another config
  EXPECT_FALSE(quick(config));
  EXPECT_TRUE(quick());
}

TEST_F(IncrementalCheck, PastSixtyFourChangedNotesAWholeRunIsCheaper) {
  for (int i = 0; i < 65; ++i) write("n" + std::to_string(i) + ".md", "[[n0]]\n");
  whole_run();
  for (int i = 0; i < 64; ++i) write("n" + std::to_string(i) + ".md", "[[n0]] [[gone]]\n");
  const auto answer = quick();
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->notes_rechecked, 64u);
  EXPECT_EQ(full(answer->diagnostics, answer->targets), cold());
  write("n64.md", "[[n0]] [[gone]]\n");
  EXPECT_FALSE(quick());
}

// A note over the size cap has no key to prove it unchanged: it is read
// again (and found too large again) on every run, and the rest still comes
// from the snapshot.
TEST_F(IncrementalCheck, ANoteThatCannotBeReadIsLookedAtAgainEveryRun) {
  vaultlint::Config config;
  config.max_file_size = 64;
  write("big.md", std::string(100, 'x') + "\n");
  write("small.md", "[[big]] [[nowhere]]\n");
  whole_run(config);
  const auto answer = quick(config);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->notes_read, 1u);
  EXPECT_EQ(answer->notes_rechecked, 1u);
  EXPECT_EQ(full(answer->diagnostics, answer->targets), cold(config));
  EXPECT_EQ(cold(config), (std::vector<std::string>{
                              "big.md:1:1: error: file is 101 bytes, over the max_file_size cap of 64 "
                              "bytes; not read [unreadable-file]",
                              "small.md:1:1: warning: note has no front matter [missing-frontmatter]",
                              "small.md:1:9: error: no note matches 'nowhere' [broken-link]",
                          }));
}

TEST_F(IncrementalCheck, ACorruptOrTruncatedSnapshotIsNotUsed) {
  write("a.md", "[[b]]\n");
  whole_run();
  auto bytes = read_text(snapshot());
  for (const std::size_t at : {bytes.size() / 2, bytes.size() - 1}) {
    auto corrupt = bytes;
    corrupt[at] = static_cast<char>(corrupt[at] ^ 0x5a);
    write_text(snapshot(), corrupt);
    EXPECT_FALSE(quick());
  }
  write_text(snapshot(), bytes.substr(0, bytes.size() - 3));
  EXPECT_FALSE(quick());
  write_text(snapshot(), bytes);
  EXPECT_TRUE(quick());
}

// A random walk of edits over a small vault. After each, the incremental
// answer (when there is one) must equal a whole run's, finding for finding,
// and narrowing it to the edited note must equal narrowing the whole run.
TEST_F(IncrementalCheck, RandomEditsGiveTheWholeRunsAnswers) {
  const std::vector<std::string> names = {"alpha", "beta", "gamma", "delta", "Épée", "zeta", "eta", "sub"};
  const std::vector<std::string> types = {"concept", "concept", "claim", "entity"};
  std::mt19937 random(20261124);
  const auto pick = [&random](const auto& items) { return items[random() % items.size()]; };
  std::map<std::string, std::vector<std::string>> bodies;
  std::map<std::string, std::string> front;
  const auto text_of = [&](const std::string& path) {
    std::string text = front[path];
    for (const auto& line : bodies[path]) text += line + "\n";
    return text;
  };
  for (const auto& name : names) {
    const std::string path = (name == "zeta" ? "sub/" : "") + name + ".md";
    front[path] = "---\nid: " + name + "-id\ntype: " + types[bodies.size() % 2] + "\n---\n";
    bodies[path] = {"# " + name, "## Part one", "text ^blk1"};
    if (random() % 3 == 0) bodies[path].push_back("[[" + pick(names) + "]]");
    write(path, text_of(path));
  }
  whole_run();
  const std::vector<std::string> paths = [&] {
    std::vector<std::string> out;
    for (const auto& [path, body] : bodies) out.push_back(path);
    return out;
  }();
  int answered = 0;
  for (int step = 0; step < 200; ++step) {
    const std::string path = pick(paths);
    auto& body = bodies[path];
    const std::string other = pick(names);
    switch (random() % 13) {
      case 0: body.push_back("see [[" + other + "]]"); break;
      case 1: body.push_back("see [[" + other + "x]]"); break;  // broken, with a suggestion
      case 2: body.push_back("[[" + other + "#Part one]] [[" + other + "#Part two]]"); break;
      case 3: body.push_back("![[" + other + "#^blk1]] ![[" + other + "#^blk9]]"); break;
      case 4: body.push_back("[md](" + other + ".md) [up](../" + other + ".md) [z](sub/zeta.md) [dots](sub/zeta/..)"); break;
      case 5: body.insert(body.begin(), "a new first line"); break;
      case 6:  // may take a concept's last incoming link
        if (body.size() > 3) body.erase(body.begin() + 3 + random() % (body.size() - 3));
        break;
      case 7:  // a heading renamed: links elsewhere to "#Part one" may now miss it
        for (auto& line : body) {
          if (line == "## Part one") line = "## Part two";
          else if (line == "## Part two") line = "## Part one";
        }
        break;
      case 8: front[path] = "---\nid: " + other + "-id\ntype: " + pick(types) + "\n---\n"; break;
      case 9: front[path] = "---\nid: " + path + "\ntype: " + pick(types) + "\nrelated: [" + other + "-id, nobody]\n---\n"; break;
      case 10: body.push_back("<!-- vaultlint-disable-next-line broken-link -->"); break;
      case 11: break;  // rewritten as it was: a new mtime, the same bytes
      case 12: body.push_back("## Heading " + std::to_string(step) + " ^b" + std::to_string(step)); break;
    }
    write(path, text_of(path));
    const auto answer = quick();
    if (!answer) {
      whole_run();
      continue;
    }
    ++answered;
    const auto expected = cold();
    ASSERT_EQ(full(answer->diagnostics, answer->targets), expected) << "step " << step << " edited " << path;
    const auto vault = vault_.load();
    const auto narrowed = vaultlint::findings_for_change(answer->diagnostics, answer->targets, {path}, {});
    vaultlint::ChangeSet change;
    change.files = {path};
    const auto whole = vaultlint::check_vault(vault, {});
    EXPECT_EQ(vaultlint::testing::brief(narrowed),
              vaultlint::testing::brief(vaultlint::findings_for_change(vault, whole, change)))
        << "step " << step;
  }
  // Most edits stay inside their note: the incremental path must have been taken.
  EXPECT_GT(answered, 100);
  std::cerr << "answered " << answered << " of 200\n";
}

// Told which files were touched (as `vaultlint watch` is), the check stats
// and reads those alone: the answer is the whole run's when the list is
// complete, and a list that shows the listing changed declines.
TEST_F(IncrementalCheck, ToldWhatWasTouchedItStatsThoseAlone) {
  write("a.md", "---\nid: a\n---\n[[b]]\n");
  write("b.md", "---\nid: b\n---\n[[a]]\n");
  write("img.png", "png");
  whole_run();
  write("a.md", "---\nid: a\n---\n[[b]] [[nowhere]]\n");
  auto answer = told({"a.md"});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->notes_read, 1u);
  EXPECT_EQ(full(answer->diagnostics, answer->targets), cold());
  EXPECT_EQ(cold(), (std::vector<std::string>{"a.md:4:7: error: no note matches 'nowhere' [broken-link]"}));

  // Untold, an edit is not seen: nothing but the named files is looked at.
  write("b.md", "---\nid: b\n---\n[[a]] [[elsewhere]]\n");
  answer = told({"a.md"});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->notes_read, 1u);
  EXPECT_EQ(full(answer->diagnostics, answer->targets),
            (std::vector<std::string>{"a.md:4:7: error: no note matches 'nowhere' [broken-link]"}));
  answer = told({"a.md", "b.md"});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->notes_read, 2u);
  EXPECT_EQ(full(answer->diagnostics, answer->targets), cold());

  // An attachment's bytes do not matter, a file that came and went neither.
  write("img.png", "other bytes");
  EXPECT_TRUE(told({"a.md", "b.md", "img.png", "tmp-4913"}));
  // A note or file that is new, or gone, changes the listing.
  write("c.md", "# C\n");
  EXPECT_FALSE(told({"c.md"}));
  std::filesystem::remove(vault_.root() / "c.md");
  EXPECT_TRUE(told({"c.md"}));
  std::filesystem::remove(vault_.root() / "img.png");
  EXPECT_FALSE(told({"img.png"}));
  std::filesystem::remove(vault_.root() / "b.md");
  EXPECT_FALSE(told({"b.md"}));
}

// A memo keeps the decoded snapshot between calls, and decodes the new one
// once a whole run replaced it.
TEST_F(IncrementalCheck, AMemoKeepsTheSnapshotUntilItIsReplaced) {
  write("a.md", "---\nid: a\n---\n[[b]]\n");
  write("b.md", "---\nid: b\n---\n[[a]]\n");
  whole_run();
  vaultlint::SnapshotMemo memo;
  const vaultlint::CheckSnapshot* first = memo.load(snapshot(), vaultlint::check_fingerprint({}));
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(memo.load(snapshot(), vaultlint::check_fingerprint({})), first);
  EXPECT_EQ(memo.load(snapshot(), vaultlint::check_fingerprint({}) + 1), nullptr);  // another config

  write("a.md", "---\nid: a\n---\n[[b]] [[gone]]\n");
  auto answer = told({"a.md"}, &memo);
  ASSERT_TRUE(answer);
  EXPECT_EQ(full(answer->diagnostics, answer->targets), cold());
  // A new note: the listing changed, so a whole run writes a new snapshot.
  write("c.md", "---\nid: c\n---\n[[a]] [[missing]]\n");
  EXPECT_FALSE(told({"c.md"}, &memo));
  whole_run();
  write("c.md", "---\nid: c\n---\n[[a]] [[missing]] [[also-missing]]\n");
  answer = told({"c.md"}, &memo);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->notes, (std::vector<std::string>{"a.md", "b.md", "c.md"}));
  EXPECT_EQ(full(answer->diagnostics, answer->targets), cold());
}

// A note written with a decomposed name (as a vault synced from macOS has
// them) is still found by its path when told, or when the snapshot holds no
// key for it, so the told path does not fall back to a walk.
TEST_F(IncrementalCheck, ToldANoteSpelledDecomposedOnDiskItFindsIt) {
  const std::string decomposed = "Cha\xcc\x82teau.md";  // "Cha" + U+0302 + "teau": NFC is "Château"
  write("a.md", "---\nid: a\n---\n[[Château]]\n");
  write(decomposed, "---\nid: chateau\n---\n[[a]]\n");
  whole_run();
  write(decomposed, "---\nid: chateau\n---\n[[a]] [[nowhere]]\n");
  const auto answer = told({decomposed});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->read_paths, std::vector<std::string>{"Ch\xc3\xa2teau.md"});
  EXPECT_EQ(full(answer->diagnostics, answer->targets), cold());
  EXPECT_EQ(cold(), (std::vector<std::string>{"Ch\xc3\xa2teau.md:4:7: error: no note matches 'nowhere' [broken-link]"}));
}

// A note written just before the whole run cannot be proved unchanged by
// its mtime: told about another note, the check still looks at it (as a
// walk would) instead of reading it from nowhere.
TEST_F(IncrementalCheck, ToldItAlsoLooksAtNotesWrittenJustBeforeTheSnapshot) {
  write("a.md", "---\nid: a\n---\n[[b]]\n");
  vault_.write("b.md", "---\nid: b\n---\n[[a]]\n");  // mtime now: too close to the run
  whole_run();
  write("a.md", "---\nid: a\n---\n[[b]] [[nowhere]]\n");
  const auto answer = told({"a.md"});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->read_paths, (std::vector<std::string>{"a.md", "b.md"}));
  EXPECT_EQ(full(answer->diagnostics, answer->targets), cold());
  EXPECT_EQ(cold(), (std::vector<std::string>{"a.md:4:7: error: no note matches 'nowhere' [broken-link]"}));
}
