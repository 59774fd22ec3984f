#pragma once
/// The concept graph: one vertex per note (vertex i is vault.notes[i]), one
/// typed edge per resolved reference, keeping where the reference was written.

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "vaultlint/diagnostic.hpp"

namespace vaultlint {

/// Edge kinds 0..2 are link syntaxes; each configured front-matter edge
/// field gets the next index, in config order (related = 3, challenges = 4
/// by default).
using EdgeKind = std::uint16_t;
inline constexpr EdgeKind kWikilinkEdge = 0;
inline constexpr EdgeKind kEmbedEdge = 1;
inline constexpr EdgeKind kMarkdownEdge = 2;
inline constexpr EdgeKind kFirstFieldEdge = 3;

struct RefEdge {
  EdgeKind kind = kWikilinkEdge;
  SourcePos pos;  ///< in the source note
};

/// Built once, read many times, so compressed sparse rows: an edge is its
/// target, its RefEdge and an in-edge entry, about 24 bytes, where an
/// adjacency_list spent about 100 on list nodes and out- and in-edge
/// vectors (59 MB of the peak at 100,000 notes). edges() lists the edges by
/// source note, each note's in the order they were added; in_edges() too.
using NoteGraph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                                     RefEdge, boost::no_property, std::uint32_t,
                                                     std::uint32_t>;

struct ConceptGraph {
  NoteGraph graph;
  std::vector<std::string> kind_names;  ///< indexed by EdgeKind

  /// Number of edges of each kind, indexed by EdgeKind.
  std::vector<std::size_t> edge_counts_by_kind() const;
};

}  // namespace vaultlint
