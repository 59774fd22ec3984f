#include "read/markdown_body.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "read/parse_arena.hpp"

namespace vaultlint {
namespace {

// Only extensions whose parsing leaves cmark-gfm's process-wide
// SPECIAL_CHARS table alone: strikethrough ('~') and autolink (':', 'w')
// add and remove their characters there around every inline parse, which
// races when notes are parsed on several threads. Neither changes where
// code, headings or links are, which is all vaultlint reads.
constexpr const char* kExtensions[] = {"table", "tasklist"};

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

/// The text of a heading's inlines. Walked with an iterator, not by
/// recursion: emphasis can nest as deep as the line is long (`*a **a *a …`),
/// and a recursive walk overflowed the stack at ~100,000 levels.
void append_inline_text(cmark_node* node, std::string& out) {
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(node));
  for (auto event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iter.get())) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* child = cmark_iter_get_node(iter.get());
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE: {
        const char* literal = cmark_node_get_literal(child);
        if (literal != nullptr) out.append(literal);
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out.push_back(' ');
        break;
      default:
        break;
    }
  }
}

/// A parser with the extensions above attached (those that are registered).
/// The caller owns it: a parse in an arena never frees it.
cmark_parser* new_parser(cmark_mem* mem) {
  cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, mem);
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser, ext);
    }
  }
  return parser;
}

/// The node types the table extension adds. They are numbered when the
/// extension registers, so they are learnt once from a parse of a small
/// table: comparing each node's type name cost a strlen and a memcmp for
/// every node of every note.
struct TableTypes {
  cmark_node_type table = CMARK_NODE_NONE;
  cmark_node_type cell = CMARK_NODE_NONE;
};

const TableTypes& table_types() {
  static const TableTypes types = [] {
    register_markdown_extensions();
    TableTypes found;
    // Without the table extension this parses a paragraph, and no table
    // type is learnt: the notes' parses have no tables either.
    const std::unique_ptr<cmark_parser, ParserDeleter> parser(new_parser(cmark_get_default_mem_allocator()));
    constexpr std::string_view kTable = "| a |\n| - |\n";
    cmark_parser_feed(parser.get(), kTable.data(), kTable.size());
    const std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    cmark_node* table = cmark_node_first_child(document.get());
    cmark_node* row = table == nullptr ? nullptr : cmark_node_first_child(table);
    cmark_node* cell = row == nullptr ? nullptr : cmark_node_first_child(row);
    if (cell != nullptr) found = {cmark_node_get_type(table), cmark_node_get_type(cell)};
    return found;
  }();
  return types;
}

cmark_node* enclosing_table_cell(cmark_node* node) {
  const cmark_node_type cell = table_types().cell;
  for (cmark_node* p = cmark_node_parent(node); p != nullptr; p = cmark_node_parent(p)) {
    if (cmark_node_get_type(p) == cell) return p;
  }
  return nullptr;
}

/// cmark-gfm parses a table cell from a copy in which every "\|" became
/// "|", so inline columns after such an escape are short by one each. Walk
/// the raw line from the cell's start to find the true column.
int raw_column_in_cell(std::string_view raw_line, int cell_column, int reported_column) {
  int wanted = reported_column - cell_column;  // offset in the unescaped cell
  std::size_t raw = static_cast<std::size_t>(cell_column - 1);
  while (wanted > 0 && raw < raw_line.size()) {
    if (raw_line[raw] == '\\' && raw + 1 < raw_line.size() && raw_line[raw + 1] == '|') {
      raw += 2;
    } else {
      raw += 1;
    }
    --wanted;
  }
  return static_cast<int>(raw) + 1;
}

/// The paragraph or heading holding an inline node.
cmark_node* enclosing_text_block(cmark_node* node) {
  for (cmark_node* p = cmark_node_parent(node); p != nullptr; p = cmark_node_parent(p)) {
    const auto type = cmark_node_get_type(p);
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) return p;
  }
  return nullptr;
}

/// On a paragraph's later lines cmark-gfm counts inline columns from the
/// block's first-line start column, ignoring that line's own indentation and
/// '>' markers. Re-anchor them at the line's real content start; keep the
/// reported column when that does not land on the link's '[' or '!'.
int raw_column_on_continuation_line(std::string_view raw_line, int block_column,
                                    int reported_column) {
  std::size_t content = 0;
  while (content < raw_line.size() &&
         (raw_line[content] == ' ' || raw_line[content] == '\t' || raw_line[content] == '>')) {
    ++content;
  }
  const std::size_t column = content + static_cast<std::size_t>(reported_column - block_column);
  if (column < raw_line.size() && (raw_line[column] == '[' || raw_line[column] == '!')) {
    return static_cast<int>(column) + 1;
  }
  return reported_column;
}

/// cmark-gfm 0.29 reports a wrong end for an HTML block that an end
/// condition closes (a comment's "-->"): the line before its last one, or
/// even the end of the previous block. Its literal is right, one line of
/// text per source line, so the end is counted from that.
int html_block_end_line(cmark_node* node, int start_line) {
  const char* literal = cmark_node_get_literal(node);
  if (literal == nullptr || *literal == '\0') return start_line;
  const std::string_view text(literal);
  const auto breaks = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  return start_line + breaks - (text.back() == '\n' ? 1 : 0);
}

}  // namespace

void register_markdown_extensions() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

BodyStructure parse_markdown_body(std::string_view content, const LineTable& lines,
                                  int skip_lines) {
  BodyStructure body;
  // The parser, the tree and the iterator are never freed one by one: they
  // live in the arena, which gives them back whole when the lease ends.
  const ParseArenaLease arena;
  cmark_parser* parser = new_parser(arena.mem());
  // Blank lines stand in for the front matter so that line numbers stay true.
  const std::string blank(static_cast<std::size_t>(skip_lines), '\n');
  std::size_t body_start = 0;
  if (skip_lines > 0) {
    body_start = skip_lines < lines.line_count() ? lines.start_of(skip_lines + 1) : content.size();
    cmark_parser_feed(parser, blank.data(), blank.size());
  }
  cmark_parser_feed(parser, content.data() + body_start, content.size() - body_start);
  cmark_iter* iter = cmark_iter_new(cmark_parser_finish(parser));
  const cmark_node_type table = table_types().table;

  for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    const auto type = cmark_node_get_type(node);
    // Most nodes are inlines (text, emphasis, code), and links and images
    // are the only inlines read here.
    if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE && type != CMARK_NODE_LINK &&
        type != CMARK_NODE_IMAGE) {
      continue;
    }
    const int start_line = cmark_node_get_start_line(node);
    const int start_column = cmark_node_get_start_column(node);
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
      body.text_blocks.push_back(
          TextBlock{start_line, start_column, cmark_node_get_end_line(node), false});
      if (type == CMARK_NODE_HEADING) {
        HeadingInfo heading{cmark_node_get_heading_level(node), start_line, {}};
        append_inline_text(node, heading.text);
        body.headings.push_back(std::move(heading));
      }
    } else if (type == CMARK_NODE_HTML_BLOCK) {
      body.html_blocks.push_back(
          TextBlock{start_line, start_column, html_block_end_line(node, start_line), false});
    } else if (type == table) {
      body.text_blocks.push_back(
          TextBlock{start_line, start_column, cmark_node_get_end_line(node), true});
    } else if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      const char* url = cmark_node_get_url(node);
      SourcePos pos{start_line, start_column};
      const bool on_a_line = start_line >= 1 && start_line <= lines.line_count();
      if (cmark_node* cell = enclosing_table_cell(node); cell != nullptr && on_a_line) {
        pos.column = raw_column_in_cell(lines.text_of(start_line),
                                        cmark_node_get_start_column(cell), start_column);
      } else if (cmark_node* block = enclosing_text_block(node);
                 block != nullptr && on_a_line && cmark_node_get_start_line(block) != start_line) {
        pos.column = raw_column_on_continuation_line(
            lines.text_of(start_line), cmark_node_get_start_column(block), start_column);
      }
      body.links.push_back(MarkdownLinkInfo{url != nullptr ? url : "", pos});
    }
  }
  return body;
}

}  // namespace vaultlint
