#include "read/note_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <optional>
#include <cstring>

#include <xxhash.h>

#include "read/front_matter.hpp"
#include "read/inline_scanner.hpp"
#include "read/line_table.hpp"
#include "read/markdown_body.hpp"
#include "read/markdown_guard.hpp"
#include "read/suppression_comments.hpp"
#include "text/percent_decode.hpp"
#include "text/unicode.hpp"
#include "text/vault_path.hpp"

namespace vaultlint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

struct FileCloser {
  int fd;
  ~FileCloser() { ::close(fd); }
};

bool has_scheme(std::string_view url) {
  // RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return false;
  for (std::size_t i = 1; i < url.size(); ++i) {
    const char c = url[i];
    if (c == ':') return i > 1;  // "C:" is a drive letter, not a scheme
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  return false;
}

/// A body Markdown link, or nothing for external URLs.
std::optional<Link> markdown_link(const MarkdownLinkInfo& info) {
  const std::string_view url = info.url;
  // "//host/x" is a network-path reference: another host, like "https:".
  if (url.empty() || has_scheme(url) || url.substr(0, 2) == "//" ||
      url.find("://") != std::string_view::npos) {
    return std::nullopt;
  }
  Link link;
  link.syntax = LinkSyntax::markdown;
  link.pos = info.pos;
  std::string_view path = url;
  std::string_view fragment;
  if (const auto hash = path.find('#'); hash != std::string_view::npos) {
    fragment = path.substr(hash + 1);
    path = path.substr(0, hash);
  }
  if (const auto query = path.find('?'); query != std::string_view::npos) {
    path = path.substr(0, query);
  }
  std::string target = percent_decode(path);
  make_nfc(&target);
  const std::string decoded_fragment = percent_decode(fragment);
  link.fragment_is_block = !decoded_fragment.empty() && decoded_fragment.front() == '^';
  link.set_text(url, target,
                std::string_view(decoded_fragment).substr(link.fragment_is_block ? 1 : 0));
  return link;
}

/// Suppression directives, from the comments of HTML blocks and of text
/// blocks, in file order.
void read_suppressions(std::string_view content, const LineTable& lines,
                       const std::vector<TextBlock>& html_blocks,
                       const std::vector<HtmlComment>& text_comments, Note* note) {
  std::vector<HtmlComment> comments = comments_in_html_blocks(content, lines, html_blocks);
  comments.insert(comments.end(), text_comments.begin(), text_comments.end());
  std::sort(comments.begin(), comments.end(),
            [](const HtmlComment& a, const HtmlComment& b) { return a.begin < b.begin; });
  // Text and HTML blocks do not share lines, but a comment must never count twice.
  comments.erase(std::unique(comments.begin(), comments.end(),
                             [](const HtmlComment& a, const HtmlComment& b) {
                               return a.begin == b.begin;
                             }),
                 comments.end());
  read_suppression_comments(content, lines, comments, note);
}

void read_body(std::string_view content, const LineTable& lines, int skip_lines, Note* note) {
  if (auto refusal = check_markdown_shape(content, lines, skip_lines)) {
    note->mutable_extras().body_not_parsed = std::move(refusal->message);
    note->mutable_extras().body_not_parsed_pos = refusal->pos;
    return;
  }
  BodyStructure body = parse_markdown_body(content, lines, skip_lines);
  InlineScan scan = scan_text_blocks(content, lines, body.text_blocks);

  note->links = std::move(scan.wikilinks);
  for (const auto& info : body.links) {
    if (auto link = markdown_link(info)) note->links.push_back(std::move(*link));
  }
  std::stable_sort(note->links.begin(), note->links.end(), [](const Link& a, const Link& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
  });
  note->block_ids = std::move(scan.block_ids);
  read_suppressions(content, lines, body.html_blocks, scan.comments, note);
  for (auto& heading : body.headings) {
    if (note->title.empty() && heading.level == 1) note->title = heading.text;
    note->heading_keys.push_back(heading_key(heading.text));
  }
}

/// The note's lists hold what they grew to, up to twice their size. Every
/// note is kept until the end of the run, so in a vault of 100,000 the spare
/// room adds up to tens of megabytes; giving it back costs one copy a list.
void shrink_to_fit(Note* note) {
  note->aliases.shrink_to_fit();
  note->tags.shrink_to_fit();
  note->nonempty_fields.shrink_to_fit();
  note->field_refs.shrink_to_fit();
  note->links.shrink_to_fit();
  note->heading_keys.shrink_to_fit();
  note->block_ids.shrink_to_fit();
}

}  // namespace

void read_note_content(std::string_view bytes, const ReaderOptions& options, Note* note) {
  std::string_view content = bytes;
  if (content.substr(0, kBom.size()) == kBom) content.remove_prefix(kBom.size());
  if (const void* nul = std::memchr(content.data(), '\0', content.size())) {
    note->problem = ContentProblem::nul_byte;
    const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - content.data());
    note->mutable_extras().problem_pos = LineTable(content).pos_of(offset);
    return;
  }
  if (const auto bad = find_invalid_utf8(content)) {
    note->problem = ContentProblem::invalid_utf8;
    note->mutable_extras().problem_pos = LineTable(content).pos_of(*bad);
    return;
  }
  if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    note->empty = true;
    return;
  }
  const LineTable lines(content);
  const FrontMatterBlock front_matter = find_front_matter(content, lines);
  read_front_matter(front_matter, options.edge_fields, note, options.front_matter,
                    &options.field_checks);
  if (options.front_matter_only) return;
  // An unclosed front matter is not blanked: its lines may be the body.
  const int skip_lines = front_matter.closed ? front_matter.closing_line : 0;
  read_body(content, lines, skip_lines, note);
  shrink_to_fit(note);
}

std::uint64_t reader_fingerprint(const ReaderOptions& options) {
  std::string key = "edge_fields";
  for (const auto& field : options.edge_fields) {
    key += '\0';
    key += field;
  }
  key += "\0max_file_size\0" + std::to_string(options.max_file_size);
  const FrontMatterLimits& limits = options.front_matter;
  key += "\0front_matter_limits\0" + std::to_string(limits.max_depth) + ',' +
         std::to_string(limits.max_size) + ',' + std::to_string(limits.max_alias_expansion);
  // Schema and synonym findings are made while reading, so they are cached too.
  const FieldChecks& checks = options.field_checks;
  if (checks.schemas != nullptr) key += "\0schemas\0" + checks.schemas->source_key();
  if (checks.synonyms != nullptr) {
    key += "\0synonyms";
    for (const auto& group : *checks.synonyms) {
      key += '\0';
      for (const auto& name : group) key += name + ',';
    }
  }
  key += "\0limits\0" + std::to_string(checks.limits.max_depth) + ',' +
         std::to_string(checks.limits.max_values);
  key += options.front_matter_only ? "\0front_matter_only" : "";
  return XXH3_64bits(key.data(), key.size());
}

char* FileBytes::make_room(std::size_t capacity, std::size_t kept) {
  kept = std::min({kept, size_, capacity});
  auto room = std::make_unique_for_overwrite<char[]>(capacity);
  if (kept > 0) std::memcpy(room.get(), data_.get(), kept);
  data_ = std::move(room);
  size_ = kept;
  return data_.get();
}

void read_note_file(const std::string& file, const ReaderOptions& options, Note* note) {
  FileBytes bytes;
  if (read_note_bytes(file, options, note, &bytes)) read_note_content(bytes.view(), options, note);
}

bool read_note_bytes(const std::string& file, const ReaderOptions& options, Note* note,
                     FileBytes* out) {
  // O_NONBLOCK: a file swapped for a FIFO since the scan must not hang the
  // run in open(); anything but a regular file is refused after fstat.
  const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    note->problem = ContentProblem::unreadable;
    note->mutable_extras().problem_detail = std::strerror(errno);
    return false;
  }
  const FileCloser closer{fd};
  struct stat status {};
  if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
    note->problem = ContentProblem::unreadable;
    note->mutable_extras().problem_detail = "not a regular file";
    return false;
  }
  // The size comes from this fstat, not from a stat of the walk: a check
  // without the cache does not stat notes while walking, which at 100k
  // notes saved a tenth of a second.
  const auto size = static_cast<std::uint64_t>(status.st_size);
  note->size = size;
  if (size > options.max_file_size) {
    note->problem = ContentProblem::too_large;
    return false;
  }
  // Read to the end rather than trusting the size the scan saw: the file
  // may have changed since, and must still stay under the cap.
  std::size_t capacity = static_cast<std::size_t>(size) + 1;
  char* data = out->make_room(capacity, 0);
  std::size_t total = 0;
  for (;;) {
    const ssize_t got = ::read(fd, data + total, capacity - total);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      note->problem = ContentProblem::unreadable;
      note->mutable_extras().problem_detail = std::strerror(errno);
      return false;
    }
    if (got == 0) break;
    total += static_cast<std::size_t>(got);
    if (total > options.max_file_size) {
      note->problem = ContentProblem::too_large;
      note->size = total;
      return false;
    }
    if (total == capacity) {
      out->set_size(total);
      capacity *= 2;
      data = out->make_room(capacity, total);
    }
  }
  out->set_size(total);
  note->size = total;
  return true;
}

}  // namespace vaultlint
