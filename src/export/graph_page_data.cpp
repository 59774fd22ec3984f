// The data of the HTML graph page: notes, edges, broken references and
// findings, as compact JSON the page's script reads (docs/graph.md).
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>

#include "export/block_writer.hpp"
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
  // One line per note, edge, reference and finding: a readable diff in
  // tests, little weight at 10,000 notes. Written an item at a time: the
  // whole page as one JSON value took 600 MiB at 100,000 notes.
  const auto index = page_indices(selection);
  std::string out;
  // Each item is made safe for the script element as it is added, so the
  // page is not copied whole once more at the end (52 MB at 100k notes).
  // What is escaped lies inside one item: the separators are ASCII.
  const auto dump = [&out](const ordered_json& value) {
    out += script_safe_json(value.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
  };
  const auto key = [&out](std::string_view name) {
    out += out.empty() ? "{\n" : ",\n";
    out += ordered_json(name).dump();
    out += ':';
  };
  // Items one a line; an empty list as "[]".
  std::size_t items = 0;
  const auto item = [&out, &items] { out += items++ == 0 ? "[\n" : ",\n"; };
  const auto end_list = [&out, &items] {
    out += items == 0 ? "[]" : "\n]";
    items = 0;
  };
  key("vault");
  dump(vault_display_name(vault));
  key("full_view_limit");
  dump(options.full_view_limit);
  key("kinds");
  dump(vault.graph.kind_names);
  key("notes");
  std::unordered_map<std::string_view, std::int64_t> by_path;
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    if (index[i] < 0) continue;
    item();
    dump(note_json(vault.notes[i], options, i));
    by_path.emplace(vault.notes[i].path, index[i]);
  }
  end_list();
  // [source, target, kind, line]: the bulk of a large page, so arrays.
  key("edges");
  for (const auto& e : selection.edges) {
    item();
    out += '[';
    append_decimal(index[e.source], &out);
    out += ',';
    append_decimal(index[e.target], &out);
    out += ',';
    append_decimal(e.kind, &out);
    out += ',';
    append_decimal(e.pos.line, &out);
    out += ']';
  }
  end_list();
  // [source, written target, kind, line, status] for every reference from a
  // kept note, of a kept kind, that names nothing (or not one thing).
  key("broken");
  for (const auto& ref : vault.references) {
    const char* status = unresolved_name(ref.status);
    if (status == nullptr || index[ref.source] < 0 || ref.kind >= selection.kinds.size() ||
        !selection.kinds[ref.kind]) {
      continue;
    }
    item();
    dump({index[ref.source], vault.written_of(ref), ref.kind, vault.pos_of(ref).line, status});
  }
  end_list();
  // [note, line, column, rule, severity, message] for findings on kept notes.
  key("findings");
  for (const auto& d : options.findings) {
    const auto note = by_path.find(d.file);
    if (note == by_path.end()) continue;
    item();
    dump({note->second, d.pos.line, d.pos.column, d.rule, std::string(severity_name(d.severity)), d.message});
  }
  end_list();
  out += "\n}";
  return out;
}

}  // namespace vaultlint
