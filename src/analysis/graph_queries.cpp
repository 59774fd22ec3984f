// Questions about single notes: the shortest chain of references between
// two notes, and every reference into one.
#include <deque>

#include "vaultlint/export.hpp"

namespace vaultlint {

std::optional<std::vector<PathHop>> shortest_path(const Vault& vault, std::uint32_t from,
                                                  std::uint32_t to, bool undirected) {
  const auto edges = sorted_edges(vault);
  // Steps from each note, in sorted edge order so ties break the same way
  // every run.
  std::vector<std::vector<PathHop>> steps(vault.notes.size());
  for (const auto& e : edges) {
    steps[e.source].push_back({e, false});
    if (undirected) steps[e.target].push_back({e, true});
  }
  std::vector<std::optional<PathHop>> reached_by(vault.notes.size());
  std::vector<bool> seen(vault.notes.size(), false);
  std::deque<std::uint32_t> queue{from};
  seen[from] = true;
  while (!queue.empty() && !seen[to]) {
    const auto v = queue.front();
    queue.pop_front();
    for (const auto& hop : steps[v]) {
      const auto w = hop.reversed ? hop.edge.source : hop.edge.target;
      if (seen[w]) continue;
      seen[w] = true;
      reached_by[w] = hop;
      queue.push_back(w);
    }
  }
  if (!seen[to]) return std::nullopt;
  std::vector<PathHop> path;
  for (auto v = to; v != from;) {
    const PathHop& hop = *reached_by[v];
    path.insert(path.begin(), hop);
    v = hop.reversed ? hop.edge.target : hop.edge.source;
  }
  return path;
}

std::vector<GraphEdge> backlinks(const Vault& vault, std::uint32_t note) {
  std::vector<GraphEdge> into;
  for (const auto& e : sorted_edges(vault)) {
    if (e.target == note) into.push_back(e);
  }
  return into;
}

}  // namespace vaultlint
