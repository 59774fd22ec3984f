#include "schema/schema_document.hpp"

#include <yaml-cpp/yaml.h>

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>

#include "io/file_text.hpp"
#include "schema/yaml_to_json.hpp"

namespace vaultlint {
namespace {

bool read_text(const std::filesystem::path& file, std::string* text, std::string* error) {
  auto bytes = read_file_text(file);
  if (!bytes) {
    *error = fmt::format("{}: cannot read the schema file", file.string());
    return false;
  }
  *text = std::move(*bytes);
  return true;
}

int line_of_offset(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

bool parse_json_schema(const std::filesystem::path& file, const std::string& text, nlohmann::json* out,
                       std::string* error) {
  try {
    *out = nlohmann::json::parse(text);
    return true;
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    // what() reads "[json.exception.parse_error.101] parse error at line L,
    // column C: syntax error ..."; the line is given separately here.
    std::string detail = e.what();
    if (const auto column = detail.find("column "); column != std::string::npos) {
      if (const auto colon = detail.find(": ", column); colon != std::string::npos) {
        detail = detail.substr(colon + 2);
      }
    }
    *error = fmt::format("{}:{}: invalid JSON: {}", file.string(), line_of_offset(text, at), detail);
  }
  return false;
}

bool parse_yaml_schema(const std::filesystem::path& file, const std::string& text, nlohmann::json* out,
                       std::string* error) {
  try {
    JsonConversionError problem;
    if (yaml_to_json(YAML::Load(text), JsonConversionLimits{}, out, &problem)) return true;
    *error = fmt::format("{}:{}: {}", file.string(), problem.mark.line + 1, problem.message);
  } catch (const YAML::Exception& e) {
    *error = fmt::format("{}:{}: invalid YAML: {}", file.string(), e.mark.is_null() ? 1 : e.mark.line + 1,
                         e.msg);
  }
  return false;
}

bool has_scheme(const std::string& uri) {
  return uri.find("://") != std::string::npos || uri.rfind("urn:", 0) == 0;
}

/// Keywords whose values are data, not schemas: a "$ref" inside is a value.
bool holds_data(const std::string& key) {
  return key == "enum" || key == "const" || key == "default" || key == "examples";
}

class Bundler {
 public:
  explicit Bundler(std::string* error) : error_(error) {}

  bool run(nlohmann::json& root, const std::filesystem::path& origin) {
    if (!rewrite(root, origin, std::nullopt, false)) return false;
    // Documents pulled in may pull in more; a deque keeps references stable.
    for (std::size_t i = 0; i < docs_.size(); ++i) {
      if (!rewrite(docs_[i], files_[i], i, false)) return false;
    }
    if (!docs_.empty()) {
      if (!root.is_object()) root = nlohmann::json::object();
      nlohmann::json bundle = nlohmann::json::array();
      for (auto& doc : docs_) bundle.push_back(std::move(doc));
      root[kBundleKey] = std::move(bundle);
    }
    return true;
  }

 private:
  static std::string place_of(std::size_t doc) { return fmt::format("#/{}/{}", kBundleKey, doc); }

  bool rewrite(nlohmann::json& node, const std::filesystem::path& file, std::optional<std::size_t> doc,
               bool remote_scope) {
    if (node.is_array()) {
      for (auto& item : node) {
        if (!rewrite(item, file, doc, remote_scope)) return false;
      }
      return true;
    }
    if (!node.is_object()) return true;
    if (const auto id = node.find("$id"); id != node.end() && id->is_string()) {
      remote_scope = remote_scope || has_scheme(id->get<std::string>());
    }
    if (const auto ref = node.find("$ref"); ref != node.end() && ref->is_string() && !remote_scope) {
      if (!rewrite_ref(*ref, file, doc)) return false;
    }
    for (auto& [key, child] : node.items()) {
      if (key == "$ref" || holds_data(key)) continue;
      if (!rewrite(child, file, doc, remote_scope)) return false;
    }
    return true;
  }

  bool rewrite_ref(nlohmann::json& ref, const std::filesystem::path& file, std::optional<std::size_t> doc) {
    const std::string text = ref.get<std::string>();
    const auto hash = text.find('#');
    const std::string uri = text.substr(0, hash);
    const std::string pointer = hash == std::string::npos ? "" : text.substr(hash + 1);
    const bool json_pointer = pointer.empty() || pointer[0] == '/';
    if (uri.empty()) {
      // A reference inside a pulled-in document stays inside it.
      if (doc && json_pointer) ref = place_of(*doc) + pointer;
      return true;
    }
    if (has_scheme(uri) || !json_pointer) return true;
    std::size_t target = 0;
    if (!add_document(file.parent_path() / uri, text, file, &target)) return false;
    ref = place_of(target) + pointer;
    return true;
  }

  bool add_document(const std::filesystem::path& path, const std::string& ref,
                    const std::filesystem::path& referrer, std::size_t* index) {
    std::error_code ec;
    const auto canonical = std::filesystem::weakly_canonical(path, ec);
    const std::string key = ec ? path.lexically_normal().string() : canonical.string();
    if (const auto known = indexes_.find(key); known != indexes_.end()) {
      *index = known->second;
      return true;
    }
    nlohmann::json document;
    std::string problem;
    if (!read_schema_file(path, &document, &problem)) {
      *error_ = fmt::format("$ref '{}' in {}: {}", ref, referrer.string(), problem);
      return false;
    }
    *index = docs_.size();
    indexes_.emplace(key, *index);
    docs_.push_back(std::move(document));
    files_.push_back(path);
    return true;
  }

  std::string* error_;
  std::deque<nlohmann::json> docs_;
  std::deque<std::filesystem::path> files_;
  std::map<std::string, std::size_t> indexes_;
};

}  // namespace

bool read_schema_file(const std::filesystem::path& file, nlohmann::json* out, std::string* error) {
  std::string text;
  if (!read_text(file, &text, error)) return false;
  return file.extension() == ".json" ? parse_json_schema(file, text, out, error)
                                     : parse_yaml_schema(file, text, out, error);
}

bool bundle_schema(nlohmann::json root, const std::filesystem::path& origin, nlohmann::json* out,
                   std::string* error) {
  Bundler bundler(error);
  if (!bundler.run(root, origin)) return false;
  *out = std::move(root);
  return true;
}

}  // namespace vaultlint
