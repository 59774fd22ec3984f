// GraphML with typed attribute keys; text is XML-escaped and stripped of
// characters XML 1.0 forbids.
#include "export/block_writer.hpp"
#include "export/formatted_once.hpp"
#include "text/xml_escape.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint {

namespace {

std::string join_tags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& tag : tags) {
    if (!out.empty()) out += ',';
    out += tag;
  }
  return out;
}

void data(std::ostream& out, std::string_view key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}

}  // namespace

void write_graphml(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                   const ExportOptions& /*options*/) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"title\" for=\"node\" attr.name=\"title\" attr.type=\"string\"/>\n"
         "  <key id=\"tags\" for=\"node\" attr.name=\"tags\" attr.type=\"string\"/>\n"
         "  <key id=\"path\" for=\"node\" attr.name=\"path\" attr.type=\"string\"/>\n"
         "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
         "  <key id=\"line\" for=\"edge\" attr.name=\"line\" attr.type=\"int\"/>\n"
         "  <key id=\"column\" for=\"edge\" attr.name=\"column\" attr.type=\"int\"/>\n"
         "  <graph id=\"vault\" edgedefault=\"directed\">\n";
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    if (!selection.notes[i]) continue;
    const Note& note = vault.notes[i];
    out << "    <node id=\"" << xml_escape(note.path) << "\">\n";
    data(out, "type", note.type);
    data(out, "title", note.title.empty() ? note.display_id() : note.title);
    data(out, "tags", join_tags(note.tags));
    data(out, "path", note.path);
    out << "    </node>\n";
  }
  const auto escaped_paths = paths_formatted(vault, selection, xml_escape);
  const auto escaped_kinds = kinds_formatted(vault, xml_escape);
  BlockWriter edges(out);
  for (std::size_t number = 0; number < selection.edges.size(); ++number) {
    const GraphEdge& e = selection.edges[number];
    (edges << "    <edge id=\"e").number(number)
        << "\" source=\"" << escaped_paths[e.source] << "\" target=\"" << escaped_paths[e.target]
        << "\">\n      <data key=\"kind\">" << escaped_kinds[e.kind] << "</data>\n      <data key=\"line\">";
    (edges.number(e.pos.line) << "</data>\n      <data key=\"column\">").number(e.pos.column)
        << "</data>\n    </edge>\n";
    edges.item_done();
  }
  edges.flush();
  out << "  </graph>\n</graphml>\n";
}

}  // namespace vaultlint
