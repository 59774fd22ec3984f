#pragma once
/// What the reader learns from one note: everything later stages need, and
/// nothing more (the file's bytes are not kept).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vaultlint/diagnostic.hpp"
#include "vaultlint/string_list.hpp"

namespace vaultlint {

enum class LinkSyntax : std::uint8_t { wikilink, embed, markdown };

/// A link found in the body, outside code and raw HTML.
///
/// Its three texts share one string: a vault of 100,000 notes has about
/// 400,000 links, and three strings each made a link 120 bytes and up to
/// three allocations; this way it is 64 bytes and usually one.
class Link {
 public:
  LinkSyntax syntax = LinkSyntax::wikilink;
  bool fragment_is_block = false;
  SourcePos pos;  ///< the '[' (or '!' of an embed)

  /// As written before any '|' alias, with its '#...' part ('\|' read as '|').
  /// For markdown links: the href as written (still percent-encoded).
  std::string_view written() const { return part(0, written_size_); }
  /// The note/file part: for wikilinks the text before '#'; for markdown
  /// links the percent-decoded path without '#fragment' or '?query'.
  std::string_view target() const { return part(target_begin_, target_size_); }
  /// Heading text or block id (without '^'); empty when there is none.
  std::string_view fragment() const { return part(fragment_begin_, fragment_size_); }

  /// Sets all three; `target` and `fragment` may be views of any string
  /// (they are stored as part of `written` when they are found in it).
  void set_text(std::string_view written, std::string_view target, std::string_view fragment);

 private:
  std::string_view part(std::uint32_t begin, std::uint32_t size) const {
    return std::string_view(text_).substr(begin, size);
  }
  /// Places `part` in text_ (reusing what is already there) and returns where.
  std::uint32_t place(std::string_view part);

  std::uint32_t written_size_ = 0;
  std::uint32_t target_begin_ = 0, target_size_ = 0;
  std::uint32_t fragment_begin_ = 0, fragment_size_ = 0;
  std::string text_;  ///< written, then target and fragment if not in it
};
static_assert(sizeof(Link) <= 64);

/// A string value of a front-matter edge field (e.g. one item of `related`).
struct FieldRef {
  std::string field;
  std::string value;        ///< the scalar as YAML read it
  SourcePos pos;            ///< the value's first character (its opening quote)
  bool in_list = false;     ///< an item of a list, not the field's only value
};

/// A finding about front-matter values, made while the note was read
/// (schema-violation, conflicting-fields): plain data, so that a cache can
/// keep it with the note.
struct FieldFinding {
  std::string rule;     ///< the rule that reports it
  SourcePos pos;
  std::string message;
  std::string target;   ///< the JSON pointer or key it is about ("" for the whole front matter)
  friend bool operator==(const FieldFinding&, const FieldFinding&) = default;
};

enum class FrontMatterState {
  absent,    ///< the file does not start with '---'
  valid,     ///< parsed into a mapping
  invalid,   ///< YAML error, unclosed, or not a mapping
};

/// A rule name written in a suppression, and where it was written.
struct RuleMention {
  std::string name;
  SourcePos pos;  ///< its first character
  friend bool operator==(const RuleMention&, const RuleMention&) = default;
};

/// Where a suppression applies (docs/suppressions.md).
enum class SuppressionKind {
  disable_line,       ///< `<!-- vaultlint-disable-line -->`: the comment's first line
  disable_next_line,  ///< `<!-- vaultlint-disable-next-line -->`: the line after the comment
  disable,            ///< `<!-- vaultlint-disable -->`: from the comment on
  enable,             ///< `<!-- vaultlint-enable -->`: ends a disable from the comment on
  whole_note,         ///< front matter `vaultlint: { disable: [...] }`
};

/// One suppression directive of a note.
struct Suppression {
  SuppressionKind kind = SuppressionKind::disable;
  SourcePos pos;   ///< the comment's '<', or the front-matter `disable` key
  int line = 0;    ///< the line a disable_line or disable_next_line covers
  /// The rules it names; empty (comments only) means every rule.
  std::vector<RuleMention> rules;
  friend bool operator==(const Suppression&, const Suppression&) = default;
};

/// A suppression that cannot be read: an unknown directive, or a
/// front-matter `vaultlint` value of the wrong shape.
struct SuppressionProblem {
  SourcePos pos;
  std::string message;
  friend bool operator==(const SuppressionProblem&, const SuppressionProblem&) = default;
};

/// Why the file's content could not be used at all.
enum class ContentProblem { none, unreadable, too_large, nul_byte, invalid_utf8, outside_vault };

/// What most notes leave empty: problems reading them, findings made while
/// reading, suppressions. Held apart from Note, so that a vault of 100,000
/// notes does not keep some 190 empty bytes for each of them.
struct NoteExtras {
  SourcePos problem_pos;       ///< where the bad byte is, for encoding problems
  std::string problem_detail;  ///< e.g. strerror text

  SourcePos front_matter_error_pos;
  std::string front_matter_error;

  /// Schema and synonym findings, in the order they were found.
  std::vector<FieldFinding> field_findings;

  /// Why the body was not given to cmark-gfm (a shape it takes quadratic
  /// time on); empty when it was parsed. Such a body has no links.
  std::string body_not_parsed;
  SourcePos body_not_parsed_pos;

  /// Front-matter suppressions first, then comment directives in file order.
  std::vector<Suppression> suppressions;
  std::vector<SuppressionProblem> suppression_problems;

  friend bool operator==(const NoteExtras&, const NoteExtras&) = default;
  /// Whether every part is as a new NoteExtras has it.
  bool empty() const { return *this == NoteExtras{}; }
};

struct Note {
  std::string path;   ///< vault-relative, '/'-separated, NFC
  std::string stem;   ///< file name without ".md"
  std::uint64_t size = 0;
  bool empty = false;

  ContentProblem problem = ContentProblem::none;
  FrontMatterState front_matter = FrontMatterState::absent;

  std::optional<std::string> id;
  SourcePos id_pos;
  std::string type;
  SourcePos type_pos;  ///< the `type` value
  std::vector<std::string> aliases;
  std::vector<std::string> tags;
  /// Front-matter keys whose value is non-empty (not null, "", [] or {}).
  StringList nonempty_fields;  ///< sorted
  std::vector<FieldRef> field_refs;

  std::string title;  ///< text of the first level-1 heading, if any
  std::vector<Link> links;
  /// Headings, normalised for matching (see heading_key()).
  StringList heading_keys;
  StringList block_ids;

  /// The note's extras, empty ones when it has none.
  const NoteExtras& extras() const;
  /// The note's extras, made when it has none yet: for writing them.
  NoteExtras& mutable_extras();
  /// Whether mutable_extras() has made them.
  bool has_extras() const { return extras_.extras_ != nullptr; }

  /// The id if declared, else the stem: how the note is named in messages.
  const std::string& display_id() const { return id ? *id : stem; }
  bool has_nonempty_field(const std::string& key) const;

 private:
  /// Copies what it points to, so that Note keeps its default copies.
  class ExtrasBox {
   public:
    ExtrasBox() = default;
    ExtrasBox(const ExtrasBox& other)
        : extras_(other.extras_ ? std::make_unique<NoteExtras>(*other.extras_) : nullptr) {}
    ExtrasBox(ExtrasBox&&) noexcept = default;
    ExtrasBox& operator=(const ExtrasBox& other) {
      if (this != &other) *this = ExtrasBox(other);
      return *this;
    }
    ExtrasBox& operator=(ExtrasBox&&) noexcept = default;
    std::unique_ptr<NoteExtras> extras_;
  };
  ExtrasBox extras_;
};

}  // namespace vaultlint
