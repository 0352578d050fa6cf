#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "jvom/ext/characters.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/tika_text.hpp"
#include "jvom/office/docx_numbering.hpp"
#include "jvom/office/limits.hpp"
#include "jvom/office/list_numbers.hpp"
#include "jvom/office/model_builder.hpp"
#include "jvom/office/xml.hpp"
#include "jvom/office/zip_archive.hpp"

/// An OpenDocument text (.odt) read into the document model.
///
/// What is read, and how:
/// - Headings: `text:h`, its level `text:outline-level`. Its number is the one printed: from the list it
///   stands in (`text:list`, as LibreOffice writes Word's numbered headings), else from the outline
///   numbering (`text:outline-style`); levels shown (`text:display-levels`), formats, prefix and suffix,
///   `text:start-value` and `text:restart-numbering` as ODF says; without the trailing dot ("2.3.1").
/// - Paragraphs: white space collapsed as ODF prescribes (`text:s` for the spaces it keeps); a tab or
///   line break is a space; fields give the text they show. Tracked changes read as the final text:
///   insertions stand in the text and are kept, deletions live apart (`text:tracked-changes`) and are
///   dropped. Comments, frames (text boxes, drawings) and tables of contents are not read.
/// - Tables: header rows, row groups and repeated rows and cells as they print; a cell spanning columns
///   (`number-columns-spanned`) is one cell of that span, the covered cells beside it are not cells; a
///   covered cell below a cell spanning rows is an empty cell marked `merged`, of the span above it.
///   A table inside a cell gives its text to that cell.
/// - Footnotes: `text:note` of class footnote; its citation (the number printed) is its id.
namespace jvom::office {

/// The parts of an OpenDocument text that are read: `content` (content.xml) is required; `styles`
/// (styles.xml) gives the outline numbering and may be empty.
struct OdtParts {
  std::string_view content, styles;
};

namespace detail::odt {

namespace x = office::xml;
using docx::int_value;

struct ListLevel {
  NumberFormat format = NumberFormat::none;
  std::string prefix, suffix;
  long start = 1;
  int display_levels = 1;
};
using ListStyle = std::array<ListLevel, LevelCounters::levels>;

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class Reader {
 public:
  Reader(const OdtParts& parts, std::string file, const Limits& limits) : out_(std::move(file), limits) {
    std::unique_ptr<pugi::xml_document> styles;
    if (!parts.styles.empty()) {
      styles = parse_part(parts.styles, out_.file(), "styles.xml", out_.limits());
      read_list_styles(*styles);
    }
    const auto content = parse_part(parts.content, out_.file(), "content.xml", out_.limits());
    read_list_styles(*content);
    const pugi::xml_node text = x::child(x::child(x::child(*content, "document-content"), "body"), "text");
    if (!text) out_.fail("content.xml", "an office:document-content with an office:text body", "none");
    blocks(text, 3, nullptr);
  }

  io::doc::Document finish() && { return std::move(out_).finish(); }

 private:
  static constexpr const char* part = "content.xml";

  // Where list numbering stands: the list style in force and its counters.
  struct ListContext {
    std::string style;
    LevelCounters* counters = nullptr;
    int level = 0;          // 1-based nesting
    bool numbered = false;  // the item being read has a number
  };

  // List styles (automatic ones in content.xml, named ones in styles.xml) and the outline style.
  void read_list_styles(const pugi::xml_document& document) {
    const auto read_levels = [](const pugi::xml_node style) {
      ListStyle levels{};
      for (const pugi::xml_node l : style.children()) {
        const std::string_view kind = x::local_name(l);
        if (kind != "list-level-style-number" && kind != "outline-level-style" && kind != "list-level-style-bullet")
          continue;
        const auto level = int_value(x::attribute(l, "level"));
        if (!level || *level < 1 || *level > LevelCounters::levels) continue;
        ListLevel& out = levels[static_cast<std::size_t>(*level - 1)];
        out.format = kind == "list-level-style-bullet" ? NumberFormat::none : odf_format(x::attribute(l, "num-format"));
        out.prefix = x::attribute(l, "num-prefix");
        out.suffix = x::attribute(l, "num-suffix");
        out.start = int_value(x::attribute(l, "start-value")).value_or(1);
        out.display_levels = int_value(x::attribute(l, "display-levels")).value_or(1);
      }
      return levels;
    };
    const auto visit = [&](const pugi::xml_node holder) {
      for (const pugi::xml_node s : holder.children()) {
        if (x::local_name(s) == "list-style") list_styles_[std::string(x::attribute(s, "name"))] = read_levels(s);
        if (x::local_name(s) == "outline-style") outline_ = read_levels(s);
      }
    };
    const pugi::xml_node root = document.document_element();
    visit(x::child(root, "styles"));
    visit(x::child(root, "automatic-styles"));
  }

  static std::string label(const ListStyle& style, const LevelCounters& counters, int level) {
    const ListLevel& shown = style[static_cast<std::size_t>(level - 1)];
    if (shown.format == NumberFormat::none) return {};
    std::string number;
    const int first = std::max(1, level - std::max(1, shown.display_levels) + 1);
    for (int k = first; k <= level; ++k) {
      const ListLevel& l = style[static_cast<std::size_t>(k - 1)];
      if (!number.empty()) number += '.';
      number += format_number(counters.at(k - 1, l.start), l.format == NumberFormat::none ? NumberFormat::decimal : l.format);
    }
    return shown.prefix + number + shown.suffix;
  }

  // --- blocks

  void blocks(const pugi::xml_node node, std::size_t depth, ListContext* list) {
    out_.enter(depth, part);
    for (const pugi::xml_node c : node.children()) {
      const std::string_view name = x::local_name(c);
      if (name == "h") {
        heading(c, depth + 1, list);
      } else if (name == "p") {
        const std::string number = list_label(list);
        out_.add_block(read_paragraph(c, depth + 1), std::nullopt, number);
      } else if (name == "list") {
        read_list(c, depth + 1, list, [&](const pugi::xml_node item, std::size_t d, ListContext* l) { blocks(item, d, l); });
      } else if (name == "table") {
        io::doc::Table table{{}, out_.here()};
        read_table(c, table, depth + 1);
        out_.document().blocks.emplace_back(std::move(table));
      } else if (name == "section") {
        blocks(c, depth + 1, list);
      }
      // text:tracked-changes (deletions), text:table-of-content, text:sequence-decls: not the text read.
    }
  }

  // A list: each item's content read by `read` with the list's numbering in force.
  template <class Read>
  void read_list(const pugi::xml_node list, std::size_t depth, ListContext* outer, Read read) {
    out_.enter(depth, part);
    ListContext context;
    const std::string_view style = x::attribute(list, "style-name");
    context.style = !style.empty() ? std::string(style) : outer != nullptr ? outer->style : std::string{};
    context.level = outer != nullptr ? outer->level + 1 : 1;
    if (outer != nullptr) {
      context.counters = outer->counters;
    } else {
      const bool continues = x::attribute(list, "continue-numbering") == "true" || !x::attribute(list, "continue-list").empty();
      LevelCounters& counters = list_counters_[context.style];
      if (!continues) counters = {};
      context.counters = &counters;
    }
    const auto found = list_styles_.find(context.style);
    for (const pugi::xml_node item : list.children()) {
      const std::string_view kind = x::local_name(item);
      if (kind != "list-item" && kind != "list-header") continue;
      // An item that only holds a nested list is no item of its own level: it counts nothing there.
      pugi::xml_node first = item.first_child();
      while (first && first.type() != pugi::node_element) first = first.next_sibling();
      const bool holds_only_a_list = first && x::local_name(first) == "list";
      if (kind == "list-item" && !holds_only_a_list && context.level <= LevelCounters::levels) {
        const long start = found != list_styles_.end() ? found->second[static_cast<std::size_t>(context.level - 1)].start : 1;
        if (const auto value = int_value(x::attribute(item, "start-value"))) {
          context.counters->restart(context.level - 1);
          context.counters->advance(context.level - 1, *value);
        } else {
          context.counters->advance(context.level - 1, start);
        }
        context.numbered = found != list_styles_.end();
      } else {
        context.numbered = false;
      }
      read(item, depth + 1, &context);
    }
  }

  // The number the list item being read prints, if it prints one.
  std::string list_label(const ListContext* list) const {
    if (list == nullptr || !list->numbered) return {};
    const auto style = list_styles_.find(list->style);
    return style == list_styles_.end() ? std::string{}
                                       : label(style->second, *list->counters, std::clamp(list->level, 1, LevelCounters::levels));
  }

  void heading(const pugi::xml_node h, std::size_t depth, ListContext* list) {
    const int level = std::clamp(int_value(x::attribute(h, "outline-level")).value_or(1), 1, LevelCounters::levels);
    std::string number;
    if (list != nullptr) {
      number = list_label(list);
    } else if (x::attribute(h, "is-list-header") != "true") {
      if (x::attribute(h, "restart-numbering") == "true") outline_counters_.restart(level - 1);
      if (const auto value = int_value(x::attribute(h, "start-value"))) {
        outline_counters_.restart(level - 1);
        outline_counters_.advance(level - 1, *value);
      } else {
        outline_counters_.advance(level - 1, outline_[static_cast<std::size_t>(level - 1)].start);
      }
      number = label(outline_, outline_counters_, level);
    }
    out_.add_block(read_paragraph(h, depth), level, number);
  }

  // --- inline content

  ReadParagraph read_paragraph(const pugi::xml_node p, std::size_t depth) {
    ReadParagraph line;
    inline_content(p, line, depth);
    while (!line.paragraph.text.empty() && line.paragraph.text.back() == ' ') line.paragraph.text.pop_back();
    line.paragraph.position = out_.next_paragraph(part);
    return line;
  }

  void text(ReadParagraph& into, std::string_view s) {
    std::string& t = into.paragraph.text;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (i < s.size() && !is_space(s[i])) continue;
      if (i > from) {
        out_.append_text(t, s.substr(from, i - from));
        into.space = false;
      }
      if (i < s.size() && !into.space) {
        t += ' ';
        into.space = true;
      }
      from = i + 1;
    }
  }

  void inline_content(const pugi::xml_node node, ReadParagraph& into, std::size_t depth) {
    out_.enter(depth, part);
    for (const pugi::xml_node c : node.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        text(into, c.value());
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = x::local_name(c);
      if (name == "s") {
        into.paragraph.text.append(static_cast<std::size_t>(std::clamp(int_value(x::attribute(c, "c")).value_or(1), 1, 1000)), ' ');
        into.space = false;
      } else if (name == "tab" || name == "line-break") {
        into.paragraph.text += ' ';
        into.space = true;
      } else if (name == "bookmark" || name == "bookmark-start") {
        into.bookmark(x::attribute(c, "name"));
      } else if (name == "note") {
        note(c, into, depth + 1);
      } else if (name == "annotation" || name == "frame" || name == "number" || name == "soft-page-break" ||
                 name == "change" || name == "change-start" || name == "change-end" || name == "bookmark-end" ||
                 name == "reference-mark" || name == "toc-mark" || name == "alphabetical-index-mark") {
        // comments, frames, the cached number of a heading, markers: no text of the paragraph
      } else {
        inline_content(c, into, depth + 1);  // spans, links, fields, ruby: the text they show
      }
    }
  }

  void note(const pugi::xml_node n, ReadParagraph& into, std::size_t depth) {
    if (x::attribute(n, "note-class") == "endnote") return;
    std::string id(ext::trim(x::child(n, "note-citation").text().get()));
    if (id.empty()) id = x::attribute(n, "id");
    into.paragraph.footnotes.push_back({id, into.paragraph.text.size()});
    std::string body;
    for (const pugi::xml_node p : x::child(n, "note-body").children()) {
      if (x::local_name(p) != "p" && x::local_name(p) != "h") continue;
      ReadParagraph line;
      inline_content(p, line, depth + 1);
      const std::string_view t = ext::trim(line.paragraph.text);
      if (t.empty()) continue;
      if (!body.empty()) body += '\n';
      body += t;
    }
    out_.document().footnotes.push_back({std::move(id), std::move(body), out_.here()});
  }

  // --- tables

  // A cell spanning rows above: how many rows it still covers and its column span.
  struct RowSpan {
    std::size_t rows = 0, columns = 1;
  };

  void read_table(const pugi::xml_node table, io::doc::Table& out, std::size_t depth) {
    std::vector<RowSpan> spans;
    rows(table, out, spans, depth);
  }

  void rows(const pugi::xml_node holder, io::doc::Table& out, std::vector<RowSpan>& spans, std::size_t depth) {
    out_.enter(depth, part);
    for (const pugi::xml_node c : holder.children()) {
      const std::string_view name = x::local_name(c);
      if (name == "table-header-rows" || name == "table-rows" || name == "table-row-group") {
        rows(c, out, spans, depth + 1);
      } else if (name == "table-row") {
        const long repeat = std::max(1, int_value(x::attribute(c, "number-rows-repeated")).value_or(1));
        out_.count(part, static_cast<std::size_t>(repeat));
        io::doc::TableRow row{{}, out_.here()};
        read_row(c, row, spans, depth + 1);
        for (long k = 1; k < repeat; ++k) {
          out_.count(part, row.cells.size());
          out.rows.push_back(row);
        }
        out.rows.push_back(std::move(row));
      }
    }
  }

  void read_row(const pugi::xml_node tr, io::doc::TableRow& row, std::vector<RowSpan>& spans, std::size_t depth) {
    out_.enter(depth, part);
    std::size_t column = 0, beside = 0;  // grid column; covered cells still to skip beside a spanning cell
    for (const pugi::xml_node c : tr.children()) {
      const std::string_view name = x::local_name(c);
      if (name != "table-cell" && name != "covered-table-cell") continue;
      const long repeat = std::max(1, int_value(x::attribute(c, "number-columns-repeated")).value_or(1));
      out_.count(part, static_cast<std::size_t>(repeat));
      for (long k = 0; k < repeat; ++k) {
        if (spans.size() <= column) spans.resize(column + 1);
        if (name == "covered-table-cell") {
          if (beside > 0) {
            --beside;
          } else if (spans[column].rows > 0) {  // below a cell spanning rows: a merged cell of its span
            --spans[column].rows;
            row.cells.push_back({{}, spans[column].columns, true, out_.here()});
            beside = spans[column].columns - 1;
          }
          ++column;
          continue;
        }
        io::doc::Cell cell;
        cell.position = out_.here();
        cell.column_span = static_cast<std::size_t>(std::clamp(int_value(x::attribute(c, "number-columns-spanned")).value_or(1), 1, 1 << 14));
        const long down = std::clamp(int_value(x::attribute(c, "number-rows-spanned")).value_or(1), 1, 1 << 20);
        if (down > 1) spans[column] = {static_cast<std::size_t>(down - 1), cell.column_span};
        if (k == 0) cell_content(c, cell, depth + 1);
        else cell.paragraphs = row.cells.back().paragraphs;
        beside = cell.column_span - 1;
        row.cells.push_back(std::move(cell));
        ++column;
      }
    }
  }

  void cell_content(const pugi::xml_node node, io::doc::Cell& cell, std::size_t depth) {
    out_.enter(depth, part);
    for (const pugi::xml_node c : node.children()) {
      const std::string_view name = x::local_name(c);
      if (name == "p" || name == "h") {
        cell.paragraphs.push_back(read_paragraph(c, depth + 1).paragraph);
      } else if (name == "list") {
        read_list(c, depth + 1, nullptr, [&](const pugi::xml_node item, std::size_t d, ListContext*) { cell_content(item, cell, d); });
      } else if (name == "table") {
        io::doc::Table inner;
        read_table(c, inner, depth + 1);
        append_nested_table(std::move(inner), cell);
      } else if (name == "section") {
        cell_content(c, cell, depth + 1);
      }
    }
  }

  ModelBuilder out_;
  std::map<std::string, ListStyle> list_styles_;
  std::map<std::string, LevelCounters> list_counters_;
  ListStyle outline_{};
  LevelCounters outline_counters_;
};

}  // namespace detail::odt

/// Reads an OpenDocument text's parts, `parts`, of `file` (named in errors), into the document model.
[[nodiscard]] inline io::DocumentResult read_odt_parts(const OdtParts& parts, std::string file, const Limits& limits = {}) {
  return detail::read_model<detail::odt::Reader>(parts, std::move(file), limits);
}

/// Reads the OpenDocument text in `archive` into the document model. An encrypted one (a password set
/// in LibreOffice: its manifest says so) is refused, as is an OpenDocument file of another kind.
[[nodiscard]] inline io::DocumentResult read_odt(const ZipArchive& archive, const Limits& limits = {}) {
  io::DocumentResult result;
  const auto fail = [&](io::LoadError e) {
    result.errors.push_back(std::move(e));
    return result;
  };
  auto mimetype = archive.read("mimetype", false);
  if (auto* error = std::get_if<io::LoadError>(&mimetype)) return fail(std::move(*error));
  const std::string_view kind = ext::trim(std::get<std::string>(mimetype));
  if (!kind.empty() && !kind.starts_with("application/vnd.oasis.opendocument.text"))
    return fail({archive.file(), 0, 0, "mimetype", "an OpenDocument text (application/vnd.oasis.opendocument.text)",
                 std::string(kind)});
  auto manifest = archive.read("META-INF/manifest.xml", false);
  if (auto* error = std::get_if<io::LoadError>(&manifest)) return fail(std::move(*error));
  if (!std::get<std::string>(manifest).empty()) {
    try {
      const auto parsed = detail::parse_part(std::get<std::string>(manifest), archive.file(), "META-INF/manifest.xml", limits);
      for (const pugi::xml_node entry : xml::child(*parsed, "manifest").children())
        if (xml::attribute(entry, "full-path") == "content.xml" && xml::child(entry, "encryption-data"))
          return fail({archive.file(), 0, 0, "content.xml", "a document that is not encrypted",
                       "an encrypted document (it has a password: save it without one)"});
    } catch (xml::Failure& failure) {
      return fail(std::move(failure.error));
    }
  }
  auto content = archive.read("content.xml");
  if (auto* error = std::get_if<io::LoadError>(&content)) return fail(std::move(*error));
  auto styles = archive.read("styles.xml", false);
  if (auto* error = std::get_if<io::LoadError>(&styles)) return fail(std::move(*error));
  return read_odt_parts({std::get<std::string>(content), std::get<std::string>(styles)}, archive.file(), limits);
}

}  // namespace jvom::office
