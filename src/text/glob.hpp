#pragma once
#include <string_view>

namespace vaultlint {

/// Matches a vault-relative '/'-separated path against a glob: '*' and '?'
/// stay inside one folder name, '**' spans folders ("a/**/b" also matches
/// "a/b"), '[abc]' is a character class. A pattern with no '/' is matched
/// against every path suffix that starts a folder or file name, so "*.tmp.md"
/// and "templates" ignore at any depth; a pattern naming a folder also
/// covers everything below it.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace vaultlint
