// The commented .vaultlint.yaml that `vaultlint init` writes (docs/init.md).
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <nlohmann/json.hpp>

#include "vaultlint/init.hpp"

namespace vaultlint {
namespace {

/// A YAML flow list; each item double-quoted (JSON strings are YAML).
std::string flow_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i > 0 ? ", " : "") + nlohmann::json(items[i]).dump();
  }
  return out + "]";
}

std::vector<std::string> names_of(const std::vector<FieldGuess>& fields) {
  std::vector<std::string> names;
  for (const auto& field : fields) names.push_back(field.name);
  return names;
}

std::size_t percent(std::size_t part, std::size_t whole) { return whole == 0 ? 0 : (100 * part + whole / 2) / whole; }

void write_types(std::ostream& out, const InferredConfig& config) {
  std::vector<std::string> listed;
  fmt::print(out, "# Note types (front matter `type`), by number of notes; a note of any other type is\n"
                  "# reported by unknown-type:\n");
  for (const TypeGuess& type : config.types) {
    if (type.listed) listed.push_back(type.name);
    fmt::print(out, "#   {}: {} note{}{}\n", type.name, type.notes, type.notes == 1 ? "" : "s",
               type.listed ? "" : " (left out: a typo of another type?)");
  }
  fmt::print(out, "types: {}\n\n", flow_list(listed));
}

void write_concepts_and_claims(std::ostream& out, const InferredConfig& config) {
  fmt::print(out, "# Concepts: the type linked to most (references from other notes, per note); orphan\n"
                  "# reports a concept that nothing links to.\n");
  for (const TypeGuess& type : config.types) {
    if (type.listed && type.notes >= 2) fmt::print(out, "#   {}: {:.1f}\n", type.name, type.incoming_per_note);
  }
  fmt::print(out, "orphan_types: {}\n\n", flow_list(config.concept_types));
  fmt::print(out, "# Claims: types named so, or whose notes mostly (not all) set a source field;\n"
                  "# unsourced-claim reports a claim with none set. Notes with a source field:\n");
  for (const TypeGuess& type : config.types) {
    if (type.listed && type.notes >= 2) {
      fmt::print(out, "#   {}: {} of {} ({}%)\n", type.name, type.sourced, type.notes, percent(type.sourced, type.notes));
    }
  }
  fmt::print(out, "claim_types: {}\n\n", flow_list(config.claim_types));
}

void write_fields(std::ostream& out, const InferredConfig& config) {
  fmt::print(out, "# Source fields: keys named like a source (source, url, doi, cite, reference, isbn)\n"
                  "# or whose values are mostly URLs.\n");
  for (const FieldGuess& field : config.source_fields) {
    fmt::print(out, "#   {}: {} notes, {} of {} values are URLs\n", field.name, field.notes, field.urls, field.values);
  }
  fmt::print(out, "source_fields: {}\n\n", flow_list(names_of(config.source_fields)));
  fmt::print(out, "# Edge fields: keys whose values mostly name notes; each value is an edge of the graph,\n"
                  "# and one that names no note is reported by broken-related.\n");
  for (const FieldGuess& field : config.edge_fields) {
    fmt::print(out, "#   {}: {} notes, {} of {} values ({}%) name a note\n", field.name, field.notes,
               field.resolving, field.values, percent(field.resolving, field.values));
  }
  fmt::print(out, "edge_fields: {}\n\n", flow_list(names_of(config.edge_fields)));
}

}  // namespace

void write_inferred_config(std::ostream& out, const InferredConfig& config) {
  fmt::print(out,
             "# vaultlint settings, written by `vaultlint init` from {} notes ({} with front matter).\n"
             "# Every key is optional and described in docs/configuration.md; the guesses are\n"
             "# explained in docs/init.md. Run `vaultlint check` to see what they find.\n\n",
             config.notes, config.with_front_matter);
  write_types(out, config);
  write_concepts_and_claims(out, config);
  write_fields(out, config);
  fmt::print(out,
             "# Severity per rule (`vaultlint rules` lists them, `vaultlint explain RULE` explains one):\n"
             "# rules:\n"
             "#   orphan: warning\n"
             "#   id-filename-mismatch: error\n"
             "# Paths left out of the vault:\n"
             "# ignore: [\"templates/**\"]\n");
}

}  // namespace vaultlint
