#pragma once
/// Exporting the concept graph (DOT, node-link JSON, GraphML), choosing which
/// part of it to export, and questions asked of it (stats, paths, backlinks).

#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vaultlint/diagnostic.hpp"
#include "vaultlint/vault.hpp"

namespace vaultlint {

/// One graph edge, flattened: notes by index into Vault::notes.
struct GraphEdge {
  std::uint32_t source = 0;
  std::uint32_t target = 0;
  EdgeKind kind = kWikilinkEdge;
  SourcePos pos;  ///< in the source note
};

/// Every edge of vault.graph in export order: source path, line, column,
/// kind, target path.
std::vector<GraphEdge> sorted_edges(const Vault& vault);

enum class Direction { out, in, both };

/// What part of the graph to keep. Empty lists keep everything.
struct GraphFilter {
  std::vector<std::string> types;          ///< keep notes of these types
  std::vector<std::string> tags;           ///< keep notes with any of these tags
  std::vector<std::string> edge_kinds;     ///< keep edges of these kinds
  std::vector<std::string> exclude_globs;  ///< drop notes whose path matches
  std::optional<std::string> from;         ///< keep only the neighbourhood of this note
  int depth = 1;                           ///< hops from `from`
  Direction direction = Direction::both;
};

/// The part of the graph an exporter writes: a note mask (indexed like
/// Vault::notes) and the kept edges (both ends kept), in sorted_edges order.
struct GraphSelection {
  std::vector<bool> notes;
  std::vector<GraphEdge> edges;
  std::vector<bool> kinds;  ///< edge kinds kept, indexed by EdgeKind
};

/// The whole graph.
GraphSelection select_all(const Vault& vault);

/// Applies `filter`. Returns false with *error for an unknown edge kind or a
/// `from` that names no note (or several).
bool select_graph(const Vault& vault, const GraphFilter& filter, GraphSelection* selection,
                  std::string* error);

/// Finds a note by vault path (with or without ".md"), id, stem or alias.
/// Returns false with *error when nothing or more than one note matches.
bool find_note(const Vault& vault, std::string_view name, std::uint32_t* note,
               std::string* error);

struct ExportOptions {
  std::string cluster;           ///< DOT: "", "type" or "folder"
  bool include_missing = false;  ///< DOT: unresolved targets as dashed nodes
  /// HTML: the vault's findings (check_vault), each shown on its note.
  std::vector<Diagnostic> findings;
  /// HTML: each note's front matter as written, indexed like Vault::notes
  /// (see read_front_matter_texts); empty: none shown.
  std::vector<std::string> front_matter;
  /// HTML: with more notes than this the page opens on one note's
  /// neighbourhood instead of the whole graph.
  std::size_t full_view_limit = 1500;
};

using GraphExporter = void (*)(std::ostream& out, const Vault& vault,
                               const GraphSelection& selection, const ExportOptions& options);

/// One file of a format that writes a directory of files.
struct GraphFormatFile {
  std::string_view name;
  GraphExporter write;
};

/// An export format: either one stream (`write`) or, when `files` is not
/// empty, a directory holding each of `files`.
struct GraphFormat {
  std::string_view name;
  std::string_view help;
  GraphExporter write = nullptr;
  std::span<const GraphFormatFile> files = {};
  /// Shows findings and front matter: wants ExportOptions::findings and
  /// ExportOptions::front_matter filled.
  bool page = false;
};

/// Every export format, in the order they are documented.
std::span<const GraphFormat> graph_formats();
const GraphFormat* find_graph_format(std::string_view name);

void write_dot(std::ostream& out, const Vault& vault, const GraphSelection& selection,
               const ExportOptions& options);
/// NetworkX node-link JSON (networkx.node_link_graph reads it).
void write_json_graph(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                      const ExportOptions& options);
void write_graphml(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                   const ExportOptions& options);

/// One self-contained HTML page (docs/graph.md): the graph drawn with the
/// embedded cytoscape, searchable and filterable, each note's front matter,
/// backlinks and findings on a click. Only in builds with VAULTLINT_HTML.
void write_html_graph(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                      const ExportOptions& options);
/// The JSON document the HTML graph page draws (docs/graph.md), compact,
/// ready to sit inside a <script> element ('<', '>', '&', U+2028 and U+2029
/// written as \u escapes).
std::string graph_page_data(const Vault& vault, const GraphSelection& selection,
                            const ExportOptions& options);
/// The vault's folder name as pages show it: the last component of the
/// absolute root ("demo" for "vault-samples/demo/", the folder's own name for ".").
std::string vault_display_name(const Vault& vault);
/// Each kept note's front matter as written (the lines between the '---'
/// fences), read again from the vault; cut at `limit` bytes with "\n…" added.
/// "" for notes not kept, without front matter, or unreadable now.
std::vector<std::string> read_front_matter_texts(const Vault& vault,
                                                 const std::vector<bool>& notes,
                                                 std::size_t limit = 4096);

/// Neo4j bulk-import CSV (`neo4j-admin database import`): nodes with the
/// label Note plus one label per type, relationships typed by edge kind.
void write_neo4j_nodes(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                       const ExportOptions& options);
void write_neo4j_relationships(std::ostream& out, const Vault& vault,
                               const GraphSelection& selection, const ExportOptions& options);
/// The Neo4j label of a note type: its words (split at '-', '_', ' ' and
/// '.') capitalised and joined, "contrarian-insight" -> "ContrarianInsight".
std::string neo4j_label(std::string_view type);
/// The Neo4j relationship type of an edge kind: "related" -> "RELATED".
std::string neo4j_relationship_type(std::string_view kind);

/// DOT quoted-string body: '\' -> "\\", '"' -> "\"", newline -> "\n",
/// other control characters but tab -> "\xHH". Distinct texts stay distinct.
std::string dot_escape(std::string_view text);

/// Summary numbers about the whole graph.
struct GraphStats {
  struct Count {
    std::string name;
    std::size_t count = 0;
  };
  struct Ranked {
    std::uint32_t note = 0;
    double value = 0;
  };
  std::size_t notes = 0;
  std::size_t edges = 0;
  std::vector<Count> notes_by_type;   ///< sorted by type name; "" for untyped
  std::vector<Count> edges_by_kind;   ///< in EdgeKind order
  std::vector<std::size_t> component_sizes;  ///< weakly connected, largest first
  std::vector<std::uint32_t> isolated;       ///< no edge in or out (self-loops aside)
  std::vector<Ranked> top_in_degree;  ///< up to 10, ties by path
  std::vector<Ranked> top_pagerank;   ///< up to 10, ties by path
  std::vector<Ranked> most_broken;    ///< notes with broken references, up to 10
};

GraphStats graph_stats(const Vault& vault);

/// Stats for people: aligned sections, one fact a line.
void write_stats_text(std::ostream& out, const Vault& vault, const GraphStats& stats);
/// Stats for programs; PageRank values rounded to 6 decimals.
void write_stats_json(std::ostream& out, const Vault& vault, const GraphStats& stats);

/// One step of a path: an edge followed forwards, or backwards in an
/// undirected search.
struct PathHop {
  GraphEdge edge;
  bool reversed = false;
};

/// Shortest path from `from` to `to` along out-edges (fewest hops; among
/// equals, earliest edges in sorted order). With `undirected`, edges may be
/// followed either way. nullopt when there is none.
std::optional<std::vector<PathHop>> shortest_path(const Vault& vault, std::uint32_t from,
                                                  std::uint32_t to, bool undirected);

/// Every edge into `note`, in sorted_edges order.
std::vector<GraphEdge> backlinks(const Vault& vault, std::uint32_t note);

}  // namespace vaultlint
