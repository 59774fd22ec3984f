#pragma once
/// What an exporter writes for each note's path and each edge kind, made
/// once: an edge names two paths and a kind, and a vault has several edges
/// a note, so formatting them per edge was most of an export's own time
/// (docs/performance.md).

#include <string>
#include <vector>

#include "vaultlint/export.hpp"

namespace vaultlint {

/// `format(path)` for each note `selection` keeps, by note number; "" for
/// the notes it leaves out, which no kept edge names.
template <typename Format>
std::vector<std::string> paths_formatted(const Vault& vault, const GraphSelection& selection,
                                         Format format) {
  std::vector<std::string> paths(vault.notes.size());
  for (std::size_t i = 0; i < vault.notes.size(); ++i) {
    if (selection.notes[i]) paths[i] = format(vault.notes[i].path);
  }
  return paths;
}

/// `format(kind name)` for each edge kind, by EdgeKind.
template <typename Format>
std::vector<std::string> kinds_formatted(const Vault& vault, Format format) {
  std::vector<std::string> kinds;
  kinds.reserve(vault.graph.kind_names.size());
  for (const auto& kind : vault.graph.kind_names) kinds.emplace_back(format(kind));
  return kinds;
}

}  // namespace vaultlint
