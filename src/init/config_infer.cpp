// `vaultlint init`: guessing a vault's settings from its notes (docs/init.md).
#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <unordered_set>

#include "read/front_matter_pass.hpp"
#include "resolve/resolver.hpp"
#include "text/did_you_mean.hpp"
#include "text/unicode.hpp"
#include "text/vault_path.hpp"
#include "vaultlint/init.hpp"

namespace vaultlint {
namespace {

/// Keys whose meaning vaultlint already knows: never edge or source fields.
const std::set<std::string> kKnownKeys = {"id", "type", "aliases", "alias", "tags", "tag", "title", "vaultlint",
                                          "cssclasses", "cssclass", "date", "created", "updated", "modified"};

/// Words that make a key a source field by its name alone.
constexpr const char* kSourceWords[] = {"source", "url", "doi", "citation", "cite", "reference", "isbn"};

bool is_empty_value(const nlohmann::json& value) {
  return value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty()) ||
         ((value.is_array() || value.is_object()) && value.empty());
}

bool looks_like_url(std::string_view value) {
  for (const std::string_view prefix : {"http://", "https://", "doi:", "www."}) {
    if (value.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

bool has_source_name(const std::string& key) {
  std::string folded;
  for (const char c : fold_key(key)) {
    if (c != '_' && c != '-') folded.push_back(c);
  }
  return std::any_of(std::begin(kSourceWords), std::end(kSourceWords),
                     [&](const char* word) { return folded.find(word) != std::string::npos; });
}

struct NoteFacts {
  std::string type;
  std::vector<std::string> nonempty_keys;
};

/// What the front-matter pass keeps: each note's type and non-empty keys,
/// the names notes can be called by, and every string value by key.
class Collector final : public FrontMatterSink {
 public:
  void take(const Note& note, const nlohmann::json& front_matter) override {
    NoteFacts facts{note.type, {}};
    std::vector<std::string> names{note.stem};
    if (note.id) names.push_back(*note.id);
    names.insert(names.end(), note.aliases.begin(), note.aliases.end());
    std::vector<std::pair<std::string, std::vector<std::string>>> values;
    for (const auto& [key, value] : front_matter.items()) {
      if (is_empty_value(value)) continue;
      facts.nonempty_keys.push_back(key);
      if (kKnownKeys.count(key)) continue;
      auto& strings = values.emplace_back(key, std::vector<std::string>{}).second;
      if (value.is_string()) strings.push_back(value.get<std::string>());
      if (value.is_array()) {
        for (const auto& item : value) {
          if (item.is_string()) strings.push_back(item.get<std::string>());
        }
      }
    }
    const std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& name : names) names_.insert(fold_key(name));
    for (auto& [key, strings] : values) {
      auto& field = fields_[key];
      ++field.notes;
      field.strings.insert(field.strings.end(), strings.begin(), strings.end());
    }
    notes_.push_back(std::move(facts));
  }

  struct FieldValues {
    std::size_t notes = 0;
    std::vector<std::string> strings;
  };
  std::vector<NoteFacts> notes_;
  std::unordered_set<std::string> names_;
  std::map<std::string, FieldValues> fields_;

 private:
  std::mutex mutex_;
};

bool names_a_note(const std::unordered_set<std::string>& names, const std::string& value) {
  const std::string written = field_target(value);
  std::string_view target = strip_md_extension(written);
  if (const auto slash = target.rfind('/'); slash != std::string_view::npos) target.remove_prefix(slash + 1);
  return !target.empty() && names.count(fold_key(target)) != 0;
}

void guess_fields(const Collector& collector, InferredConfig* out) {
  for (const auto& [key, field] : collector.fields_) {
    FieldGuess guess{key, field.notes, field.strings.size(), 0, 0};
    for (const auto& value : field.strings) {
      if (names_a_note(collector.names_, value)) ++guess.resolving;
      if (looks_like_url(value)) ++guess.urls;
    }
    if (has_source_name(key) || (guess.values > 0 && 2 * guess.urls >= guess.values)) {
      out->source_fields.push_back(guess);
    } else if (guess.values >= 2 && 2 * guess.resolving >= guess.values) {
      out->edge_fields.push_back(guess);
    }
  }
}

void guess_types(const Collector& collector, InferredConfig* out) {
  std::set<std::string> sources;
  for (const auto& field : out->source_fields) sources.insert(field.name);
  std::map<std::string, TypeGuess> types;
  for (const NoteFacts& note : collector.notes_) {
    if (note.type.empty()) continue;
    TypeGuess& type = types[note.type];
    type.name = note.type;
    ++type.notes;
    if (std::any_of(note.nonempty_keys.begin(), note.nonempty_keys.end(),
                    [&](const std::string& key) { return sources.count(key) != 0; })) {
      ++type.sourced;
    }
  }
  // A type of a single note that is a typo of a commoner type is not a type.
  std::vector<std::string> common;
  for (const auto& [name, type] : types) {
    if (type.notes >= 2) common.push_back(name);
  }
  for (auto& [name, type] : types) {
    type.listed = type.notes >= 2 || did_you_mean(name, common).empty();
    out->types.push_back(type);
  }
  std::stable_sort(out->types.begin(), out->types.end(),
                   [](const TypeGuess& a, const TypeGuess& b) { return a.notes > b.notes; });
}

/// Incoming references per note of each type, from a vault read with the
/// guessed edge fields; the most linked-to type is the concept type.
bool guess_concepts(const std::filesystem::path& root, const LoadOptions& options, InferredConfig* out,
                    std::string* error) {
  Config config;
  config.edge_fields.clear();
  for (const auto& field : out->edge_fields) config.edge_fields.push_back(field.name);
  Vault vault;
  LoadOptions uncached = options;
  uncached.cache_file.clear();
  if (!load_vault(root, config, uncached, &vault, error)) return false;
  std::map<std::string, std::size_t> incoming;
  for (const Reference& ref : vault.references) {
    if (ref.target < 0 || static_cast<std::uint32_t>(ref.target) == ref.source) continue;
    if (ref.status != RefStatus::resolved && ref.status != RefStatus::missing_heading &&
        ref.status != RefStatus::missing_block) {
      continue;
    }
    ++incoming[vault.notes[static_cast<std::size_t>(ref.target)].type];
  }
  double best = 0.0;
  for (TypeGuess& type : out->types) {
    type.incoming_per_note = static_cast<double>(incoming[type.name]) / static_cast<double>(type.notes);
    if (type.listed && type.notes >= 2) best = std::max(best, type.incoming_per_note);
  }
  for (const TypeGuess& type : out->types) {
    if (best > 0.0 && type.listed && type.notes >= 2 && type.incoming_per_note == best) {
      out->concept_types.push_back(type.name);
    }
  }
  return true;
}

/// Claims: types named so, or whose notes mostly cite a source but not all
/// of them (where a missing source is the exception worth reporting).
void guess_claims(InferredConfig* out) {
  for (const TypeGuess& type : out->types) {
    if (!type.listed || type.notes < 2) continue;
    const bool named = fold_key(type.name).find("claim") != std::string::npos;
    const bool mostly = 2 * type.sourced >= type.notes && type.sourced < type.notes;
    if (named || mostly) out->claim_types.push_back(type.name);
  }
  std::sort(out->claim_types.begin(), out->claim_types.end());
}

}  // namespace

bool infer_config(const std::filesystem::path& root, const LoadOptions& options, InferredConfig* out,
                  std::string* error) {
  *out = InferredConfig{};
  Collector collector;
  FrontMatterPass pass;
  if (!read_front_matter(root, Config{}, options.threads, collector, &pass, error)) return false;
  out->notes = pass.notes;
  out->with_front_matter = pass.parsed;
  guess_fields(collector, out);
  guess_types(collector, out);
  if (!guess_concepts(root, options, out, error)) return false;
  guess_claims(out);
  return true;
}

}  // namespace vaultlint
