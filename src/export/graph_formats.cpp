// The table of graph export formats.
#include <array>

#include "vaultlint/export.hpp"

namespace vaultlint {
namespace {

constexpr std::array kNeo4jFiles = {
    GraphFormatFile{"nodes.csv", write_neo4j_nodes},
    GraphFormatFile{"relationships.csv", write_neo4j_relationships},
};

constexpr std::array kGraphFormats = {
    GraphFormat{"dot", "Graphviz DOT, styled by note type and edge kind", write_dot},
    GraphFormat{"json", "NetworkX node-link JSON (directed multigraph)", write_json_graph},
    GraphFormat{"graphml", "GraphML with typed node and edge attributes", write_graphml},
#ifdef VAULTLINT_HTML
    GraphFormat{"html",
                "one self-contained interactive page: search, filters, each note's front matter, "
                "backlinks and findings",
                write_html_graph, {}, true},
#endif
    GraphFormat{"neo4j",
                "nodes.csv and relationships.csv for neo4j-admin database import (-o DIR)",
                nullptr, kNeo4jFiles},
};

}  // namespace

std::span<const GraphFormat> graph_formats() { return kGraphFormats; }

const GraphFormat* find_graph_format(std::string_view name) {
  for (const auto& format : kGraphFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

}  // namespace vaultlint
