#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "jvom/ext/characters.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/tika_text.hpp"
#include "jvom/office/limits.hpp"
#include "jvom/office/docx_numbering.hpp"
#include "jvom/office/model_builder.hpp"
#include "jvom/office/xml.hpp"
#include "jvom/office/zip_archive.hpp"

/// A Word file (.docx, WordprocessingML) read into the document model.
///
/// What is read, and how:
/// - Headings: a paragraph whose style (or a style it is based on) has an outline level, or is named
///   "heading N", or that has an outline level of its own. Its number is Word's list numbering, computed
///   as Word prints it from `numbering.xml` (levels, start values, formats, restarts, `isLgl`), without
///   the trailing dot ("2.3.1"); a heading without numbering has no number.
/// - Paragraphs and runs as printed: a tab or line break is a space; hidden text (`w:vanish`) and field
///   instructions are not read. Tracked changes read as the final text: insertions (`w:ins`, `w:moveTo`)
///   kept, deletions (`w:del`, `w:moveFrom`) dropped. Content controls, smart tags, custom XML and
///   hyperlinks are read through. Text boxes and drawings are not read.
/// - Tables: each `w:tc` a cell; `gridSpan` its column span; a cell continuing a vertical merge
///   (`vMerge` without "restart") is an empty cell marked `merged`. A table inside a cell gives its
///   text to that cell, as paragraphs in reading order.
/// - Footnotes: `w:footnoteReference` is a reference at its place, its id the number Word prints (the
///   footnotes numbered in the order they are referenced, from 1); `footnotes.xml` gives their text,
///   paragraphs joined by a line break. (Tika's text shows Word's internal ids instead, which in Word's
///   own files run one or two above the printed numbers.)
namespace jvom::office {

/// The parts of a Word file that are read: `document` (word/document.xml) is required, the rest may be empty.
struct DocxParts {
  std::string_view document, styles, numbering, footnotes;
};

namespace detail::docx {

namespace x = office::xml;

struct Style {
  std::string name, based_on;
  std::optional<int> outline_level;  // 0-based, as Word writes it
  std::optional<ListRef> list;
};

inline std::optional<ListRef> list_ref(const pugi::xml_node ppr) {
  const pugi::xml_node num = x::child(ppr, "numPr");
  if (!num) return std::nullopt;
  ListRef ref;
  if (const auto id = x::child(num, "numId")) ref.list = std::string(x::attribute(id, "val"));
  if (const auto level = x::child(num, "ilvl")) ref.level = int_value(x::attribute(level, "val"));
  return ref;
}

inline bool on(const pugi::xml_node toggle) {  // <w:vanish/>, <w:vanish w:val="false"/>
  if (!toggle) return false;
  const std::string_view v = x::attribute(toggle, "val");
  return v.empty() || (v != "0" && v != "false" && v != "off");
}

class Reader {
 public:
  Reader(const DocxParts& parts, std::string file, const Limits& limits) : out_(std::move(file), limits) {
    if (!parts.styles.empty()) read_styles(*parse_part(parts.styles, out_.file(), "word/styles.xml", out_.limits()));
    if (!parts.numbering.empty()) numbers_.read(*parse_part(parts.numbering, out_.file(), "word/numbering.xml", out_.limits()));
    if (!parts.footnotes.empty())
      read_footnote_texts(*parse_part(parts.footnotes, out_.file(), "word/footnotes.xml", out_.limits()));
    const auto document = parse_part(parts.document, out_.file(), "word/document.xml", out_.limits());
    const pugi::xml_node body = x::child(x::child(*document, "document"), "body");
    if (!body) out_.fail("word/document.xml", "a w:document with a w:body", "none");
    blocks(body, 2);
    for (const auto& [printed, id] : referenced_) {
      const auto text = footnote_texts_.find(id);
      out_.document().footnotes.push_back(
          {printed, text == footnote_texts_.end() ? std::string{} : text->second, reference_position_[printed]});
    }
  }

  io::doc::Document finish() && { return std::move(out_).finish(); }

 private:
  static constexpr const char* part = "word/document.xml";

  void read_styles(const pugi::xml_document& styles) {
    for (const pugi::xml_node s : x::child(styles, "styles").children()) {
      if (x::local_name(s) != "style" || x::attribute(s, "type") != "paragraph") continue;
      Style style;
      for (const char c : std::string_view(x::attribute(x::child(s, "name"), "val"))) style.name += ext::to_lower(c);
      style.based_on = x::attribute(x::child(s, "basedOn"), "val");
      const pugi::xml_node ppr = x::child(s, "pPr");
      if (const auto level = x::child(ppr, "outlineLvl")) style.outline_level = int_value(x::attribute(level, "val"));
      style.list = list_ref(ppr);
      styles_[std::string(x::attribute(s, "styleId"))] = std::move(style);
    }
  }

  // The heading level (1-based) a paragraph of style `id` has, if any; and its style's list.
  std::pair<std::optional<int>, std::optional<ListRef>> style_of(std::string id) const {
    std::optional<int> level;
    std::optional<ListRef> list;
    for (int hops = 0; hops < 16 && !id.empty(); ++hops) {  // a chain of basedOn, cycles cut short
      const auto it = styles_.find(id);
      if (it == styles_.end()) break;
      const Style& s = it->second;
      if (!level && s.outline_level && *s.outline_level >= 0 && *s.outline_level < 9) level = *s.outline_level + 1;
      if (!level && s.name.starts_with("heading ")) {
        const auto n = int_value(std::string_view(s.name).substr(8));
        if (n && *n >= 1 && *n <= 9) level = *n;
      }
      if (!list && s.list) list = s.list;
      id = s.based_on;
    }
    return {level, list};
  }

  void read_footnote_texts(const pugi::xml_document& notes) {
    for (const pugi::xml_node f : x::child(notes, "footnotes").children()) {
      if (x::local_name(f) != "footnote") continue;
      const std::string_view type = x::attribute(f, "type");
      if (!type.empty() && type != "normal") continue;  // separators
      std::string text;
      for (const pugi::xml_node p : f.children()) {
        if (x::local_name(p) != "p") continue;
        ReadParagraph line;
        inline_content(p, line, 3);
        const std::string_view t = ext::trim(line.paragraph.text);
        if (t.empty()) continue;
        if (!text.empty()) text += '\n';
        text += t;
      }
      footnote_texts_[std::string(x::attribute(f, "id"))] = std::move(text);
    }
  }

  void inline_content(const pugi::xml_node node, ReadParagraph& into, std::size_t depth) {
    out_.enter(depth, part);
    for (const pugi::xml_node c : node.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = x::local_name(c);
      if (name == "r") {
        run(c, into);
      } else if (name == "hyperlink" || name == "smartTag" || name == "customXml" || name == "ins" ||
                 name == "moveTo" || name == "fldSimple" || name == "bdo" || name == "dir") {
        inline_content(c, into, depth + 1);
      } else if (name == "sdt") {
        inline_content(x::child(c, "sdtContent"), into, depth + 1);
      } else if (name == "bookmarkStart") {
        into.bookmark(x::attribute(c, "name"));
      }
      // w:del, w:moveFrom: deleted text; w:pPr, w:proofErr, comments: not text.
    }
  }

  void run(const pugi::xml_node r, ReadParagraph& into) {
    if (on(x::child(x::child(r, "rPr"), "vanish"))) return;
    std::string& text = into.paragraph.text;
    for (const pugi::xml_node c : r.children()) {
      const std::string_view name = x::local_name(c);
      if (name == "t") {
        out_.append_text(text, c.text().get());
      } else if (name == "tab" || name == "ptab" || name == "br" || name == "cr") {
        text += ' ';
      } else if (name == "noBreakHyphen") {
        text += '-';
      } else if (name == "footnoteReference") {
        into.paragraph.footnotes.push_back({printed_number(std::string(x::attribute(c, "id"))), text.size()});
      }
    }
  }

  // The number Word prints for the footnote with `id`: footnotes are numbered by first reference.
  std::string printed_number(const std::string& id) {
    for (const auto& [printed, known] : referenced_)
      if (known == id) return printed;
    std::string printed = std::to_string(referenced_.size() + 1);
    referenced_.emplace_back(printed, id);
    reference_position_[printed] = out_.here();
    return printed;
  }

  void blocks(const pugi::xml_node node, std::size_t depth) {
    out_.enter(depth, part);
    for (const pugi::xml_node c : node.children()) {
      const std::string_view name = x::local_name(c);
      if (name == "p") {
        paragraph_block(c, depth + 1);
      } else if (name == "tbl") {
        io::doc::Table table{{}, out_.here()};
        read_table(c, table, depth + 1);
        out_.document().blocks.emplace_back(std::move(table));
      } else if (name == "sdt") {
        blocks(x::child(c, "sdtContent"), depth + 1);
      } else if (name == "customXml" || name == "ins" || name == "moveTo") {
        blocks(c, depth + 1);
      }
    }
  }

  // A paragraph read, and placed: the next in reading order.
  ReadParagraph read_paragraph(const pugi::xml_node p, std::size_t depth) {
    ReadParagraph line;
    inline_content(p, line, depth);
    line.paragraph.position = out_.next_paragraph(part);
    return line;
  }

  void paragraph_block(const pugi::xml_node p, std::size_t depth) {
    const pugi::xml_node ppr = x::child(p, "pPr");
    auto [level, list] = style_of(std::string(x::attribute(x::child(ppr, "pStyle"), "val")));
    if (const auto own = x::child(ppr, "outlineLvl")) {
      const auto l = int_value(x::attribute(own, "val"));
      level = l && *l >= 0 && *l < 9 ? std::optional<int>(*l + 1) : std::nullopt;
    }
    if (const auto own = list_ref(ppr)) list = own;
    std::string number;
    if (list) number = numbers_.next(*list, x::attribute(x::child(ppr, "pStyle"), "val"));

    out_.add_block(read_paragraph(p, depth), level, number);
  }

  void read_table(const pugi::xml_node tbl, io::doc::Table& table, std::size_t depth) {
    out_.enter(depth, part);
    for (const pugi::xml_node c : tbl.children()) {
      const std::string_view name = x::local_name(c);
      if (name == "tr") {
        out_.count(part);
        table.rows.push_back({{}, out_.here()});
        read_row(c, table.rows.back(), depth + 1);
      } else if (name == "sdt") {
        read_table(x::child(c, "sdtContent"), table, depth + 1);
      } else if (name == "customXml" || name == "ins") {
        read_table(c, table, depth + 1);
      }
    }
  }

  void read_row(const pugi::xml_node tr, io::doc::TableRow& row, std::size_t depth) {
    out_.enter(depth, part);
    for (const pugi::xml_node c : tr.children()) {
      const std::string_view name = x::local_name(c);
      if (name == "tc") {
        out_.count(part);
        io::doc::Cell cell;
        cell.position = out_.here();
        const pugi::xml_node tcpr = x::child(c, "tcPr");
        if (const auto span = int_value(x::attribute(x::child(tcpr, "gridSpan"), "val")); span && *span > 1)
          cell.column_span = static_cast<std::size_t>(*span);
        if (const auto v = x::child(tcpr, "vMerge")) cell.merged = x::attribute(v, "val") != "restart";
        if (const auto h = x::child(tcpr, "hMerge")) cell.merged = cell.merged || x::attribute(h, "val") != "restart";
        cell_content(c, cell, depth + 1);
        row.cells.push_back(std::move(cell));
      } else if (name == "sdt") {
        read_row(x::child(c, "sdtContent"), row, depth + 1);
      } else if (name == "customXml") {
        read_row(c, row, depth + 1);
      }
    }
  }

  void cell_content(const pugi::xml_node node, io::doc::Cell& cell, std::size_t depth) {
    out_.enter(depth, part);
    for (const pugi::xml_node c : node.children()) {
      const std::string_view name = x::local_name(c);
      if (name == "p") {
        cell.paragraphs.push_back(read_paragraph(c, depth + 1).paragraph);
      } else if (name == "tbl") {  // a nested table: its text in the holding cell
        io::doc::Table inner;
        read_table(c, inner, depth + 1);
        append_nested_table(std::move(inner), cell);
      } else if (name == "sdt") {
        cell_content(x::child(c, "sdtContent"), cell, depth + 1);
      } else if (name == "customXml") {
        cell_content(c, cell, depth + 1);
      }
    }
  }

  ModelBuilder out_;
  std::map<std::string, Style> styles_;
  Numbering numbers_;
  std::map<std::string, std::string> footnote_texts_;          // by Word's id
  std::vector<std::pair<std::string, std::string>> referenced_;  // printed number, Word's id
  std::map<std::string, io::doc::TextPosition> reference_position_;
};

}  // namespace detail::docx

/// Reads a Word file's parts, `parts`, of `file` (named in errors), into the document model.
[[nodiscard]] inline io::DocumentResult read_docx_parts(const DocxParts& parts, std::string file,
                                                        const Limits& limits = {}) {
  return detail::read_model<detail::docx::Reader>(parts, std::move(file), limits);
}

namespace detail::docx {

// The parts a relationships part (`_rels/.rels`, `word/_rels/document.xml.rels`) names, by the last word of
// their type ("officeDocument", "styles", "numbering", "footnotes"), as paths in the archive: a target is
// relative to the folder of the part whose relationships these are, unless it starts with a slash.
inline std::map<std::string, std::string> relationship_targets(std::string_view rels, const std::string& folder,
                                                               const std::string& file, const std::string& part,
                                                               const Limits& limits) {
  std::map<std::string, std::string> out;
  if (rels.empty()) return out;
  const auto parsed = parse_part(rels, file, part, limits);
  for (const pugi::xml_node r : xml::child(*parsed, "Relationships").children()) {
    if (xml::local_name(r) != "Relationship" || xml::attribute(r, "TargetMode") == "External") continue;
    const std::string_view type = xml::attribute(r, "Type");
    std::string_view target = xml::attribute(r, "Target");
    if (target.empty()) continue;
    std::string path = target.starts_with('/') ? std::string(target.substr(1)) : folder + std::string(target);
    out.emplace(std::string(type.substr(type.rfind('/') + 1)), std::move(path));
  }
  return out;
}

}  // namespace detail::docx

/// Reads the Word file in `archive` into the document model. Its parts are found as Word finds them, by
/// the package's relationships; where a file has none, at the names Word gives them.
[[nodiscard]] inline io::DocumentResult read_docx(const ZipArchive& archive, const Limits& limits = {}) {
  io::DocumentResult result;
  try {
    const auto read = [&](const std::string& name, bool required) {
      auto content = archive.read(name, required);
      if (auto* error = std::get_if<io::LoadError>(&content)) throw xml::Failure{std::move(*error)};
      return std::move(std::get<std::string>(content));
    };
    const auto package = detail::docx::relationship_targets(read("_rels/.rels", false), "", archive.file(),
                                                            "_rels/.rels", limits);
    const auto main = package.find("officeDocument");
    const std::string document_name = main != package.end() ? main->second : "word/document.xml";
    const std::size_t slash = document_name.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : document_name.substr(0, slash + 1);
    const std::string rels_name = folder + "_rels/" + document_name.substr(folder.size()) + ".rels";
    const auto parts = detail::docx::relationship_targets(read(rels_name, false), folder, archive.file(), rels_name, limits);
    const auto part = [&](const char* type) {
      const auto it = parts.find(type);
      return read(it != parts.end() ? it->second : folder + type + ".xml", false);
    };
    const std::string document = read(document_name, true), styles = part("styles"), numbering = part("numbering"),
                      footnotes = part("footnotes");
    return read_docx_parts({document, styles, numbering, footnotes}, archive.file(), limits);
  } catch (xml::Failure& failure) {
    result.errors.push_back(std::move(failure.error));
  }
  return result;
}

}  // namespace jvom::office
