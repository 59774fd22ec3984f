// Which findings a change is to blame for (vaultlint check FILE..., --staged).
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

#include "resolve/resolver.hpp"
#include "rules/rule.hpp"
#include "text/unicode.hpp"
#include "text/vault_path.hpp"
#include "vaultlint/changes.hpp"

namespace vaultlint {
namespace {

/// A reference finding is recognised by where it is and what it names.
using Spot = std::tuple<std::string_view, int, int, std::string_view>;

Spot spot_of(const Vault& vault, const Reference& ref) {
  const SourcePos pos = vault.pos_of(ref);
  return {vault.notes[ref.source].path, pos.line, pos.column, vault.written_of(ref)};
}

bool ends_with_folder_path(std::string_view path, std::string_view tail) {
  return path == tail || (path.size() > tail.size() && path.ends_with(tail) &&
                          path[path.size() - tail.size() - 1] == '/');
}

/// The names by which a link could have reached a removed file, folded.
struct RemovedNames {
  std::unordered_set<std::string> names;  ///< stem, id, aliases; file name for attachments
  std::vector<std::string> paths;         ///< notes without ".md"; other files whole
  std::unordered_set<std::string> exact;  ///< exact vault paths, for Markdown links
};

RemovedNames removed_names(const std::vector<RemovedFile>& removed) {
  RemovedNames out;
  for (const auto& file : removed) {
    out.exact.insert(file.path);
    const bool note = strip_md_extension(file.path).size() != file.path.size();
    // A view of the path itself: std::string::substr would return a temporary.
    const std::string_view name = std::string_view(file.path).substr(file.path.rfind('/') + 1);
    out.names.insert(fold_key(note ? stem_of(file.path) : name));
    out.paths.push_back(fold_key(note ? strip_md_extension(file.path) : file.path));
    if (file.id) out.names.insert(fold_key(*file.id));
    for (const auto& alias : file.aliases) out.names.insert(fold_key(alias));
  }
  return out;
}

/// Whether a broken reference could have meant a removed file.
bool names_removed(const Vault& vault, const Reference& ref, const RemovedNames& removed) {
  if (!ref.from_field && vault.link_of(ref).syntax == LinkSyntax::markdown) {
    return removed.exact.contains(ref.resolved_path()) ||
           removed.exact.contains(ref.resolved_path() + ".md");
  }
  std::string target = ref.from_field ? field_target(vault.field_of(ref).value)
                                      : std::string(vault.link_of(ref).target());
  if (!ref.resolved_path().empty()) target = ref.resolved_path();  // a relative path, joined
  std::string_view path = target;
  while (path.starts_with('/')) path.remove_prefix(1);
  if (path.find('/') == std::string_view::npos) {
    return removed.names.contains(fold_key(strip_md_extension(path))) ||
           removed.names.contains(fold_key(path));
  }
  const std::string note_key = fold_key(strip_md_extension(path));
  const std::string file_key = fold_key(path);
  return std::any_of(removed.paths.begin(), removed.paths.end(), [&](const std::string& p) {
    return ends_with_folder_path(p, note_key) || ends_with_folder_path(p, file_key);
  });
}

}  // namespace

std::vector<std::vector<std::string>> finding_targets(const Vault& vault,
                                                      const std::vector<Diagnostic>& diagnostics) {
  std::map<Spot, std::vector<std::size_t>> spots;  // a spot -> the findings there
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    if (d.target) spots[Spot{d.file, d.pos.line, d.pos.column, *d.target}].push_back(i);
  }
  std::vector<std::vector<std::string>> targets(diagnostics.size());
  if (spots.empty()) return targets;
  for (const auto& ref : vault.references) {
    if (ref.target < 0 && ref.candidates().empty()) continue;
    const auto found = spots.find(spot_of(vault, ref));
    if (found == spots.end()) continue;
    for (const std::size_t i : found->second) {
      if (ref.target >= 0) targets[i].push_back(vault.notes[static_cast<std::size_t>(ref.target)].path);
      for (const std::uint32_t c : ref.candidates()) targets[i].push_back(vault.notes[c].path);
    }
  }
  return targets;
}

std::vector<Diagnostic> findings_for_change(const std::vector<Diagnostic>& diagnostics,
                                            const std::vector<std::vector<std::string>>& targets,
                                            const std::vector<std::string>& files,
                                            const std::function<bool(const Diagnostic&)>& blamed) {
  std::unordered_set<std::string> named;
  for (const auto& file : files) named.insert(to_nfc(file));
  std::vector<Diagnostic> kept;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    const bool into_named = std::any_of(targets[i].begin(), targets[i].end(),
                                        [&](const std::string& path) { return named.contains(path); });
    if (named.contains(d.file) || into_named || (blamed && blamed(d))) kept.push_back(d);
  }
  return kept;
}

std::vector<Diagnostic> findings_for_change(const Vault& vault,
                                            const std::vector<Diagnostic>& diagnostics,
                                            const ChangeSet& change) {
  std::set<Spot> to_removed;
  if (!change.removed.empty()) {
    const RemovedNames removed = removed_names(change.removed);
    for (const auto& ref : vault.references) {
      if (ref.status == RefStatus::broken && names_removed(vault, ref, removed)) {
        to_removed.insert(spot_of(vault, ref));
      }
    }
  }
  return findings_for_change(
      diagnostics, finding_targets(vault, diagnostics), change.files, [&](const Diagnostic& d) {
        return d.target &&
               to_removed.contains(Spot{d.file, d.pos.line, d.pos.column, *d.target});
      });
}

}  // namespace vaultlint
