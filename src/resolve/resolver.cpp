#include "resolve/resolver.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

#include <algorithm>

#include "read/inline_scanner.hpp"
#include "text/unicode.hpp"
#include "text/vault_path.hpp"

namespace vaultlint {
namespace {

bool has_whitespace(std::string_view text) {
  return text.find_first_of(" \t") != std::string_view::npos;
}

bool same_block_id(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

ReferenceDetail& detail_of(Reference& ref) {
  if (!ref.detail) ref.detail = std::make_unique<ReferenceDetail>();
  return *ref.detail;
}

class Resolver {
 public:
  Resolver(const std::vector<Note>& notes, const NoteIndex& index) : notes_(notes), index_(index) {}

  Reference resolve_link(std::uint32_t source, std::uint32_t item) const {
    const Link& link = notes_[source].links[item];
    Reference ref;
    ref.source = source;
    ref.item = item;
    if (link.syntax == LinkSyntax::markdown) {
      ref.kind = kMarkdownEdge;
      resolve_markdown_target(source, link.target(), ref);
    } else {
      ref.kind = link.syntax == LinkSyntax::embed ? kEmbedEdge : kWikilinkEdge;
      if (link.target().empty()) {
        set_target(ref, source);
      } else {
        resolve_name(source, link.target(), true, ref);
      }
    }
    if (ref.status == RefStatus::resolved && !link.fragment().empty()) {
      check_fragment(link, ref);
    }
    return ref;
  }

  Reference resolve_field(std::uint32_t source, std::uint32_t item, EdgeKind kind) const {
    const FieldRef& field = notes_[source].field_refs[item];
    Reference ref;
    ref.source = source;
    ref.from_field = true;
    ref.item = item;
    ref.kind = kind;
    const bool bracketed = is_wikilink_value(field.value);
    std::string inner_target;
    std::string_view target = field.value;
    if (bracketed) {
      inner_target = field_target(field.value);
      target = inner_target;
    }
    resolve_name(source, target, false, ref);
    // Real vaults write prose in these fields ("challenges: This view ignores
    // cost"): a lone sentence that names nothing is not a reference.
    if (ref.status == RefStatus::broken && !bracketed && !field.in_list && has_whitespace(target)) {
      ref.status = RefStatus::prose;
    }
    return ref;
  }

 private:
  void set_target(Reference& ref, std::uint32_t note) const {
    ref.status = RefStatus::resolved;
    ref.target = note;
  }

  void take_candidates(Reference& ref, std::span<const std::uint32_t> candidates) const {
    if (candidates.size() == 1) {
      set_target(ref, candidates.front());
    } else if (candidates.size() > 1) {
      ref.status = RefStatus::ambiguous;
      detail_of(ref).candidates.assign(candidates.begin(), candidates.end());
    }
  }

  /// Wikilink and front-matter targets: name, vault path, or relative path.
  void resolve_name(std::uint32_t source, std::string_view written, bool allow_files,
                    Reference& ref) const {
    ref.status = RefStatus::broken;
    std::string nfc_storage;
    std::string_view target = nfc_view(written, &nfc_storage);
    if (target.substr(0, 2) == "./" || target.substr(0, 3) == "../") {
      const auto joined = join_vault_path(parent_folder(notes_[source].path), target);
      if (!joined) {
        ref.status = RefStatus::outside_vault;
        return;
      }
      detail_of(ref).resolved_path = *joined;
      take_candidates(ref, index_.notes_at_path_suffix(strip_md_extension(*joined)));
    } else if (target.find('/') != std::string_view::npos) {
      while (!target.empty() && target.front() == '/') target.remove_prefix(1);
      take_candidates(ref, index_.notes_at_path_suffix(strip_md_extension(target)));
    } else {
      take_candidates(ref, index_.notes_named(strip_md_extension(target)));
    }
    if (ref.status == RefStatus::broken && allow_files && has_extension(target) &&
        index_.files_matching(target) > 0) {
      ref.status = RefStatus::resolved_file;
    }
  }

  void resolve_markdown_target(std::uint32_t source, std::string_view target,
                               Reference& ref) const {
    if (target.empty()) {
      set_target(ref, source);
      return;
    }
    const auto path = join_vault_path(parent_folder(notes_[source].path), target);
    if (!path) {
      ref.status = RefStatus::outside_vault;
      return;
    }
    detail_of(ref).resolved_path = *path;
    if (const auto note = index_.note_at(*path)) {
      set_target(ref, *note);
    } else if (index_.file_at(*path)) {
      ref.status = RefStatus::resolved_file;
    } else if (const auto with_md = index_.note_at(*path + ".md");
               with_md && !has_extension(*path)) {
      set_target(ref, *with_md);
    } else {
      ref.status = RefStatus::broken;
    }
  }

  void check_fragment(const Link& link, Reference& ref) const {
    const Note& target = notes_[static_cast<std::size_t>(ref.target)];
    if (link.fragment_is_block) {
      const bool found = std::any_of(
          target.block_ids.begin(), target.block_ids.end(),
          [&](std::string_view id) { return same_block_id(id, link.fragment()); });
      if (!found) ref.status = RefStatus::missing_block;
    } else {
      const std::string key = heading_key(link.fragment());
      const bool found = std::find(target.heading_keys.begin(), target.heading_keys.end(), key) !=
                         target.heading_keys.end();
      if (!found) ref.status = RefStatus::missing_heading;
    }
  }

  const std::vector<Note>& notes_;
  const NoteIndex& index_;
};

}  // namespace

bool is_wikilink_value(std::string_view value) {
  return value.size() > 4 && value.substr(0, 2) == "[[" && value.substr(value.size() - 2) == "]]";
}

std::string field_target(std::string_view value) {
  if (!is_wikilink_value(value)) return std::string(value);
  Link inner;
  parse_wikilink_inner(value.substr(2, value.size() - 4), &inner);
  return std::string(inner.target());
}

std::vector<Reference> resolve_references(const std::vector<Note>& notes, const NoteIndex& index,
                                          const std::vector<std::string>& edge_fields, unsigned threads) {
  const Resolver resolver(notes, index);
  // Each note's references go to a known place in one exactly sized vector:
  // no regrowth (which held two copies, 140 MB at 100k notes) and no
  // order to restore after resolving notes in parallel.
  std::vector<std::size_t> first(notes.size() + 1, 0);
  for (std::size_t source = 0; source < notes.size(); ++source) {
    first[source + 1] = first[source] + notes[source].field_refs.size() + notes[source].links.size();
  }
  std::vector<Reference> refs(first.back());
  const auto resolve_notes = [&](std::size_t begin, std::size_t end) {
    for (auto source = static_cast<std::uint32_t>(begin); source < end; ++source) {
      const Note& note = notes[source];
      Reference* out = refs.data() + first[source];
      for (std::uint32_t item = 0; item < note.field_refs.size(); ++item) {
        const auto field = std::find(edge_fields.begin(), edge_fields.end(), note.field_refs[item].field);
        const auto kind = static_cast<EdgeKind>(kFirstFieldEdge + (field - edge_fields.begin()));
        *out++ = resolver.resolve_field(source, item, kind);
      }
      for (std::uint32_t item = 0; item < note.links.size(); ++item) *out++ = resolver.resolve_link(source, item);
    }
  };
  if (threads <= 1) {
    resolve_notes(0, notes.size());
    return refs;
  }
  // The resolver and the index are only read: notes can be resolved on
  // every core, a batch per task.
  constexpr std::size_t kNotesPerTask = 512;
  boost::asio::thread_pool pool(threads);
  for (std::size_t begin = 0; begin < notes.size(); begin += kNotesPerTask) {
    boost::asio::post(pool, [&, begin] { resolve_notes(begin, std::min(notes.size(), begin + kNotesPerTask)); });
  }
  pool.join();
  return refs;
}

}  // namespace vaultlint
