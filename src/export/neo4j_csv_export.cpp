// Neo4j bulk-import CSV. The headers follow `neo4j-admin database import`:
// `path:ID` names the node id column (kept as the `path` property),
// `:LABEL` and `:TYPE` carry labels and relationship types, `name:int` and
// `name:string[]` type a column. Arrays use the importer's default ';'.
#include <cctype>
#include <string>
#include <vector>

#include "export/block_writer.hpp"
#include "export/formatted_once.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint {
namespace {

/// A CSV field, always quoted, with '"' doubled (RFC 4180, and the
/// importer's default). Newlines stay inside the quotes; they load with
/// --multiline-fields=true, which docs/graph.md's command passes.
std::string csv_field(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

/// An array column: items joined by ';'. An item holding ';' would split on
/// import, so its ';' is dropped with the note's other separators.
std::string csv_array(const std::vector<std::string>& items) {
  std::string joined;
  for (const auto& item : items) {
    if (!joined.empty()) joined += ';';
    for (const char c : item) {
      if (c != ';') joined += c;
    }
  }
  return csv_field(joined);
}

bool is_word_separator(char c) { return c == '-' || c == '_' || c == ' ' || c == '.' || c == ';'; }

}  // namespace

std::string neo4j_label(std::string_view type) {
  std::string label;
  bool word_start = true;
  for (const char c : type) {
    if (is_word_separator(c)) {
      word_start = true;
      continue;
    }
    label += word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    word_start = false;
  }
  return label;
}

std::string neo4j_relationship_type(std::string_view kind) {
  std::string type;
  for (const char c : kind) {
    const auto byte = static_cast<unsigned char>(c);
    type += std::isalnum(byte) ? static_cast<char>(std::toupper(byte)) : byte >= 0x80 ? c : '_';
  }
  return type;
}

void write_neo4j_nodes(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                       const ExportOptions& /*options*/) {
  out << "path:ID,:LABEL,id,title,type,tags:string[],aliases:string[]\n";
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    if (!selection.notes[i]) continue;
    const Note& note = vault.notes[i];
    std::string labels = "Note";
    if (const auto label = neo4j_label(note.type); !label.empty() && label != "Note") {
      labels += ';' + label;
    }
    out << csv_field(note.path) << ',' << csv_field(labels) << ','
        << csv_field(note.display_id()) << ','
        << csv_field(note.title.empty() ? note.display_id() : note.title) << ','
        << csv_field(note.type) << ',' << csv_array(note.tags) << ',' << csv_array(note.aliases)
        << '\n';
  }
}

void write_neo4j_relationships(std::ostream& out, const Vault& vault,
                               const GraphSelection& selection, const ExportOptions& /*options*/) {
  out << ":START_ID,:END_ID,:TYPE,kind,line:int,column:int\n";
  const auto quoted_paths = paths_formatted(vault, selection, csv_field);
  const auto kind_columns = kinds_formatted(vault, [](const std::string& kind) {
    return csv_field(neo4j_relationship_type(kind)) + ',' + csv_field(kind);
  });
  BlockWriter rows(out);
  for (const auto& e : selection.edges) {
    rows << quoted_paths[e.source] << ',' << quoted_paths[e.target] << ',' << kind_columns[e.kind] << ',';
    (rows.number(e.pos.line) << ',').number(e.pos.column) << '\n';
    rows.item_done();
  }
  rows.flush();
}

}  // namespace vaultlint
