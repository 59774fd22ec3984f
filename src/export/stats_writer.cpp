// Writing GraphStats as text or JSON.
#include <cmath>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "vaultlint/export.hpp"

namespace vaultlint {
namespace {

double rounded(double value) { return std::round(value * 1e6) / 1e6; }

void write_ranked(std::ostream& out, std::string_view heading, const Vault& vault,
                  const std::vector<GraphStats::Ranked>& ranked, bool fraction) {
  out << heading << ":\n";
  if (ranked.empty()) out << "  (none)\n";
  for (const auto& r : ranked) {
    out << (fraction ? fmt::format("  {:8.6f}  {}\n", r.value, vault.notes[r.note].path)
                     : fmt::format("  {:8}  {}\n", r.value, vault.notes[r.note].path));
  }
}

nlohmann::ordered_json ranked_json(const Vault& vault, const std::vector<GraphStats::Ranked>& ranked,
                                   std::string_view field, bool fraction) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& r : ranked) {
    nlohmann::ordered_json item{{"path", vault.notes[r.note].path}};
    if (fraction) {
      item[std::string(field)] = rounded(r.value);
    } else {
      item[std::string(field)] = static_cast<std::size_t>(r.value);
    }
    list.push_back(item);
  }
  return list;
}

/// Component sizes (largest first) with each run of one size written once
/// and counted ("1 x600"): a large vault's stray notes are hundreds of
/// components of one note each, which listed one by one filled the screen.
std::vector<std::string> runs_of_sizes(const std::vector<std::size_t>& sizes) {
  std::vector<std::string> runs;
  for (std::size_t i = 0; i < sizes.size();) {
    std::size_t end = i + 1;
    while (end < sizes.size() && sizes[end] == sizes[i]) ++end;
    runs.push_back(end - i == 1 ? fmt::format("{}", sizes[i]) : fmt::format("{} x{}", sizes[i], end - i));
    i = end;
  }
  return runs;
}

}  // namespace

void write_stats_text(std::ostream& out, const Vault& vault, const GraphStats& stats) {
  out << fmt::format("notes: {}\nedges: {}\n", stats.notes, stats.edges);
  out << "notes by type:\n";
  for (const auto& c : stats.notes_by_type) {
    out << fmt::format("  {:8}  {}\n", c.count, c.name.empty() ? "(no type)" : c.name);
  }
  out << "edges by kind:\n";
  for (const auto& c : stats.edges_by_kind) out << fmt::format("  {:8}  {}\n", c.count, c.name);
  out << fmt::format("weakly connected components: {} (sizes: {})\n", stats.component_sizes.size(),
                     fmt::join(runs_of_sizes(stats.component_sizes), ", "));
  out << fmt::format("isolated notes: {}\n", stats.isolated.size());
  for (const auto i : stats.isolated) out << "  " << vault.notes[i].path << '\n';
  write_ranked(out, "top by in-degree", vault, stats.top_in_degree, false);
  write_ranked(out, "top by PageRank", vault, stats.top_pagerank, true);
  write_ranked(out, "most broken references", vault, stats.most_broken, false);
}

void write_stats_json(std::ostream& out, const Vault& vault, const GraphStats& stats) {
  nlohmann::ordered_json doc;
  doc["notes"] = stats.notes;
  doc["edges"] = stats.edges;
  auto& types = doc["notes_by_type"] = nlohmann::ordered_json::object();
  for (const auto& c : stats.notes_by_type) types[c.name] = c.count;
  auto& kinds = doc["edges_by_kind"] = nlohmann::ordered_json::object();
  for (const auto& c : stats.edges_by_kind) kinds[c.name] = c.count;
  doc["components"] = {{"count", stats.component_sizes.size()}, {"sizes", stats.component_sizes}};
  auto& isolated = doc["isolated"] = nlohmann::ordered_json::array();
  for (const auto i : stats.isolated) isolated.push_back(vault.notes[i].path);
  doc["top_in_degree"] = ranked_json(vault, stats.top_in_degree, "in_degree", false);
  doc["top_pagerank"] = ranked_json(vault, stats.top_pagerank, "pagerank", true);
  doc["most_broken"] = ranked_json(vault, stats.most_broken, "broken", false);
  out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace vaultlint
