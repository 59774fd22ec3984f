// The data of the HTML graph page: notes, edges, broken references and
// findings, as compact JSON the page's script reads (docs/graph.md).
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>

#include "text/html_escape.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint {
namespace {

using nlohmann::ordered_json;

/// What the page says about a reference that names no note; nullptr for
/// references that resolved (or are prose, not references at all).
const char* unresolved_name(RefStatus status) {
  switch (status) {
    case RefStatus::broken: return "broken";
    case RefStatus::outside_vault: return "outside-vault";
    case RefStatus::ambiguous: return "ambiguous";
    case RefStatus::missing_heading: return "missing-heading";
    case RefStatus::missing_block: return "missing-block";
    case RefStatus::resolved:
    case RefStatus::resolved_file:
    case RefStatus::prose: return nullptr;
  }
  return nullptr;
}

/// Kept notes get page indices 0, 1, ... in vault order; -1 for the rest.
std::vector<std::int64_t> page_indices(const GraphSelection& selection) {
  std::vector<std::int64_t> index(selection.notes.size(), -1);
  std::int64_t next = 0;
  for (std::size_t i = 0; i < selection.notes.size(); ++i) {
    if (selection.notes[i]) index[i] = next++;
  }
  return index;
}

ordered_json note_json(const Note& note, const ExportOptions& options, std::size_t i) {
  ordered_json item;
  item["path"] = note.path;
  item["id"] = note.display_id();
  item["title"] = note.title;
  item["type"] = note.type;
  item["tags"] = note.tags;
  item["aliases"] = note.aliases;
  item["front_matter"] = i < options.front_matter.size() ? options.front_matter[i] : "";
  return item;
}

}  // namespace

std::string vault_display_name(const Vault& vault) {
  std::error_code ec;
  auto root = std::filesystem::absolute(vault.root, ec).lexically_normal();
  if (ec) root = vault.root.lexically_normal();
  // "/a/b/" normalises to "/a/b/", whose filename is empty.
  if (!root.has_filename()) root = root.parent_path();
  return root.filename().string();
}

std::string graph_page_data(const Vault& vault, const GraphSelection& selection,
                            const ExportOptions& options) {
  const auto index = page_indices(selection);
  ordered_json doc;
  doc["vault"] = vault_display_name(vault);
  doc["full_view_limit"] = options.full_view_limit;
  doc["kinds"] = vault.graph.kind_names;
  auto& notes = doc["notes"] = ordered_json::array();
  std::unordered_map<std::string_view, std::int64_t> by_path;
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    if (index[i] < 0) continue;
    notes.push_back(note_json(vault.notes[i], options, i));
    by_path.emplace(vault.notes[i].path, index[i]);
  }
  // [source, target, kind, line]: the bulk of a large page, so arrays.
  auto& edges = doc["edges"] = ordered_json::array();
  for (const auto& e : selection.edges) {
    edges.push_back({index[e.source], index[e.target], e.kind, e.pos.line});
  }
  // [source, written target, kind, line, status] for every reference from a
  // kept note, of a kept kind, that names nothing (or not one thing).
  auto& broken = doc["broken"] = ordered_json::array();
  for (const auto& ref : vault.references) {
    const char* status = unresolved_name(ref.status);
    if (status == nullptr || index[ref.source] < 0 || ref.kind >= selection.kinds.size() ||
        !selection.kinds[ref.kind]) {
      continue;
    }
    broken.push_back({index[ref.source], vault.written_of(ref), ref.kind, vault.pos_of(ref).line, status});
  }
  // [note, line, column, rule, severity, message] for findings on kept notes.
  auto& findings = doc["findings"] = ordered_json::array();
  for (const auto& d : options.findings) {
    const auto note = by_path.find(d.file);
    if (note == by_path.end()) continue;
    findings.push_back({note->second, d.pos.line, d.pos.column, d.rule,
                        std::string(severity_name(d.severity)), d.message});
  }
  // One line per note, edge, reference and finding: a readable diff in tests,
  // little weight at 10,000 notes.
  std::string out = "{";
  bool first_key = true;
  for (const auto& [key, value] : doc.items()) {
    out += first_key ? "\n" : ",\n";
    first_key = false;
    out += ordered_json(key).dump() + ":";
    if (value.is_array() && !value.empty() && key != "kinds") {
      out += "[";
      for (std::size_t k = 0; k < value.size(); ++k) {
        out += k == 0 ? "\n" : ",\n";
        out += value[k].dump(-1, ' ', false, ordered_json::error_handler_t::replace);
      }
      out += "\n]";
    } else {
      out += value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    }
  }
  out += "\n}";
  return script_safe_json(out);
}

}  // namespace vaultlint
