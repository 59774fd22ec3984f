// Runs the official JSON-Schema-Test-Suite (draft 7) through vaultlint's own
// path: the schema is loaded from a file named in a config's `schemas:`
// section, each test instance that is an object is written out as YAML
// front matter (block style and flow style), read by the note reader, and
// judged valid when no schema-violation is found. Instances that are not
// objects are run too, as the value of a key `value` (the schema moved to
// `properties/value`), which puts YAML's typing of scalars to the test.
// Prints the pass counts per keyword; fails when a case outside the list of
// known failures fails, or a listed one passes. Also counts the invalid
// cases whose finding fell back to valijson's own wording.
//
// usage: run_schema_suite SUITE_DIR KNOWN_FAILURES WORK_DIR
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "read/note_reader.hpp"
#include "schema/note_schemas.hpp"
#include "schema/schema_validation.hpp"
#include "vaultlint/config.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string quoted(const std::string& text) {
  return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

/// JSON as a YAML flow collection, with the spaces YAML wants after ':' and ','.
std::string flow(const json& value) {
  if (value.is_object()) {
    std::string out = "{";
    for (auto it = value.begin(); it != value.end(); ++it) {
      out += (it == value.begin() ? "" : ", ") + quoted(it.key()) + ": " + flow(it.value());
    }
    return out + "}";
  }
  if (value.is_array()) {
    std::string out = "[";
    for (std::size_t i = 0; i < value.size(); ++i) out += (i ? ", " : "") + flow(value[i]);
    return out + "]";
  }
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

/// A top-level object in block style: one key per line, nested values in
/// block style too where they are non-empty objects or arrays.
void block(const json& value, int indent, std::string& out) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  for (auto it = value.begin(); it != value.end(); ++it) {
    const json& item = it.value();
    const std::string key = value.is_object() ? quoted(it.key()) + ":" : "-";
    if ((item.is_object() || item.is_array()) && !item.empty()) {
      out += pad + key + "\n";
      block(item, indent + 2, out);
    } else {
      out += pad + key + " " + flow(item) + "\n";
    }
  }
}

/// Points the local `$ref`s of `schema` at its new place under
/// "#/definitions/value" (values of enum/const/default are data, left alone).
void move_refs(json& schema) {
  if (schema.is_array()) {
    for (auto& item : schema) move_refs(item);
    return;
  }
  if (!schema.is_object()) return;
  for (auto& [key, child] : schema.items()) {
    if (key == "$ref" && child.is_string() && child.get<std::string>().rfind('#', 0) == 0) {
      child = "#/definitions/value" + child.get<std::string>().substr(1);
    } else if (key != "enum" && key != "const" && key != "default") {
      move_refs(child);
    }
  }
}

json wrapped_schema(json schema) {
  move_refs(schema);
  return json{{"required", {"value"}},
              {"properties", {{"value", {{"$ref", "#/definitions/value"}}}}},
              {"definitions", {{"value", std::move(schema)}}}};
}

struct Outcome {
  bool passed = false;
  bool fallback = false;  ///< the finding is valijson's own wording
  std::string why;
};

Outcome run_case(const vaultlint::Config& config, const json& data, bool valid, bool block_style) {
  std::string yaml;
  if (block_style) {
    block(data, 0, yaml);
  } else {
    yaml = flow(data) + "\n";
  }
  vaultlint::ReaderOptions options;
  options.field_checks.schemas = config.schemas.get();
  options.front_matter_only = true;
  vaultlint::Note note;
  vaultlint::read_note_content("---\n" + yaml + "---\n", options, &note);
  if (note.front_matter != vaultlint::FrontMatterState::valid) {
    return {false, false, "front matter not read: " + note.extras().front_matter_error};
  }
  const bool found_valid = note.extras().field_findings.empty();
  const bool fallback = !found_valid && !valid &&
                        vaultlint::validate_instance(*config.schemas->for_every_note(), data,
                                                     config.schemas->values())[0].keyword == "schema";
  std::string why = found_valid ? "no violation found" : note.extras().field_findings.front().message;
  return {found_valid == valid, fallback, why};
}

std::set<std::string> read_known_failures(const fs::path& file) {
  std::set<std::string> known;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') known.insert(line);
  }
  return known;
}

bool load_schema(const json& schema, const fs::path& work, vaultlint::Config* config, std::string* error) {
  std::ofstream(work / "schema.json") << schema.dump(2);
  return vaultlint::parse_config("schemas:\n  \"*\": schema.json\n", (work / ".vaultlint.yaml").string(), config,
                                 error);
}

struct Tally {
  int passed = 0;
  int total = 0;
};

struct Run {
  const std::set<std::string>& known;
  const fs::path& work;
  std::map<std::string, Tally> objects;  ///< by keyword
  std::map<std::string, Tally> values;   ///< by keyword
  std::vector<std::string> unexpected;
  int fallbacks = 0;

  void group(const std::string& keyword, const json& group) {
    for (const bool as_value : {false, true}) {
      vaultlint::Config config;
      std::string load_error;
      const json schema = as_value ? wrapped_schema(group["schema"]) : group["schema"];
      const bool loaded = load_schema(schema, work, &config, &load_error);
      for (const auto& test : group["tests"]) {
        if (test["data"].is_object() == as_value) continue;
        const json data = as_value ? json{{"value", test["data"]}} : test["data"];
        for (const bool block_style : {true, false}) {
          const std::string id = keyword + " | " + group["description"].get<std::string>() + " | " +
                                 test["description"].get<std::string>() + " | " + (block_style ? "block" : "flow") +
                                 (as_value ? " | as value" : "");
          one(id, (as_value ? values : objects)[keyword],
              loaded ? run_case(config, data, test["valid"].get<bool>(), block_style)
                     : Outcome{false, false, "schema not loaded: " + load_error});
        }
      }
    }
  }

  void one(const std::string& id, Tally& tally, const Outcome& outcome) {
    ++tally.total;
    fallbacks += outcome.fallback;
    if (outcome.passed) {
      ++tally.passed;
      if (known.count(id)) unexpected.push_back("passes now (remove from the known failures): " + id);
    } else if (!known.count(id)) {
      unexpected.push_back("FAILS: " + id + " -- " + outcome.why);
    }
  }
};

Tally print(const char* title, const std::map<std::string, Tally>& by_keyword) {
  Tally all;
  std::cout << title << ":\n";
  for (const auto& [keyword, tally] : by_keyword) {
    if (tally.total == 0) continue;
    std::cout << "  " << keyword << ": " << tally.passed << "/" << tally.total << "\n";
    all.passed += tally.passed;
    all.total += tally.total;
  }
  return all;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: run_schema_suite SUITE_DIR KNOWN_FAILURES WORK_DIR\n";
    return 2;
  }
  const fs::path tests = fs::path(argv[1]) / "tests" / "draft7";
  if (!fs::is_directory(tests)) {
    std::cout << "JSON-Schema-Test-Suite not found at " << tests << " (Debian: json-schema-test-suite)\n";
    return 77;
  }
  const fs::path work = argv[3];
  fs::create_directories(work);
  const auto known = read_known_failures(argv[2]);
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(tests)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  Run run{known, work, {}, {}, {}, 0};
  for (const auto& file : files) {
    for (const auto& group : json::parse(std::ifstream(file))) run.group(file.stem().string(), group);
  }
  const Tally objects = print("Object instances as front matter", run.objects);
  const Tally values = print("Other instances as the value of a key", run.values);
  std::cout << "JSON-Schema-Test-Suite draft 7, block and flow YAML: " << objects.passed << " of " << objects.total
            << " object cases pass; " << values.passed << " of " << values.total
            << " other cases pass as a value; " << run.fallbacks
            << " invalid cases reported in valijson's own words\n";
  for (const auto& line : run.unexpected) std::cout << line << "\n";
  return run.unexpected.empty() ? 0 : 1;
}
