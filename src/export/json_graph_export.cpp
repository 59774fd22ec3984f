// NetworkX node-link JSON: a directed multigraph that
// networkx.node_link_graph reads as it is.
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "vaultlint/export.hpp"

namespace vaultlint {

void write_json_graph(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                      const ExportOptions& /*options*/) {
  using nlohmann::ordered_json;
  ordered_json doc;
  doc["directed"] = true;
  doc["multigraph"] = true;
  doc["graph"] = {{"name", "vaultlint"}, {"edge_kinds", vault.graph.kind_names}};
  auto& nodes = doc["nodes"] = ordered_json::array();
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    if (!selection.notes[i]) continue;
    const Note& note = vault.notes[i];
    nodes.push_back({{"id", note.path},
                     {"path", note.path},
                     {"type", note.type},
                     {"tags", note.tags},
                     {"title", note.title.empty() ? note.display_id() : note.title}});
  }
  auto& links = doc["links"] = ordered_json::array();
  // Keys number the parallel edges between one pair of notes, from 0.
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> keys;
  for (const auto& e : selection.edges) {
    links.push_back({{"source", vault.notes[e.source].path},
                     {"target", vault.notes[e.target].path},
                     {"kind", vault.graph.kind_names[e.kind]},
                     {"line", e.pos.line},
                     {"column", e.pos.column},
                     {"key", keys[{e.source, e.target}]++}});
  }
  out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace vaultlint
