// NetworkX node-link JSON: a directed multigraph that
// networkx.node_link_graph reads as it is.
//
// Written one node and one link at a time, laid out as nlohmann::json's
// dump(2) lays out the whole document: as one JSON value, that document
// took 890 MiB at 100,000 notes (600,000 links), three times the vault.
#include <tsl/robin_map.h>
#include <xxhash.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "export/block_writer.hpp"
#include "export/formatted_once.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint {
namespace {

using nlohmann::ordered_json;

/// Appends `value` as dump(2) writes it, every line after the first
/// indented by `indent` more spaces, as it would be `indent` deep inside a
/// document dumped whole. Raw newlines only separate lines: inside strings
/// they are escaped.
void append_indented(const ordered_json& value, std::size_t indent, std::string* out) {
  const std::string text = value.dump(2, ' ', false, ordered_json::error_handler_t::replace);
  for (const char c : text) {
    *out += c;
    if (c == '\n') out->append(indent, ' ');
  }
}

/// A pair of note numbers as one key. std::hash of an integer is the
/// integer itself, and the map keeps the low bits: every pair with one
/// target would share a bucket, and the map grows without end trying to
/// spread them (it did, to 24 GiB at 100,000 notes).
struct PairHash {
  std::size_t operator()(std::uint64_t pair) const { return XXH3_64bits(&pair, sizeof pair); }
};

/// `text` as a JSON string, quotes included, escaped as dump() escapes it.
std::string json_string(std::string_view text) {
  return ordered_json(text).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

/// Writes a top-level array a member at a time, in blocks: "[]" when it
/// has none, as dump(2) writes an empty array.
class ArrayWriter {
 public:
  explicit ArrayWriter(std::ostream& out) : block_(out) {}
  /// Where the next member's text goes, four spaces deep.
  BlockWriter& next_member() {
    block_.item_done();
    block_ << (count_++ == 0 ? "[\n    " : ",\n    ");
    return block_;
  }
  void finish() {
    block_ << (count_ == 0 ? "[]" : "\n  ]");
    block_.flush();
  }

 private:
  BlockWriter block_;
  std::size_t count_ = 0;
};

}  // namespace

void write_json_graph(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                      const ExportOptions& /*options*/) {
  std::string head = "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": ";
  append_indented({{"name", "vaultlint"}, {"edge_kinds", vault.graph.kind_names}}, 2, &head);
  head += ",\n  \"nodes\": ";
  out << head;
  ArrayWriter nodes(out);
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    if (!selection.notes[i]) continue;
    const Note& note = vault.notes[i];
    const ordered_json node = {{"id", note.path},
                               {"path", note.path},
                               {"type", note.type},
                               {"tags", note.tags},
                               {"title", note.title.empty() ? note.display_id() : note.title}};
    append_indented(node, 4, &nodes.next_member().text());
  }
  nodes.finish();
  out << ",\n  \"links\": ";
  // Links are most of the document, and their strings are the notes'
  // paths, escaped once by the same library; the links are laid out here
  // as dump(2) lays them out.
  const auto quoted_paths = paths_formatted(vault, selection, json_string);
  const auto quoted_kinds = kinds_formatted(vault, json_string);
  // Keys number the parallel edges between one pair of notes, from 0.
  tsl::robin_map<std::uint64_t, int, PairHash> keys;
  ArrayWriter links(out);
  for (const GraphEdge& e : selection.edges) {
    BlockWriter& link = links.next_member();
    link << "{\n      \"source\": " << quoted_paths[e.source] << ",\n      \"target\": "
         << quoted_paths[e.target] << ",\n      \"kind\": " << quoted_kinds[e.kind] << ",\n      \"line\": ";
    (link.number(e.pos.line) << ",\n      \"column\": ").number(e.pos.column) << ",\n      \"key\": ";
    link.number(keys[(std::uint64_t{e.source} << 32) | e.target]++) << "\n    }";
  }
  links.finish();
  out << "\n}\n";
}

}  // namespace vaultlint
