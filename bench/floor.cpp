// The floor vaultlint is measured against: read every note of a vault and
// parse it with cmark-gfm (the same extensions vaultlint attaches), on all
// cores, and nothing else. Prints the note count and bytes read.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <array>
#include <atomic>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: vaultlint_floor VAULT [THREADS]\n";
    return 2;
  }
  const unsigned threads = argc > 2 ? static_cast<unsigned>(std::stoul(argv[2]))
                                    : std::max(1u, std::thread::hardware_concurrency());
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(argv[1]); it != fs::recursive_directory_iterator(); ++it) {
    const auto name = it->path().filename().string();
    if (!name.empty() && name.front() == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && it->path().extension() == ".md") files.push_back(it->path());
  }
  cmark_gfm_core_extensions_ensure_registered();
  std::atomic<std::size_t> bytes{0}, nodes{0};
  {
    boost::asio::thread_pool pool(threads);
    for (const auto& file : files) {
      boost::asio::post(pool, [&, file] {
        // One bulk read per file: the floor must not spend time vaultlint does not.
        std::ifstream in(file, std::ios::binary);
        std::string text;
        std::array<char, 1 << 16> chunk;
        while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
          text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        }
        cmark_parser* parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);
        for (const char* name : {"table", "tasklist"}) {
          cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
        }
        cmark_parser_feed(parser, text.data(), text.size());
        cmark_node* doc = cmark_parser_finish(parser);
        // Touch the tree so the parse cannot be optimised away.
        nodes += cmark_node_get_type(cmark_node_first_child(doc)) != CMARK_NODE_NONE;
        cmark_node_free(doc);
        cmark_parser_free(parser);
        bytes += text.size();
      });
    }
    pool.join();
  }
  std::cout << files.size() << " notes, " << bytes.load() << " bytes\n";
  return 0;
}
