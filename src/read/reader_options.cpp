// The reader's options for a config: what it reads, and which value checks
// it runs while reading.
#include "read/note_reader.hpp"
#include "vaultlint/check.hpp"

namespace vaultlint {
namespace {

/// The value checks the read stage runs: only those whose rule is on.
FieldChecks field_checks_for(const Config& config) {
  FieldChecks checks;
  // Deeper front matter was refused before yaml-cpp saw it.
  checks.limits.max_depth = config.max_frontmatter_depth;
  if (config.schemas && rule_severity(config, kSchemaViolationRule) != Severity::off) {
    checks.schemas = config.schemas.get();
  }
  if (!config.synonyms.empty() && rule_severity(config, kConflictingFieldsRule) != Severity::off) {
    checks.synonyms = &config.synonyms;
  }
  return checks;
}

}  // namespace

ReaderOptions reader_options_for(const Config& config) {
  return ReaderOptions{
      config.edge_fields, config.max_file_size,
      FrontMatterLimits{config.max_frontmatter_depth, config.max_frontmatter_size,
                        config.max_alias_expansion},
      field_checks_for(config)};
}

}  // namespace vaultlint
