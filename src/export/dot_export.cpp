// Graphviz DOT: notes as nodes labelled by title, shaped and coloured by
// type (with a legend), edges styled by kind. Every ID is a quoted string.
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "export/block_writer.hpp"
#include "export/formatted_once.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint {
namespace {

struct TypeStyle {
  std::string_view type;
  std::string_view shape;
  std::string_view color;
};

// Types vaultlint's sample vaults use; any other type gets kOtherType.
constexpr TypeStyle kTypeStyles[] = {
    {"claim", "box", "#fff2a8"},           {"concept", "ellipse", "#b8d8f8"},
    {"contrarian-insight", "octagon", "#f8c8c8"}, {"entity", "hexagon", "#c8ecc0"},
    {"framework", "component", "#e0c8f0"}, {"insight", "diamond", "#f8d8b0"},
    {"prereq", "invhouse", "#d8d8d8"},     {"quote", "parallelogram", "#f0e0d0"},
    {"source", "note", "#ffffff"},
};
constexpr TypeStyle kOtherType{"", "ellipse", "#f4f4f4"};

const TypeStyle& style_of(std::string_view type) {
  for (const auto& style : kTypeStyles) {
    if (style.type == type) return style;
  }
  return kOtherType;
}

std::string_view edge_style(std::string_view kind) {
  if (kind == "wikilink") return "style=solid";
  if (kind == "embed") return "style=bold";
  if (kind == "markdown") return "style=dotted";
  if (kind == "related") return "style=dashed";
  if (kind == "challenges") return "color=red";
  return "style=solid, color=gray40";
}

/// Appends `text` to *out as dot_escape() writes it. Most text needs no
/// escape at all, so it is copied a run at a time, not a byte at a time.
void append_dot_escaped(std::string_view text, std::string* out) {
  const auto plain = [](char c) {
    return c != '\\' && c != '"' && (static_cast<unsigned char>(c) >= 0x20 || c == '\t');
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t run = static_cast<std::size_t>(
        std::find_if_not(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(), plain) - text.begin());
    out->append(text.substr(i, run - i));
    if (run == text.size()) break;
    const char c = text[run];
    if (c == '\\') {
      *out += "\\\\";
    } else if (c == '"') {
      *out += "\\\"";
    } else if (c == '\n') {
      *out += "\\n";
    } else {
      // No DOT escape exists for other control characters, and SVG cannot
      // carry them: write them as "\xHH", which no file name produces since
      // its own backslashes are doubled.
      constexpr char kHex[] = "0123456789abcdef";
      *out += "\\x";
      *out += kHex[(c >> 4) & 0xF];
      *out += kHex[c & 0xF];
    }
    i = run + 1;
  }
}

void append_dot_string(std::string_view text, std::string* out) {
  *out += '"';
  append_dot_escaped(text, out);
  *out += '"';
}

std::string dot_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_dot_string(text, &out);
  return out;
}

/// Makes one node's line.
void write_node(BlockWriter& out, const Note& note, std::string_view indent) {
  const auto& style = style_of(note.type);
  std::string& line = out.text();
  line += indent;
  append_dot_string(note.path, &line);
  line += " [label=";
  append_dot_string(note.title.empty() ? note.display_id() : note.title, &line);
  line += ", type=";
  append_dot_string(note.type, &line);
  line += ", tags=\"";
  for (std::size_t i = 0; i < note.tags.size(); ++i) {
    if (i > 0) line += ',';
    append_dot_escaped(note.tags[i], &line);
  }
  line += "\", shape=";
  line += style.shape;
  line += ", fillcolor=";
  append_dot_string(style.color, &line);
  line += "];\n";
  out.item_done();
}

std::string folder_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

/// Broken references from kept notes: target as written -> sources.
std::map<std::string, std::vector<const Reference*>> missing_targets(
    const Vault& vault, const GraphSelection& selection) {
  std::map<std::string, std::vector<const Reference*>> missing;
  for (const auto& ref : vault.references) {
    if (ref.status != RefStatus::broken || !selection.notes[ref.source]) continue;
    if (ref.kind >= selection.kinds.size() || !selection.kinds[ref.kind]) continue;
    std::string name(ref.from_field ? std::string_view(vault.field_of(ref).value)
                                     : vault.link_of(ref).target());
    if (!ref.resolved_path().empty()) name = ref.resolved_path();
    if (name.size() > 4 && name.starts_with("[[") && name.ends_with("]]")) {
      name = name.substr(2, name.size() - 4);
    }
    if (name.empty()) continue;
    missing[name].push_back(&ref);
  }
  return missing;
}

/// Note types by shape and colour; below them, each edge kind present as a
/// short styled arrow between two point nodes, labelled with the kind.
void write_legend(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                  const std::set<std::string>& types_present) {
  out << "  subgraph cluster_legend {\n"
         "    label=\"Legend\";\n";
  for (const auto& type : types_present) {
    const auto& style = style_of(type);
    out << "    " << dot_string("//legend/" + type) << " [label=" << dot_string(type.empty() ? "(no type)" : type)
        << ", shape=" << style.shape << ", fillcolor=" << dot_string(style.color) << "];\n";
  }
  std::vector<bool> kinds_present(vault.graph.kind_names.size(), false);
  for (const auto& e : selection.edges) kinds_present[e.kind] = true;
  for (std::size_t kind = 0; kind < kinds_present.size(); ++kind) {
    if (!kinds_present[kind]) continue;
    const auto& name = vault.graph.kind_names[kind];
    const std::string from = "//legend-edge/" + name;
    const std::string to = from + "/to";
    out << "    " << dot_string(from) << " [shape=point, width=0.05, label=\"\"];\n"
        << "    " << dot_string(to) << " [shape=plaintext, style=\"\", label=" << dot_string(name)
        << "];\n"
        << "    " << dot_string(from) << " -> " << dot_string(to) << " [" << edge_style(name)
        << "];\n";
  }
  out << "  }\n";
}

}  // namespace

std::string dot_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_dot_escaped(text, &out);
  return out;
}

void write_dot(std::ostream& out, const Vault& vault, const GraphSelection& selection,
               const ExportOptions& options) {
  out << "digraph vault {\n"
         "  graph [rankdir=LR, fontname=\"Helvetica\"];\n"
         "  node [style=filled, fontname=\"Helvetica\"];\n"
         "  edge [fontname=\"Helvetica\"];\n";

  // Nodes and edges are made in blocks.
  BlockWriter lines(out);
  std::set<std::string> types_present;
  std::map<std::string, std::vector<std::uint32_t>> clusters;
  for (std::uint32_t i = 0; i < vault.notes.size(); ++i) {
    if (!selection.notes[i]) continue;
    const Note& note = vault.notes[i];
    types_present.insert(note.type);
    if (options.cluster == "type") {
      clusters[note.type].push_back(i);
    } else if (options.cluster == "folder") {
      clusters[folder_of(note.path)].push_back(i);
    } else {
      write_node(lines, note, "  ");
    }
  }
  std::size_t cluster_number = 0;
  for (const auto& [name, members] : clusters) {
    (lines << "  subgraph cluster_").number(cluster_number++)
        << " {\n    label="
        << dot_string(name.empty() ? (options.cluster == "type" ? "(no type)" : "(root)") : name)
        << ";\n";
    for (const auto i : members) write_node(lines, vault.notes[i], "    ");
    lines << "  }\n";
  }

  const auto quoted_paths = paths_formatted(vault, selection, dot_string);
  const auto quoted_kinds = kinds_formatted(vault, dot_string);
  const auto kind_styles = kinds_formatted(vault, edge_style);
  for (const auto& e : selection.edges) {
    lines << "  " << quoted_paths[e.source] << " -> " << quoted_paths[e.target]
          << " [kind=" << quoted_kinds[e.kind] << ", line=";
    (lines.number(e.pos.line) << ", column=").number(e.pos.column)
        << ", " << kind_styles[e.kind] << "];\n";
    lines.item_done();
  }
  lines.flush();

  if (options.include_missing) {
    for (const auto& [name, refs] : missing_targets(vault, selection)) {
      const std::string id = "//missing/" + name;
      out << "  " << dot_string(id) << " [label=" << dot_string(name)
          << ", type=\"missing\", shape=box, style=dashed, color=red, fontcolor=red];\n";
      for (const Reference* ref : refs) {
        const auto pos = vault.pos_of(*ref);
        out << "  " << dot_string(vault.notes[ref->source].path) << " -> " << dot_string(id)
            << " [kind=" << dot_string(vault.graph.kind_names[ref->kind]) << ", line=" << pos.line
            << ", column=" << pos.column << ", style=dashed, color=red];\n";
      }
    }
  }

  write_legend(out, vault, selection, types_present);
  out << "}\n";
}

}  // namespace vaultlint
