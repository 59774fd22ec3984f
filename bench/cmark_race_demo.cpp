// Shows the cmark-gfm hazard vaultlint avoids: the strikethrough and autolink
// extensions add and remove their characters in a process-wide table around
// every inline parse, so parsing on two threads at once gives wrong trees.
// Renders one document serially, then on two threads many times, and counts
// the parallel results that differ. vaultlint attaches neither extension
// (src/read/markdown_body.cpp); run with "safe" to use its set.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

std::vector<const char*> g_extensions;

std::string render(const std::string& doc) {
  cmark_parser* parser = cmark_parser_new(0);
  for (const char* name : g_extensions) {
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  }
  cmark_parser_feed(parser, doc.data(), doc.size());
  cmark_node* root = cmark_parser_finish(parser);
  char* html = cmark_render_html(root, 0, cmark_parser_get_syntax_extensions(parser));
  std::string out(html);
  std::free(html);
  cmark_node_free(root);
  cmark_parser_free(parser);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const bool safe = argc > 1 && std::string_view(argv[1]) == "safe";
  g_extensions = safe ? std::vector<const char*>{"table", "tasklist"}
                      : std::vector<const char*>{"table", "strikethrough", "autolink"};
  cmark_gfm_core_extensions_ensure_registered();
  std::string doc;
  for (int i = 0; i < 20; ++i) {
    doc += "Some ~~struck~~ text www.example.com here.\n\n| a | b |\n|---|---|\n| ~~x~~ | y |\n\n";
  }
  const std::string serial = render(doc);
  std::atomic<int> differ{0}, total{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 3000; ++i) {
        if (render(doc) != serial) ++differ;
        ++total;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  std::printf("%s extensions: %d of %d parallel parses differ from the serial parse\n",
              safe ? "vaultlint's" : "strikethrough+autolink", differ.load(), total.load());
  return 0;
}
