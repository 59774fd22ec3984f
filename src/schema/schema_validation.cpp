#include "schema/schema_validation.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <cctype>

#include "schema/violation_explainer.hpp"

namespace vaultlint {
namespace {

/// valijson's Validator caches compiled `pattern` regexes in itself, so it
/// is not shared between threads: each reader thread keeps its own.
struct ThreadValidator {
  valijson::Validator validator{valijson::Validator::kStrongTypes};
  RegexCache regexes;
};

ThreadValidator& thread_validator() {
  thread_local ThreadValidator local;
  return local;
}

/// valijson's path "<root>[related][1]" as an InstancePath (for the
/// fallback only; a key holding '[' or ']' may be split wrongly).
InstancePath path_of(const std::vector<std::string>& context) {
  InstancePath path;
  for (std::size_t i = 1; i < context.size(); ++i) {
    const std::string& part = context[i];
    const std::string inner = part.size() >= 2 ? part.substr(1, part.size() - 2) : part;
    const bool index = !inner.empty() && std::all_of(inner.begin(), inner.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
    path.push_back(index ? PathStep{"", std::stoul(inner), true} : PathStep{inner, 0, false});
  }
  return path;
}

/// When the explainer finds nothing valijson did (a construct it does not
/// follow), valijson's own deepest error is reported as it stands.
Violation fallback(const valijson::Schema& schema, const nlohmann::json& instance) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  validator.validate(schema, valijson::adapters::NlohmannJsonAdapter(instance), &results);
  Violation violation{{}, Violation::Anchor::value, "schema", "front matter: does not match the schema"};
  std::size_t deepest = 0;
  for (const auto& error : results) {
    if (error.context.size() <= deepest && deepest != 0) continue;
    deepest = error.context.size();
    violation.path = path_of(error.context);
    const std::string pointer = json_pointer(violation.path);
    violation.message = (pointer.empty() ? std::string("front matter") : pointer) + ": " + error.description;
  }
  return violation;
}

}  // namespace

std::vector<Violation> validate_instance(const valijson::Schema& schema, const nlohmann::json& instance,
                                         const SchemaValues& values) {
  ThreadValidator& local = thread_validator();
  const valijson::adapters::NlohmannJsonAdapter target(instance);
  if (local.validator.validate(schema, target, nullptr)) return {};
  std::vector<Violation> violations;
  explain_violations(schema, instance, values, local.regexes, &violations);
  if (violations.empty()) violations.push_back(fallback(schema, instance));
  return violations;
}

}  // namespace vaultlint
