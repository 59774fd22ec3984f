#include "vaultlint/config.hpp"

#include <yaml-cpp/yaml.h>

#include <fmt/format.h>

#include <functional>

#include "io/file_text.hpp"
#include "schema/schema_config.hpp"
#include "text/did_you_mean.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint {
namespace {

/// Thrown inside this file only, turned into a returned error below.
struct ConfigError {
  std::string message;
};

[[noreturn]] void fail(const std::string& origin, const YAML::Mark& mark, const std::string& what) {
  throw ConfigError{fmt::format("{}:{}: {}", origin, mark.is_null() ? 1 : mark.line + 1, what)};
}

std::vector<std::string> string_list(const std::string& origin, const std::string& key,
                                     const YAML::Node& node) {
  if (!node.IsSequence()) fail(origin, node.Mark(), fmt::format("'{}' must be a list of strings", key));
  std::vector<std::string> out;
  for (const auto& item : node) {
    if (!item.IsScalar()) {
      fail(origin, item.Mark(), fmt::format("'{}' must be a list of strings", key));
    }
    out.push_back(item.Scalar());
  }
  return out;
}

void read_rules(const std::string& origin, const YAML::Node& node, Config* config) {
  if (!node.IsMap()) fail(origin, node.Mark(), "'rules' must map rule names to error, warning or off");
  for (const auto& entry : node) {
    const std::string name = entry.first.as<std::string>();
    if (!is_known_rule(name)) {
      fail(origin, entry.first.Mark(),
           fmt::format("unknown rule '{}'{}", name, did_you_mean_suffix(rules_like(name))));
    }
    const auto severity =
        entry.second.IsScalar() ? parse_severity(entry.second.Scalar()) : std::nullopt;
    if (!severity) {
      fail(origin, entry.second.Mark(),
           fmt::format("severity of '{}' must be error, warning or off", name));
    }
    config->severities[name] = *severity;
  }
}

std::uint64_t read_count(const std::string& origin, const std::string& key, const YAML::Node& node,
                         const char* unit) {
  if (node.IsScalar()) {
    const std::string& text = node.Scalar();
    if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos &&
        text.size() < 19) {
      const auto value = std::stoull(text);
      if (value > 0) return value;
    }
  }
  fail(origin, node.Mark(), fmt::format("'{}' must be a positive whole number{}", key, unit));
}

bool read_flag(const std::string& origin, const std::string& key, const YAML::Node& node) {
  if (node.IsScalar()) {
    const std::string& text = node.Scalar();
    if (text == "true") return true;
    if (text == "false") return false;
  }
  fail(origin, node.Mark(), fmt::format("'{}' must be true or false", key));
}

int read_depth(const std::string& origin, const YAML::Node& node) {
  // yaml-cpp 0.7 itself gives up at about 500 levels, with a misleading message.
  constexpr std::uint64_t kMaxDepth = 400;
  const std::uint64_t depth = read_count(origin, "max_frontmatter_depth", node, "");
  if (depth > kMaxDepth) {
    fail(origin, node.Mark(), fmt::format("'max_frontmatter_depth' must be at most {}", kMaxDepth));
  }
  return static_cast<int>(depth);
}

/// Glob matching memoises (pattern length x path length) states and recurses
/// that deep: a pull request must not be able to send a megabyte pattern.
void check_glob_lengths(const std::string& origin, const YAML::Node& node,
                        const std::vector<std::string>& globs) {
  constexpr std::size_t kMaxGlob = 1024;
  for (std::size_t i = 0; i < globs.size(); ++i) {
    if (globs[i].size() > kMaxGlob) {
      fail(origin, node[i].Mark(),
           fmt::format("'ignore' patterns may be at most {} characters", kMaxGlob));
    }
  }
}

void check_edge_fields(const std::string& origin, const YAML::Node& node,
                       const std::vector<std::string>& fields) {
  for (const auto& field : fields) {
    if (field == "wikilink" || field == "embed" || field == "markdown") {
      fail(origin, node.Mark(),
           fmt::format("'{}' is an edge kind of its own and cannot be an edge field", field));
    }
  }
}

std::vector<std::vector<std::string>> synonym_groups(const std::string& origin, const YAML::Node& node) {
  const std::string what = "'synonyms' must be a list of lists of two or more keys";
  if (!node.IsSequence()) fail(origin, node.Mark(), what);
  std::vector<std::vector<std::string>> groups;
  for (const auto& group : node) {
    if (!group.IsSequence() || group.size() < 2) fail(origin, group.Mark(), what);
    groups.push_back(string_list(origin, "synonyms", group));
  }
  return groups;
}

void read_schemas(const std::string& origin, const YAML::Node& node, Config* config) {
  std::string error;
  if (!load_schemas_section(node, origin, &config->schemas, &error)) throw ConfigError{error};
}

void read_document(const std::string& origin, const YAML::Node& root, Config* config) {
  if (root.IsNull()) return;
  if (!root.IsMap()) fail(origin, root.Mark(), "the config must be a mapping of keys to values");
  for (const auto& entry : root) {
    const std::string key = entry.first.as<std::string>();
    const YAML::Node& value = entry.second;
    if (key == "rules") {
      read_rules(origin, value, config);
    } else if (key == "orphan_types") {
      config->orphan_types = string_list(origin, key, value);
    } else if (key == "claim_types") {
      config->claim_types = string_list(origin, key, value);
    } else if (key == "source_fields") {
      config->source_fields = string_list(origin, key, value);
    } else if (key == "edge_fields") {
      config->edge_fields = string_list(origin, key, value);
      check_edge_fields(origin, value, config->edge_fields);
    } else if (key == "ignore") {
      config->ignore = string_list(origin, key, value);
      check_glob_lengths(origin, value, config->ignore);
    } else if (key == "max_file_size") {
      config->max_file_size = read_count(origin, key, value, " of bytes");
      // Positions and link texts are 32-bit: a note must stay well inside that.
      if (config->max_file_size > kMaxFileSizeCap) {
        fail(origin, value.Mark(),
             fmt::format("'max_file_size' must be at most {} bytes (1 GiB)", kMaxFileSizeCap));
      }
    } else if (key == "max_frontmatter_size") {
      config->max_frontmatter_size = read_count(origin, key, value, " of bytes");
    } else if (key == "max_alias_expansion") {
      config->max_alias_expansion = read_count(origin, key, value, "");
    } else if (key == "max_frontmatter_depth") {
      config->max_frontmatter_depth = read_depth(origin, value);
    } else if (key == "schemas") {
      read_schemas(origin, value, config);
    } else if (key == "types") {
      config->types = string_list(origin, key, value);
    } else if (key == "synonyms") {
      config->synonyms = synonym_groups(origin, value);
    } else if (key == "did_you_mean") {
      config->did_you_mean = read_flag(origin, key, value);
    } else if (key == "id_filename_ignore") {
      config->id_filename_ignore = string_list(origin, key, value);
    } else {
      fail(origin, entry.first.Mark(), fmt::format("unknown key '{}'", key));
    }
  }
}

}  // namespace

bool parse_config(const std::string& text, const std::string& origin, Config* config,
                  std::string* error) {
  try {
    read_document(origin, YAML::Load(text), config);
    return true;
  } catch (const ConfigError& e) {
    *error = e.message;
  } catch (const YAML::Exception& e) {
    *error = fmt::format("{}:{}: invalid YAML: {}", origin, e.mark.is_null() ? 1 : e.mark.line + 1,
                         e.msg);
  } catch (const std::exception& e) {
    *error = fmt::format("{}: {}", origin, e.what());
  }
  return false;
}

bool load_config(const std::filesystem::path& file, Config* config, std::string* error) {
  const auto text = read_file_text(file);
  if (!text) {
    *error = fmt::format("{}: cannot read the config file", file.string());
    return false;
  }
  return parse_config(*text, file.string(), config, error);
}

}  // namespace vaultlint
