#include "read/parse_arena.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>

#include "read/markdown_body.hpp"

namespace vaultlint {
namespace {

bool is_aligned(const void* block) {
  return reinterpret_cast<std::uintptr_t>(block) % alignof(std::max_align_t) == 0;
}

TEST(ParseArena, CallocGivesZeroedAlignedBlocksThatDoNotOverlap) {
  const ParseArenaLease lease;
  cmark_mem* mem = lease.mem();
  auto* first = static_cast<unsigned char*>(mem->calloc(3, 40));
  std::memset(first, 0xAB, 120);
  auto* second = static_cast<unsigned char*>(mem->calloc(5, 7));
  EXPECT_TRUE(is_aligned(first));
  EXPECT_TRUE(is_aligned(second));
  EXPECT_TRUE(second >= first + 120 || second + 35 <= first);
  for (int i = 0; i < 35; ++i) EXPECT_EQ(second[i], 0) << i;
  EXPECT_EQ(first[119], 0xAB);
}

TEST(ParseArena, ReallocKeepsTheContentAndShrinkingKeepsTheBlock) {
  const ParseArenaLease lease;
  cmark_mem* mem = lease.mem();
  auto* block = static_cast<char*>(mem->realloc(nullptr, 10));
  std::memcpy(block, "0123456789", 10);
  mem->calloc(1, 8);  // so that the block cannot simply grow where it is
  auto* grown = static_cast<char*>(mem->realloc(block, 100000));
  EXPECT_TRUE(is_aligned(grown));
  EXPECT_EQ(std::string(grown, 10), "0123456789");
  EXPECT_EQ(mem->realloc(grown, 50), grown);
  mem->free(grown);  // a no-op; the lease's end gives it back
}

TEST(ParseArena, TheNewestBlockGrowsWhereItIs) {
  const ParseArenaLease lease;
  cmark_mem* mem = lease.mem();
  auto* block = static_cast<char*>(mem->realloc(nullptr, 10));
  std::memcpy(block, "0123456789", 10);
  EXPECT_EQ(mem->realloc(block, 1000), block);
  auto* after = static_cast<char*>(mem->calloc(1, 8));
  EXPECT_GE(after, block + 1000);
  EXPECT_EQ(std::string(block, 10), "0123456789");
}

TEST(ParseArena, TheNewestBlockMovesWhenItsBufferIsFull) {
  const ParseArenaLease lease;
  cmark_mem* mem = lease.mem();
  auto* block = static_cast<char*>(mem->realloc(nullptr, 10));
  std::memcpy(block, "0123456789", 10);
  const std::size_t past_the_buffer = 2 * ParseArenaLease::first_buffer_size();
  auto* grown = static_cast<char*>(mem->realloc(block, past_the_buffer));
  EXPECT_NE(grown, block);
  EXPECT_TRUE(is_aligned(grown));
  EXPECT_EQ(std::string(grown, 10), "0123456789");
  std::memset(grown, 'x', past_the_buffer);
  auto* after = static_cast<unsigned char*>(mem->calloc(1, 64));
  EXPECT_TRUE(after >= reinterpret_cast<unsigned char*>(grown) + past_the_buffer ||
              after + 64 <= reinterpret_cast<unsigned char*>(grown));
  EXPECT_EQ(grown[past_the_buffer - 1], 'x');
}

TEST(ParseArena, EachLeaseStartsAgainFromTheFirstBuffer) {
  void* first_of_first_lease = nullptr;
  {
    const ParseArenaLease lease;
    first_of_first_lease = lease.mem()->calloc(1, 16);
    // Past the first buffer, so that the lease adds buffers from the heap.
    lease.mem()->calloc(1, 4 * ParseArenaLease::first_buffer_size());
  }
  const ParseArenaLease lease;
  EXPECT_EQ(lease.mem()->calloc(1, 16), first_of_first_lease);
}

TEST(ParseArena, OneLeaseAtATimePerThread) {
  const ParseArenaLease lease;
  EXPECT_THROW(ParseArenaLease{}, std::logic_error);
  bool leased_elsewhere = false;
  std::thread([&] {
    const ParseArenaLease other;
    leased_elsewhere = other.mem()->calloc(1, 1) != nullptr;
  }).join();
  EXPECT_TRUE(leased_elsewhere);
}

/// cmark-gfm's XML rendering, source positions included, of `markdown`
/// parsed with `mem` and the extensions vaultlint attaches.
std::string parsed_xml(const std::string& markdown, cmark_mem* mem) {
  register_markdown_extensions();
  cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, mem);
  for (const char* name : {"table", "tasklist"}) {
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* document = cmark_parser_finish(parser);
  char* xml = cmark_render_xml_with_mem(document, CMARK_OPT_SOURCEPOS, mem);
  std::string out(xml);
  mem->free(xml);
  cmark_node_free(document);
  cmark_parser_free(parser);
  return out;
}

TEST(ParseArena, ParsesLikeTheSystemAllocator) {
  std::string markdown =
      "# Title *with* `code`\n\n"
      "| a | b \\| c |\n| - | - |\n| [x](y.md) | **z** |\n\n"
      "- [ ] task\n- [x] done [[link]]\n\n"
      "> quote with <span>html</span>\n\n"
      "```\ncode [[not a link]]\n```\n\n"
      "[ref]: /url \"title\"\n\nA [ref] and ![image](i.png).\n\n";
  // A paragraph and a table well past the first buffer, so that literals
  // grow by realloc across several of the lease's buffers.
  for (int i = 0; i < 20000; ++i) markdown += "word *em* [[note " + std::to_string(i) + "]] ";
  markdown += "\n\n| h |\n| - |\n";
  for (int i = 0; i < 2000; ++i) markdown += "| cell " + std::to_string(i) + " |\n";
  const std::string expected = parsed_xml(markdown, cmark_get_default_mem_allocator());
  const ParseArenaLease lease;
  EXPECT_EQ(parsed_xml(markdown, lease.mem()), expected);
}

}  // namespace
}  // namespace vaultlint
