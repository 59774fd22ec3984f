// Summary numbers about the concept graph: counts, weakly connected
// components, in-degree and PageRank rankings, broken references per note.
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

#include "vaultlint/export.hpp"

namespace vaultlint {
namespace {

constexpr std::size_t kTop = 10;

/// The highest nonzero values, ties by note index (so by path).
std::vector<GraphStats::Ranked> top(const std::vector<double>& values) {
  std::vector<GraphStats::Ranked> ranked;
  for (std::uint32_t i = 0; i < values.size(); ++i) {
    if (values[i] > 0) ranked.push_back({i, values[i]});
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.value > b.value; });
  if (ranked.size() > kTop) ranked.resize(kTop);
  return ranked;
}

std::vector<std::size_t> component_sizes(const NoteGraph& g) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected u(boost::num_vertices(g));
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    boost::add_edge(boost::source(e, g), boost::target(e, g), u);
  }
  std::vector<int> component(boost::num_vertices(g));
  const int count = component.empty() ? 0 : boost::connected_components(u, component.data());
  std::vector<std::size_t> sizes(static_cast<std::size_t>(count), 0);
  for (const int c : component) ++sizes[static_cast<std::size_t>(c)];
  std::sort(sizes.rbegin(), sizes.rend());
  return sizes;
}

/// PageRank over the graph without parallel edges and self-loops,
/// normalised to sum to 1. The simple graph is compressed rows, as the
/// concept graph is: 100 iterations over a graph whose edges sat in a
/// std::set per note spent most of the command's time walking the sets
/// (10 s at 100,000 notes). Each note's in-edges come in ascending order of
/// their source either way, so every sum adds in the same order.
std::vector<double> page_ranks(const NoteGraph& g) {
  using Simple = boost::compressed_sparse_row_graph<boost::bidirectionalS>;
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::pair<std::size_t, std::size_t>> links;
  links.reserve(boost::num_edges(g));
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    if (boost::source(e, g) != boost::target(e, g)) links.emplace_back(boost::source(e, g), boost::target(e, g));
  }
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  const Simple simple(boost::edges_are_unsorted_multi_pass, links.begin(), links.end(), n);
  std::vector<double> rank(n, 0.0);
  if (n == 0) return rank;
  boost::graph::page_rank(simple,
                          boost::make_iterator_property_map(
                              rank.begin(), boost::get(boost::vertex_index, simple)),
                          boost::graph::n_iterations(100));
  const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  if (total > 0) {
    for (auto& r : rank) r /= total;
  }
  return rank;
}

bool counts_as_broken(RefStatus status) {
  return status == RefStatus::broken || status == RefStatus::ambiguous ||
         status == RefStatus::missing_heading || status == RefStatus::missing_block;
}

}  // namespace

GraphStats graph_stats(const Vault& vault) {
  const auto& g = vault.graph.graph;
  GraphStats stats;
  stats.notes = vault.notes.size();
  stats.edges = boost::num_edges(g);

  std::map<std::string, std::size_t> types;
  for (const auto& note : vault.notes) ++types[note.type];
  for (const auto& [type, count] : types) stats.notes_by_type.push_back({type, count});
  const auto by_kind = vault.graph.edge_counts_by_kind();
  for (std::size_t k = 0; k < by_kind.size(); ++k) {
    stats.edges_by_kind.push_back({vault.graph.kind_names[k], by_kind[k]});
  }

  stats.component_sizes = component_sizes(g);
  std::vector<double> in_degree(stats.notes, 0);
  std::vector<bool> linked(stats.notes, false);
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto s = boost::source(e, g);
    const auto t = boost::target(e, g);
    in_degree[t] += 1;
    if (s != t) linked[s] = linked[t] = true;
  }
  for (std::uint32_t i = 0; i < stats.notes; ++i) {
    if (!linked[i]) stats.isolated.push_back(i);
  }
  stats.top_in_degree = top(in_degree);
  stats.top_pagerank = top(page_ranks(g));

  std::vector<double> broken(stats.notes, 0);
  for (const auto& ref : vault.references) {
    if (counts_as_broken(ref.status)) broken[ref.source] += 1;
  }
  stats.most_broken = top(broken);
  return stats;
}

}  // namespace vaultlint
