#include "cache/note_codec.hpp"

#include "cache/byte_codec.hpp"

namespace vaultlint {
namespace {

// A field added to Note must be added here too, or a warm run would lose
// it: this fails to compile until the codec has been looked at. (The cache
// format version in note_cache.cpp goes up with any change here.)
static_assert(sizeof(Note) == 408 && sizeof(NoteExtras) == 192, "Note changed: update encode_note/decode_note");

void put_links(ByteWriter& out, const std::vector<Link>& links) {
  out.put_uint(links.size());
  for (const auto& link : links) {
    out.put_uint(static_cast<std::uint64_t>(link.syntax));
    out.put_string(link.written());
    out.put_string(link.target());
    out.put_string(link.fragment());
    out.put_bool(link.fragment_is_block);
    put_pos(out, link.pos);
  }
}

bool get_links(ByteReader& in, std::vector<Link>* links) {
  std::size_t count = 0;
  if (!in.get_count(&count)) return false;
  links->resize(count);
  for (auto& link : *links) {
    std::string_view written, target, fragment;
    if (!get_enum(in, LinkSyntax::markdown, &link.syntax) || !in.get_view(&written) ||
        !in.get_view(&target) || !in.get_view(&fragment) ||
        !in.get_bool(&link.fragment_is_block) || !get_pos(in, &link.pos)) {
      return false;
    }
    link.set_text(written, target, fragment);
  }
  return true;
}

void put_field_refs(ByteWriter& out, const std::vector<FieldRef>& refs) {
  out.put_uint(refs.size());
  for (const auto& ref : refs) {
    out.put_string(ref.field);
    out.put_string(ref.value);
    put_pos(out, ref.pos);
    out.put_bool(ref.in_list);
  }
}

bool get_field_refs(ByteReader& in, std::vector<FieldRef>* refs) {
  std::size_t count = 0;
  if (!in.get_count(&count)) return false;
  refs->resize(count);
  for (auto& ref : *refs) {
    if (!in.get_string(&ref.field) || !in.get_string(&ref.value) || !get_pos(in, &ref.pos) ||
        !in.get_bool(&ref.in_list)) {
      return false;
    }
  }
  return true;
}

void put_suppressions(ByteWriter& out, const std::vector<Suppression>& suppressions) {
  out.put_uint(suppressions.size());
  for (const auto& suppression : suppressions) {
    out.put_uint(static_cast<std::uint64_t>(suppression.kind));
    put_pos(out, suppression.pos);
    out.put_int(suppression.line);
    out.put_uint(suppression.rules.size());
    for (const auto& rule : suppression.rules) {
      out.put_string(rule.name);
      put_pos(out, rule.pos);
    }
  }
}

bool get_suppressions(ByteReader& in, std::vector<Suppression>* suppressions) {
  std::size_t count = 0;
  if (!in.get_count(&count)) return false;
  suppressions->resize(count);
  for (auto& suppression : *suppressions) {
    std::size_t rules = 0;
    if (!get_enum(in, SuppressionKind::whole_note, &suppression.kind) ||
        !get_pos(in, &suppression.pos) || !in.get_int32(&suppression.line) ||
        !in.get_count(&rules)) {
      return false;
    }
    suppression.rules.resize(rules);
    for (auto& rule : suppression.rules) {
      if (!in.get_string(&rule.name) || !get_pos(in, &rule.pos)) return false;
    }
  }
  return true;
}

void put_suppression_problems(ByteWriter& out, const std::vector<SuppressionProblem>& problems) {
  out.put_uint(problems.size());
  for (const auto& problem : problems) {
    put_pos(out, problem.pos);
    out.put_string(problem.message);
  }
}

bool get_suppression_problems(ByteReader& in, std::vector<SuppressionProblem>* problems) {
  std::size_t count = 0;
  if (!in.get_count(&count)) return false;
  problems->resize(count);
  for (auto& problem : *problems) {
    if (!get_pos(in, &problem.pos) || !in.get_string(&problem.message)) return false;
  }
  return true;
}

void put_field_findings(ByteWriter& out, const std::vector<FieldFinding>& findings) {
  out.put_uint(findings.size());
  for (const auto& finding : findings) {
    out.put_string(finding.rule);
    put_pos(out, finding.pos);
    out.put_string(finding.message);
    out.put_string(finding.target);
  }
}

bool get_field_findings(ByteReader& in, std::vector<FieldFinding>* findings) {
  std::size_t count = 0;
  if (!in.get_count(&count)) return false;
  findings->resize(count);
  for (auto& finding : *findings) {
    if (!in.get_string(&finding.rule) || !get_pos(in, &finding.pos) ||
        !in.get_string(&finding.message) || !in.get_string(&finding.target)) {
      return false;
    }
  }
  return true;
}

}  // namespace

void encode_note(const Note& note, std::string* bytes) {
  ByteWriter out(bytes);
  out.put_uint(note.size);
  out.put_bool(note.empty);
  out.put_uint(static_cast<std::uint64_t>(note.problem));
  put_pos(out, note.extras().problem_pos);
  out.put_string(note.extras().problem_detail);
  out.put_uint(static_cast<std::uint64_t>(note.front_matter));
  put_pos(out, note.extras().front_matter_error_pos);
  out.put_string(note.extras().front_matter_error);
  out.put_bool(note.id.has_value());
  out.put_string(note.id.value_or(""));
  put_pos(out, note.id_pos);
  out.put_string(note.type);
  put_pos(out, note.type_pos);
  put_strings(out, note.aliases);
  put_strings(out, note.tags);
  put_strings(out, note.nonempty_fields);
  put_field_refs(out, note.field_refs);
  put_field_findings(out, note.extras().field_findings);
  out.put_string(note.extras().body_not_parsed);
  put_pos(out, note.extras().body_not_parsed_pos);
  out.put_string(note.title);
  put_links(out, note.links);
  put_strings(out, note.heading_keys);
  put_strings(out, note.block_ids);
  put_suppressions(out, note.extras().suppressions);
  put_suppression_problems(out, note.extras().suppression_problems);
}

bool decode_note(std::string_view bytes, Note* note) {
  ByteReader in(bytes);
  bool has_id = false;
  std::string id;
  NoteExtras extras;
  if (!in.get_uint(&note->size) || !in.get_bool(&note->empty) ||
      !get_enum(in, ContentProblem::outside_vault, &note->problem) ||
      !get_pos(in, &extras.problem_pos) || !in.get_string(&extras.problem_detail) ||
      !get_enum(in, FrontMatterState::invalid, &note->front_matter) ||
      !get_pos(in, &extras.front_matter_error_pos) || !in.get_string(&extras.front_matter_error) ||
      !in.get_bool(&has_id) || !in.get_string(&id) || !get_pos(in, &note->id_pos) ||
      !in.get_string(&note->type) || !get_pos(in, &note->type_pos) ||
      !get_strings(in, &note->aliases) ||
      !get_strings(in, &note->tags) || !get_strings(in, &note->nonempty_fields) ||
      !get_field_refs(in, &note->field_refs) || !get_field_findings(in, &extras.field_findings) ||
      !in.get_string(&extras.body_not_parsed) || !get_pos(in, &extras.body_not_parsed_pos) ||
      !in.get_string(&note->title) ||
      !get_links(in, &note->links) || !get_strings(in, &note->heading_keys) ||
      !get_strings(in, &note->block_ids) || !get_suppressions(in, &extras.suppressions) ||
      !get_suppression_problems(in, &extras.suppression_problems)) {
    return false;
  }
  if (has_id) {
    note->id = std::move(id);
  } else {
    note->id.reset();
  }
  // Only a note that has extras gets them (NoteExtras says why).
  if (!extras.empty()) note->mutable_extras() = std::move(extras);
  return in.at_end();
}

}  // namespace vaultlint
