#include "read/front_matter_pass.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

#include <algorithm>
#include <atomic>

#include "read/note_reader.hpp"
#include "read/vault_walker.hpp"

namespace vaultlint {

bool read_front_matter(const std::filesystem::path& root, const Config& config, unsigned threads,
                       FrontMatterSink& sink, FrontMatterPass* pass, std::string* error) {
  threads = thread_count(threads);
  WalkResult walked;
  if (!walk_vault(root, config.ignore, &walked, error, /*stat_notes=*/false, threads)) return false;
  ReaderOptions options;
  options.max_file_size = config.max_file_size;
  options.field_checks.sink = &sink;
  options.front_matter_only = true;
  std::atomic<std::size_t> parsed = 0;
  {
    boost::asio::thread_pool pool(threads);
    for (auto& walked_note : walked.notes) {
      if (walked_note.problem != ContentProblem::none) continue;
      boost::asio::post(pool, [&] {
        Note note;
        start_note(walked_note, &note);  // the path, for sinks that name notes
        read_note_file(walked_note.file, options, &note);
        if (note.problem == ContentProblem::none && note.front_matter == FrontMatterState::valid) ++parsed;
      });
    }
    pool.join();
  }
  pass->notes = walked.notes.size();
  pass->parsed = parsed;
  return true;
}

}  // namespace vaultlint
