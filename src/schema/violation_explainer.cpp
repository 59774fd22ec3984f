#include "schema/violation_explainer.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/adapters/std_string_adapter.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/constraints/constraint_visitor.hpp>
#include <valijson/subschema.hpp>
#include <valijson/validation_visitor.hpp>

#include <fmt/format.h>

#include <optional>

#include "schema/value_text.hpp"

namespace vaultlint {
namespace {

namespace vc = valijson::constraints;
using Adapter = valijson::adapters::NlohmannJsonAdapter;
using valijson::Subschema;
using Anchor = Violation::Anchor;

struct Context {
  const SchemaValues& values;
  RegexCache& regexes;
  std::vector<Violation>& out;
};

std::string join_types(const std::vector<vc::TypeConstraint::JsonType>& types) {
  static constexpr const char* kNames[] = {"any",    "array",  "boolean", "integer",
                                           "null",   "number", "object",  "string"};
  std::string out;
  for (std::size_t i = 0; i < types.size(); ++i) {
    if (i > 0) out += i + 1 == types.size() ? " or " : ", ";
    out += kNames[types[i]];
  }
  return out;
}

std::vector<vc::TypeConstraint::JsonType> named_types(const vc::TypeConstraint& constraint) {
  std::vector<vc::TypeConstraint::JsonType> types;
  constraint.applyToNamedTypes([&](vc::TypeConstraint::JsonType type) {
    types.push_back(type);
    return true;
  });
  return types;
}

/// What a subschema asks for, in a few words, when all it holds is one
/// `type` or one `required` constraint: "string", "property 'sources'".
/// nullopt for anything else.
std::optional<std::string> simple_branch(const Subschema& schema) {
  std::optional<std::string> text;
  int constraints = 0;
  Subschema::ApplyFunction look = [&](const vc::Constraint& constraint) {
    ++constraints;
    if (const auto* type = dynamic_cast<const vc::TypeConstraint*>(&constraint)) {
      text = join_types(named_types(*type));
    } else if (const auto* required = dynamic_cast<const vc::RequiredConstraint*>(&constraint)) {
      std::vector<std::string> names;
      required->applyToRequiredProperties([&](const auto& name) {
        names.push_back("'" + std::string(name.c_str()) + "'");
        return true;
      });
      text = fmt::format("{} {}", names.size() == 1 ? "property" : "properties", fmt::join(names, " and "));
    }
    return true;
  };
  schema.apply(look);
  if (constraints != 1 || schema.getAlwaysInvalid()) return std::nullopt;
  return text;
}

/// "at most 1 item (maxItems)", "at least 3 characters (minLength)".
std::string count_of(const char* bound, std::uint64_t count, const char* one, const char* many, const char* keyword) {
  return fmt::format("{} {} {} ({})", bound, count, count == 1 ? one : many, keyword);
}

/// The printed form of a frozen value: the collected schema value that
/// compares equal to it.
std::optional<std::string> frozen_text(const valijson::adapters::FrozenValue& frozen,
                                       const std::vector<nlohmann::json>& candidates) {
  for (const auto& candidate : candidates) {
    if (frozen.equalTo(Adapter(candidate), true)) return value_text(candidate);
  }
  return std::nullopt;
}

std::string enum_text(const vc::EnumConstraint& constraint, const SchemaValues& values) {
  std::vector<const valijson::adapters::FrozenValue*> frozen;
  constraint.applyToValues([&](const valijson::adapters::FrozenValue& value) {
    frozen.push_back(&value);
    return true;
  });
  for (const auto& list : values.enums) {
    if (list.size() != frozen.size()) continue;
    bool same = true;
    for (std::size_t i = 0; same && i < frozen.size(); ++i) same = frozen[i]->equalTo(Adapter(list[i]), true);
    if (!same) continue;
    constexpr std::size_t kShown = 8;
    std::string out = "one of ";
    for (std::size_t i = 0; i < list.size() && i < kShown; ++i) out += (i ? ", " : "") + value_text(list[i]);
    if (list.size() > kShown) out += fmt::format(", ... ({} values)", list.size());
    return out;
  }
  return fmt::format("one of the {} listed values", frozen.size());
}

class Explainer final : public vc::ConstraintVisitor {
 public:
  Explainer(const nlohmann::json& value, InstancePath& path, Context& ctx)
      : value_(value), path_(path), ctx_(ctx) {}

  void explain(const Subschema& schema) {
    if (schema.getAlwaysInvalid()) {
      add(path_, Anchor::value, "false", "nothing here (the schema is false)");
      return;
    }
    Subschema::ApplyFunction visit_each = [this](const vc::Constraint& constraint) {
      constraint.accept(*this);
      return true;
    };
    schema.apply(visit_each);
  }

  bool visit(const vc::AllOfConstraint& c) override {
    c.applyToSubschemas([&](unsigned, const Subschema* sub) {
      explain(*sub);
      return true;
    });
    return true;
  }

  bool visit(const vc::AnyOfConstraint& c) override { return alternatives(c, "anyOf"); }
  bool visit(const vc::OneOfConstraint& c) override { return alternatives(c, "oneOf"); }

  bool visit(const vc::ConditionalConstraint& c) override {
    const Subschema* branch = matches(*c.getIfSubschema(), value_) ? c.getThenSubschema() : c.getElseSubschema();
    if (branch != nullptr) explain(*branch);
    return true;
  }

  bool visit(const vc::NotConstraint& c) override {
    if (matches(*c.getSubschema(), value_)) add(path_, Anchor::value, "not", "a value the 'not' schema rejects (not)");
    return true;
  }

  bool visit(const vc::ConstConstraint& c) override {
    if (holds(c)) return true;
    const auto text = frozen_text(*c.getValue(), ctx_.values.consts);
    return add(path_, Anchor::value, "const", (text ? *text : "the const value") + " (const)");
  }

  bool visit(const vc::EnumConstraint& c) override {
    return holds(c) || add(path_, Anchor::value, "enum", enum_text(c, ctx_.values) + " (enum)");
  }

  bool visit(const vc::TypeConstraint& c) override {
    return holds(c) || add(path_, Anchor::value, "type", join_types(named_types(c)));
  }

  bool visit(const vc::FormatConstraint& c) override {
    return holds(c) || add(path_, Anchor::value, "format", fmt::format("a {} (format)", c.getFormat()));
  }

  bool visit(const vc::PatternConstraint& c) override {
    return holds(c) || add(path_, Anchor::value, "pattern",
                           fmt::format("a string matching /{}/ (pattern)", c.getPattern<std::allocator<char>>()));
  }

  bool visit(const vc::MaximumConstraint& c) override {
    const char* op = c.getExclusiveMaximum() ? "<" : "<=";
    const char* keyword = c.getExclusiveMaximum() ? "exclusiveMaximum" : "maximum";
    return holds(c) || add(path_, Anchor::value, keyword,
                           fmt::format("a number {} {} ({})", op, number_text(c.getMaximum()), keyword));
  }

  bool visit(const vc::MinimumConstraint& c) override {
    const char* op = c.getExclusiveMinimum() ? ">" : ">=";
    const char* keyword = c.getExclusiveMinimum() ? "exclusiveMinimum" : "minimum";
    return holds(c) || add(path_, Anchor::value, keyword,
                           fmt::format("a number {} {} ({})", op, number_text(c.getMinimum()), keyword));
  }

  bool visit(const vc::MultipleOfDoubleConstraint& c) override {
    return holds(c) || add(path_, Anchor::value, "multipleOf",
                           fmt::format("a multiple of {} (multipleOf)", number_text(c.getDivisor())));
  }

  bool visit(const vc::MultipleOfIntConstraint& c) override {
    return holds(c) ||
           add(path_, Anchor::value, "multipleOf", fmt::format("a multiple of {} (multipleOf)", c.getDivisor()));
  }

  bool visit(const vc::MaxLengthConstraint& c) override {
    return holds(c) || add_length(count_of("at most", c.getMaxLength(), "character", "characters", "maxLength"), "maxLength");
  }

  bool visit(const vc::MinLengthConstraint& c) override {
    return holds(c) || add_length(count_of("at least", c.getMinLength(), "character", "characters", "minLength"), "minLength");
  }

  bool visit(const vc::MaxItemsConstraint& c) override {
    return holds(c) || add(path_, Anchor::value, "maxItems", count_of("at most", c.getMaxItems(), "item", "items", "maxItems"));
  }

  bool visit(const vc::MinItemsConstraint& c) override {
    return holds(c) ||
           add(path_, Anchor::value, "minItems", count_of("at least", c.getMinItems(), "item", "items", "minItems"));
  }

  bool visit(const vc::MaxPropertiesConstraint& c) override {
    return holds(c) || add(path_, Anchor::value, "maxProperties",
                           count_of("at most", c.getMaxProperties(), "property", "properties", "maxProperties"));
  }

  bool visit(const vc::MinPropertiesConstraint& c) override {
    return holds(c) || add(path_, Anchor::value, "minProperties",
                           count_of("at least", c.getMinProperties(), "property", "properties", "minProperties"));
  }

  bool visit(const vc::UniqueItemsConstraint& c) override {
    if (holds(c) || !value_.is_array()) return true;
    for (std::size_t i = 1; i < value_.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (!matches_value(value_[i], value_[j])) continue;
        InstancePath at = with_index(i);
        return add(at, Anchor::value, "uniqueItems",
                   fmt::format("unique items (uniqueItems), got {} again (also item {})", describe_value(value_[i]), j),
                   true);
      }
    }
    return add(path_, Anchor::value, "uniqueItems", "unique items (uniqueItems)");
  }

  bool visit(const vc::RequiredConstraint& c) override {
    if (!value_.is_object()) return true;
    c.applyToRequiredProperties([&](const auto& name) {
      if (!value_.contains(name.c_str())) {
        add_bare(with_key(name.c_str()), Anchor::parent, "required", "required property is missing");
      }
      return true;
    });
    return true;
  }

  bool visit(const vc::DependenciesConstraint& c) override {
    if (!value_.is_object()) return true;
    c.applyToPropertyDependencies([&](const auto& name, const auto& needed) {
      if (!value_.contains(name.c_str())) return true;
      for (const auto& other : needed) {
        if (value_.contains(other.c_str())) continue;
        add_bare(with_key(other.c_str()), Anchor::parent, "dependencies",
                 fmt::format("property is missing, but '{}' needs it (dependencies)", name.c_str()));
      }
      return true;
    });
    c.applyToSchemaDependencies([&](const auto& name, const Subschema* sub) {
      if (value_.contains(name.c_str())) explain(*sub);
      return true;
    });
    return true;
  }

  bool visit(const vc::PropertiesConstraint& c) override;
  bool visit(const vc::PropertyNamesConstraint& c) override;
  bool visit(const vc::SingularItemsConstraint& c) override;
  bool visit(const vc::LinearItemsConstraint& c) override;
  bool visit(const vc::ContainsConstraint& c) override;

  bool visit(const vc::PolyConstraint& c) override {
    return holds(c) || add(path_, Anchor::value, "custom", "a value the custom constraint accepts");
  }

 private:
  template <typename Constraint>
  bool holds(const Constraint& constraint) {
    const Adapter target(value_);
    valijson::ValidationVisitor<Adapter> check(target, {}, true, nullptr, ctx_.regexes);
    return constraint.accept(check);
  }

  bool matches(const Subschema& schema, const nlohmann::json& value) {
    const Adapter target(value);
    valijson::ValidationVisitor<Adapter> check(target, {}, true, nullptr, ctx_.regexes);
    return check.validateSchema(schema);
  }

  bool matches_value(const nlohmann::json& a, const nlohmann::json& b) {
    return Adapter(a).equalTo(Adapter(b), true);
  }

  void descend(const nlohmann::json& value, PathStep step, const Subschema& schema) {
    path_.push_back(std::move(step));
    Explainer(value, path_, ctx_).explain(schema);
    path_.pop_back();
  }

  InstancePath with_key(const std::string& key) const {
    InstancePath at = path_;
    at.push_back(PathStep{key, 0, false});
    return at;
  }

  InstancePath with_index(std::size_t index) const {
    InstancePath at = path_;
    at.push_back(PathStep{"", index, true});
    return at;
  }

  /// "<where>: <text>" with no expected/got form.
  bool add_bare(InstancePath at, Anchor anchor, std::string keyword, const std::string& text) {
    const std::string pointer = json_pointer(at);
    ctx_.out.push_back(Violation{std::move(at), anchor, std::move(keyword),
                                 (pointer.empty() ? std::string("front matter") : pointer) + ": " + text});
    return false;
  }

  /// "<where>: expected <expected>, got <the value>"; with `complete`,
  /// `expected` already says what was got.
  bool add(const InstancePath& at, Anchor anchor, std::string keyword, const std::string& expected,
           bool complete = false) {
    const std::string text = complete ? "expected " + expected
                                      : "expected " + expected + ", got " + describe_value(value_);
    return add_bare(at, anchor, std::move(keyword), text);
  }

  bool add_length(const std::string& expected, const char* keyword) {
    const auto length = value_.is_string() ? valijson::utils::u8_strlen(value_.get_ref<const std::string&>().c_str()) : 0;
    return add(path_, Anchor::value, keyword,
               fmt::format("{}, got {} characters: {}", expected, length, value_text(value_)), true);
  }

  template <typename Alternatives>
  bool alternatives(const Alternatives& c, const char* keyword) {
    std::size_t count = 0;
    std::size_t matched = 0;
    std::vector<std::string> branches;  // the simple ones, in words
    c.applyToSubschemas([&](unsigned, const Subschema* sub) {
      ++count;
      if (matches(*sub, value_)) ++matched;
      if (const auto text = simple_branch(*sub)) branches.push_back(*text);
      return true;
    });
    const bool one_of = std::string_view(keyword) == "oneOf";
    if (matched == 1 || (!one_of && matched > 0)) return true;
    if (matched == 0 && branches.size() == count) {
      return add(path_, Anchor::value, keyword, fmt::format("{} ({})", fmt::join(branches, " or "), keyword));
    }
    const std::string expected =
        fmt::format("a value matching {} of the {} {} schemas", one_of ? "exactly one" : "one", count, keyword);
    if (matched == 0) return add(path_, Anchor::value, keyword, expected);
    return add(path_, Anchor::value, keyword,
               fmt::format("{}, got {} matching {} of them", expected, describe_value(value_), matched), true);
  }

  const nlohmann::json& value_;
  InstancePath& path_;
  Context& ctx_;
};

bool Explainer::visit(const vc::PropertiesConstraint& c) {
  if (!value_.is_object()) return true;
  for (const auto& item : value_.items()) {
    // Named, not structured bindings: clang 14 (the fuzz build) cannot capture those in a lambda.
    const std::string& key = item.key();
    const nlohmann::json& child = item.value();
    bool matched = false;
    c.applyToProperties([&](const auto& name, const Subschema* sub) {
      if (key != name.c_str()) return true;
      matched = true;
      if (sub->getAlwaysInvalid()) {
        add_bare(with_key(key), Anchor::key, "false", "property is not allowed (its schema is false)");
      } else {
        descend(child, PathStep{key, 0, false}, *sub);
      }
      return false;
    });
    c.applyToPatternProperties([&](const auto& pattern, const Subschema* sub) {
      auto regex = ctx_.regexes.find(pattern.c_str());
      if (regex == ctx_.regexes.end()) regex = ctx_.regexes.emplace(pattern.c_str(), std::regex(pattern.c_str())).first;
      if (!std::regex_search(key, regex->second)) return true;
      matched = true;
      descend(child, PathStep{key, 0, false}, *sub);
      return true;
    });
    if (matched) continue;
    if (const Subschema* additional = c.getAdditionalPropertiesSubschema()) {
      descend(child, PathStep{key, 0, false}, *additional);
    } else {
      add_bare(with_key(key), Anchor::key, "additionalProperties",
               "property is not allowed (additionalProperties)");
    }
  }
  return true;
}

bool Explainer::visit(const vc::PropertyNamesConstraint& c) {
  if (!value_.is_object()) return true;
  for (const auto& [key, child] : value_.items()) {
    const valijson::adapters::StdStringAdapter name(key);
    valijson::ValidationVisitor<valijson::adapters::StdStringAdapter> check(name, {}, true, nullptr, ctx_.regexes);
    if (!check.validateSchema(*c.getSubschema())) {
      add_bare(with_key(key), Anchor::key, "propertyNames", "property name is not allowed (propertyNames)");
    }
  }
  return true;
}

bool Explainer::visit(const vc::SingularItemsConstraint& c) {
  if (!value_.is_array()) return true;
  for (std::size_t i = 0; i < value_.size(); ++i) descend(value_[i], PathStep{"", i, true}, *c.getItemsSubschema());
  return true;
}

bool Explainer::visit(const vc::LinearItemsConstraint& c) {
  if (!value_.is_array()) return true;
  std::size_t covered = 0;
  c.applyToItemSubschemas([&](unsigned index, const Subschema* sub) {
    if (index >= value_.size()) return false;
    descend(value_[index], PathStep{"", index, true}, *sub);
    covered = index + 1;
    return true;
  });
  const Subschema* additional = c.getAdditionalItemsSubschema();
  for (std::size_t i = covered; i < value_.size(); ++i) {
    if (additional != nullptr) {
      descend(value_[i], PathStep{"", i, true}, *additional);
    } else {
      add_bare(with_index(i), Anchor::value, "additionalItems",
               "expected " + count_of("at most", c.getItemSubschemaCount(), "item", "items", "additionalItems") +
                   ", got " + describe_value(value_));
      break;
    }
  }
  return true;
}

bool Explainer::visit(const vc::ContainsConstraint& c) {
  if (!value_.is_array()) return true;
  for (const auto& item : value_) {
    if (matches(*c.getSubschema(), item)) return true;
  }
  return add(path_, Anchor::value, "contains", "an item that matches the 'contains' schema (contains)");
}

}  // namespace

void explain_violations(const Subschema& schema, const nlohmann::json& instance, const SchemaValues& values,
                        RegexCache& regexes, std::vector<Violation>* out) {
  InstancePath path;
  Context ctx{values, regexes, *out};
  Explainer(instance, path, ctx).explain(schema);
}

}  // namespace vaultlint
