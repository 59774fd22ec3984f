// Recording findings and recognising them later, whatever lines moved.
#include "vaultlint/baseline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "io/atomic_file.hpp"
#include "io/file_text.hpp"

namespace vaultlint {
namespace {

using Json = nlohmann::ordered_json;
using Key = std::tuple<std::string_view, std::string_view, std::string_view>;

/// The baseline format version this build writes and reads.
constexpr int kFormatVersion = 1;
constexpr const char* kVersionKey = "vaultlint_baseline";

Key key_of(const Diagnostic& d) { return {d.file, d.rule, d.message}; }
Key key_of(const BaselineEntry& e) { return {e.file, e.rule, e.message}; }

int line_of_byte(std::string_view text, std::size_t byte) {
  const std::size_t end = std::min(byte, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(end), '\n'));
}

/// One `findings` item, or a message saying what is wrong with it.
bool read_entry(const Json& item, BaselineEntry* entry, std::string* problem) {
  if (!item.is_object()) {
    *problem = "must be an object with file, rule, message and count";
    return false;
  }
  for (const auto& [name, value] : item.items()) {
    std::string* field = name == "file" ? &entry->file
                         : name == "rule" ? &entry->rule
                         : name == "message" ? &entry->message
                                             : nullptr;
    if (field != nullptr && value.is_string()) {
      *field = value.get<std::string>();
    } else if (name == "count" && value.is_number_unsigned() && value.get<std::size_t>() > 0) {
      entry->count = value.get<std::size_t>();
    } else {
      *problem = field != nullptr || name == "count"
                     ? fmt::format("'{}' has the wrong type", name)
                     : fmt::format("unknown key '{}'", name);
      return false;
    }
  }
  for (const char* name : {"file", "rule", "message", "count"}) {
    if (!item.contains(name)) {
      *problem = fmt::format("'{}' is missing", name);
      return false;
    }
  }
  return true;
}

bool read_document(const Json& doc, const std::string& origin, Baseline* baseline,
                   std::string* error) {
  if (!doc.is_object() || !doc.contains(kVersionKey) || !doc.contains("findings")) {
    *error = fmt::format("{}: not a vaultlint baseline (an object with '{}' and 'findings')",
                         origin, kVersionKey);
    return false;
  }
  if (doc[kVersionKey] != kFormatVersion) {
    *error = fmt::format("{}: baseline format {} is not supported (this vaultlint reads {})",
                         origin, doc[kVersionKey].dump(), kFormatVersion);
    return false;
  }
  if (!doc["findings"].is_array()) {
    *error = fmt::format("{}: 'findings' must be a list", origin);
    return false;
  }
  std::vector<BaselineEntry> entries(doc["findings"].size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    std::string problem;
    if (!read_entry(doc["findings"][i], &entries[i], &problem)) {
      *error = fmt::format("{}: findings[{}]: {}", origin, i, problem);
      return false;
    }
  }
  // Hand-edited files may repeat a key or be unsorted: merge and sort.
  std::map<Key, std::size_t> merged;
  for (const auto& entry : entries) merged[key_of(entry)] += entry.count;
  for (const auto& [key, count] : merged) {
    baseline->entries.push_back(BaselineEntry{std::string(std::get<0>(key)),
                                              std::string(std::get<1>(key)),
                                              std::string(std::get<2>(key)), count});
  }
  return true;
}

}  // namespace

Baseline make_baseline(const std::vector<Diagnostic>& diagnostics) {
  std::map<Key, std::size_t> counts;
  for (const auto& d : diagnostics) ++counts[key_of(d)];
  Baseline baseline;
  for (const auto& [key, count] : counts) {
    baseline.entries.push_back(BaselineEntry{std::string(std::get<0>(key)),
                                             std::string(std::get<1>(key)),
                                             std::string(std::get<2>(key)), count});
  }
  return baseline;
}

void write_baseline(std::ostream& out, const Baseline& baseline) {
  Json findings = Json::array();
  for (const auto& entry : baseline.entries) {
    findings.push_back(Json{{"file", entry.file},
                            {"rule", entry.rule},
                            {"message", entry.message},
                            {"count", entry.count}});
  }
  Json doc;
  doc[kVersionKey] = kFormatVersion;
  doc["findings"] = std::move(findings);
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

bool save_baseline(const std::filesystem::path& file, const Baseline& baseline,
                   std::string* error) {
  std::ostringstream text;
  write_baseline(text, baseline);
  return write_file_atomically(file, text.str(), error);
}

bool parse_baseline(std::string_view text, const std::string& origin, Baseline* baseline,
                    std::string* error) {
  try {
    return read_document(Json::parse(text), origin, baseline, error);
  } catch (const Json::parse_error& e) {
    // e.what() is "[json.exception.parse_error.101] parse error at line L, column C: ..."
    const std::string what = e.what();
    const auto colon = what.find(": ");
    *error = fmt::format("{}:{}: not valid JSON: {}", origin, line_of_byte(text, e.byte),
                         colon == std::string::npos ? what : what.substr(colon + 2));
  } catch (const Json::exception& e) {
    *error = fmt::format("{}: {}", origin, e.what());
  }
  return false;
}

bool load_baseline(const std::filesystem::path& file, Baseline* baseline, std::string* error) {
  const auto text = read_file_text(file);
  if (!text) {
    *error = fmt::format("{}: cannot read the baseline file", file.string());
    return false;
  }
  return parse_baseline(*text, file.string(), baseline, error);
}

BaselineMatch match_baseline(const Baseline& baseline, const std::vector<Diagnostic>& diagnostics) {
  std::map<Key, std::size_t> remaining;
  for (const auto& entry : baseline.entries) remaining[key_of(entry)] += entry.count;
  BaselineMatch match;
  for (const auto& d : diagnostics) {
    const auto it = remaining.find(key_of(d));
    if (it != remaining.end() && it->second > 0) {
      --it->second;
      ++match.known;
    } else {
      match.fresh.push_back(d);
    }
  }
  for (const auto& [key, count] : remaining) match.stale += count;
  return match;
}

}  // namespace vaultlint
