// Choosing the part of the concept graph to export: note masks from types,
// tags and globs, edge kinds, and a BFS neighbourhood around one note.
#include <algorithm>
#include <deque>
#include <tuple>

#include "resolve/note_index.hpp"
#include "text/glob.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool note_passes(const Note& note, const GraphFilter& filter) {
  if (!filter.types.empty() && !contains(filter.types, note.type)) return false;
  if (!filter.tags.empty() &&
      std::none_of(note.tags.begin(), note.tags.end(),
                   [&](const std::string& tag) { return contains(filter.tags, tag); })) {
    return false;
  }
  return std::none_of(filter.exclude_globs.begin(), filter.exclude_globs.end(),
                      [&](const std::string& glob) { return glob_match(glob, note.path); });
}

/// Notes within `depth` hops of `start` over `edges`, which are already
/// restricted to kept kinds.
std::vector<bool> neighbourhood(std::size_t note_count, const std::vector<GraphEdge>& edges,
                                std::uint32_t start, int depth, Direction direction) {
  std::vector<std::vector<std::uint32_t>> next(note_count);
  for (const auto& e : edges) {
    if (direction != Direction::in) next[e.source].push_back(e.target);
    if (direction != Direction::out) next[e.target].push_back(e.source);
  }
  std::vector<int> distance(note_count, -1);
  std::deque<std::uint32_t> queue{start};
  distance[start] = 0;
  while (!queue.empty()) {
    const auto v = queue.front();
    queue.pop_front();
    if (distance[v] >= depth) continue;
    for (const auto w : next[v]) {
      if (distance[w] >= 0) continue;
      distance[w] = distance[v] + 1;
      queue.push_back(w);
    }
  }
  std::vector<bool> reached(note_count);
  for (std::size_t i = 0; i < note_count; ++i) reached[i] = distance[i] >= 0;
  return reached;
}

}  // namespace

std::vector<GraphEdge> sorted_edges(const Vault& vault) {
  const auto& g = vault.graph.graph;
  std::vector<GraphEdge> edges;
  edges.reserve(boost::num_edges(g));
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    edges.push_back(GraphEdge{static_cast<std::uint32_t>(boost::source(e, g)),
                              static_cast<std::uint32_t>(boost::target(e, g)), g[e].kind,
                              g[e].pos});
  }
  // Notes are sorted by path, so note indices order like paths.
  std::sort(edges.begin(), edges.end(), [](const GraphEdge& a, const GraphEdge& b) {
    return std::tie(a.source, a.pos.line, a.pos.column, a.kind, a.target) <
           std::tie(b.source, b.pos.line, b.pos.column, b.kind, b.target);
  });
  return edges;
}

bool find_note(const Vault& vault, std::string_view name, std::uint32_t* note,
               std::string* error) {
  const NoteIndex index(vault.notes, vault.files);
  if (auto exact = index.note_at(name)) {
    *note = *exact;
    return true;
  }
  if (auto with_ext = index.note_at(std::string(name) + ".md")) {
    *note = *with_ext;
    return true;
  }
  auto found = index.notes_named(name);
  if (found.empty()) {
    std::string_view path = name;
    if (path.size() > 3 && path.substr(path.size() - 3) == ".md") path.remove_suffix(3);
    found = index.notes_at_path_suffix(path);
  }
  if (found.size() == 1) {
    *note = found.front();
    return true;
  }
  if (found.empty()) {
    *error = "no note named '" + std::string(name) + "'";
  } else {
    *error = "'" + std::string(name) + "' names " + std::to_string(found.size()) + " notes:";
    for (const auto i : found) *error += " " + vault.notes[i].path;
  }
  return false;
}

GraphSelection select_all(const Vault& vault) {
  GraphSelection selection;
  std::string unused;
  select_graph(vault, GraphFilter{}, &selection, &unused);
  return selection;
}

bool select_graph(const Vault& vault, const GraphFilter& filter, GraphSelection* selection,
                  std::string* error) {
  const auto& kinds = vault.graph.kind_names;
  std::vector<bool> kind_kept(kinds.size(), filter.edge_kinds.empty());
  for (const auto& name : filter.edge_kinds) {
    const auto it = std::find(kinds.begin(), kinds.end(), name);
    if (it == kinds.end()) {
      *error = "unknown edge kind '" + name + "' (known:";
      for (const auto& k : kinds) *error += " " + k;
      *error += ")";
      return false;
    }
    kind_kept[static_cast<std::size_t>(it - kinds.begin())] = true;
  }

  const std::size_t count = vault.notes.size();
  selection->kinds = kind_kept;
  selection->notes.assign(count, false);
  for (std::size_t i = 0; i < count; ++i) {
    selection->notes[i] = note_passes(vault.notes[i], filter);
  }
  auto kept_edges = [&] {
    std::vector<GraphEdge> kept;
    for (const auto& e : sorted_edges(vault)) {
      if (kind_kept[e.kind] && selection->notes[e.source] && selection->notes[e.target]) {
        kept.push_back(e);
      }
    }
    return kept;
  };
  selection->edges = kept_edges();

  if (filter.from) {
    std::uint32_t start = 0;
    if (!find_note(vault, *filter.from, &start, error)) return false;
    if (!selection->notes[start]) {
      *error = "note '" + vault.notes[start].path + "' is excluded by the other filters";
      return false;
    }
    const auto reached =
        neighbourhood(count, selection->edges, start, filter.depth, filter.direction);
    for (std::size_t i = 0; i < count; ++i) selection->notes[i] = selection->notes[i] && reached[i];
    selection->edges = kept_edges();
  }
  return true;
}

}  // namespace vaultlint
