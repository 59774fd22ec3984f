#include "vaultlint/vault.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <thread>

#include "read/markdown_body.hpp"
#include "read/note_reader.hpp"
#include "read/vault_walker.hpp"
#include "resolve/note_index.hpp"
#include "resolve/resolver.hpp"
#include "text/vault_path.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint {
namespace {

/// The value checks the read stage runs: only those whose rule is on.
FieldChecks field_checks_for(const Config& config) {
  FieldChecks checks;
  if (config.schemas && rule_severity(config, kSchemaViolationRule) != Severity::off) {
    checks.schemas = config.schemas.get();
  }
  if (!config.synonyms.empty() && rule_severity(config, kConflictingFieldsRule) != Severity::off) {
    checks.synonyms = &config.synonyms;
  }
  return checks;
}

ConceptGraph build_graph(std::size_t note_count,
                         const std::vector<std::string>& edge_fields) {
  ConceptGraph graph;
  graph.kind_names = {"wikilink", "embed", "markdown"};
  graph.kind_names.insert(graph.kind_names.end(), edge_fields.begin(), edge_fields.end());
  graph.graph = NoteGraph(note_count);
  return graph;
}

}  // namespace

SourcePos Vault::pos_of(const Reference& ref) const {
  return ref.from_field ? field_of(ref).pos : link_of(ref).pos;
}

std::vector<std::size_t> ConceptGraph::edge_counts_by_kind() const {
  std::vector<std::size_t> counts(kind_names.size(), 0);
  for (const auto edge : boost::make_iterator_range(boost::edges(graph))) {
    const EdgeKind kind = graph[edge].kind;
    if (kind < counts.size()) ++counts[kind];
  }
  return counts;
}

bool load_vault(const std::filesystem::path& root, const Config& config,
                const LoadOptions& options, Vault* vault, std::string* error) {
  WalkResult walked;
  if (!walk_vault(root, config.ignore, &walked, error)) return false;

  vault->root = root;
  vault->files = std::move(walked.other_files);
  vault->unreadable_folders = std::move(walked.unreadable_folders);
  vault->notes.resize(walked.notes.size());
  for (std::size_t i = 0; i < walked.notes.size(); ++i) {
    Note& note = vault->notes[i];
    note.path = walked.notes[i].path;
    note.stem = std::string(stem_of(note.path));
    note.problem = walked.notes[i].problem;
    note.problem_detail = walked.notes[i].detail;
  }

  // Reading and parsing notes is the expensive, independent part: one task
  // per note on a pool. Each task writes only its own Note.
  register_markdown_extensions();
  const ReaderOptions reader{config.edge_fields, config.max_file_size, field_checks_for(config)};
  unsigned threads = options.threads != 0 ? options.threads : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;
  {
    boost::asio::thread_pool pool(threads);
    for (std::size_t i = 0; i < walked.notes.size(); ++i) {
      if (walked.notes[i].problem != ContentProblem::none) continue;
      boost::asio::post(pool, [&, i] {
        read_note_file(walked.notes[i].file, walked.notes[i].size, reader, &vault->notes[i]);
      });
    }
    pool.join();
  }

  const NoteIndex index(vault->notes, vault->files);
  vault->references = resolve_references(vault->notes, index, config.edge_fields);
  vault->graph = build_graph(vault->notes.size(), config.edge_fields);
  for (const auto& ref : vault->references) {
    if (ref.status != RefStatus::resolved) continue;
    boost::add_edge(ref.source, static_cast<std::size_t>(ref.target),
                    RefEdge{ref.kind, vault->pos_of(ref)}, vault->graph.graph);
  }
  return true;
}

}  // namespace vaultlint
