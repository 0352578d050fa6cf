#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "jvom/ext/characters.hpp"

/// The document model: a report document as its readers see it, whatever it was read from (Tika's text, .docx, .odt):
/// headings, paragraphs, tables and footnotes, each with its place in the source. Extraction reads only
/// this model, so a reader for another format plugs in without touching it.
namespace jvom::io::doc {

/// Where an element starts in its source: 1-based line and column (in characters). For a format without
/// lines (XML in a ZIP), the reader says what its lines are.
struct TextPosition {
  std::size_t line = 0;
  std::size_t column = 0;

  friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

/// A footnote referenced from running text: the footnote's id and the byte in the text where the
/// reference stood (the reference itself is not in the text).
struct FootnoteRef {
  std::string id;
  std::size_t offset = 0;

  friend bool operator==(const FootnoteRef&, const FootnoteRef&) = default;
};

/// A paragraph of running text, in the narrative or in a cell. `text` is what a reader of the page
/// reads: no markers, footnote texts apart (in `Document::footnotes`), references in `footnotes`.
struct Paragraph {
  std::string text;
  std::vector<FootnoteRef> footnotes;
  TextPosition position;  ///< of the paragraph's first character

  /// Where a reader took something out of the text (a marker): from `offset` on, the text continues at
  /// `column` of the paragraph's line. Kept in offset order; `position_of` reads it.
  struct Shift {
    std::size_t offset = 0;
    std::size_t column = 0;
    friend bool operator==(const Shift&, const Shift&) = default;
  };
  std::vector<Shift> shifts;

  /// The source position of the character at byte `offset` of `text`.
  [[nodiscard]] TextPosition position_of(std::size_t offset) const {
    std::size_t from = 0, column = position.column;
    for (const Shift& s : shifts) {
      if (s.offset > offset) break;
      from = s.offset;
      column = s.column;
    }
    for (std::size_t i = from; i < offset && i < text.size(); ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    return {position.line, column};
  }

  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

/// A heading: its number as computed by the word processor's list numbering ("2.3.1"; empty when it
/// has none, as "Golfregio"), its level (1 for "2", 3 for "2.3.1"; 0 when not known) and its title.
struct Heading {
  std::string number;
  int level = 0;
  std::string title;
  std::vector<std::string> bookmarks;  ///< names of the bookmarks set on it ("_Toc193363088")
  TextPosition position;

  friend bool operator==(const Heading&, const Heading&) = default;
};

/// A cell: one or more paragraphs. `merged` marks a cell that continues a merged cell (the one above,
/// or the one to its left) where the format says so; a plain-text source cannot, and leaves it false,
/// so that a merged cell there reads as an empty one. `column_span` is how many grid columns it covers,
/// 1 where the format does not say.
struct Cell {
  std::vector<Paragraph> paragraphs;
  std::size_t column_span = 1;
  bool merged = false;
  TextPosition position;

  /// The cell's text as one line: its paragraphs joined by a space, trimmed (no-break spaces too).
  [[nodiscard]] std::string text() const {
    std::string out;
    for (const Paragraph& p : paragraphs) {
      const std::string_view t = ext::trim(p.text);
      if (t.empty()) continue;
      if (!out.empty()) out += ' ';
      out += t;
    }
    return out;
  }
  [[nodiscard]] bool empty() const {
    return std::all_of(paragraphs.begin(), paragraphs.end(),
                       [](const Paragraph& p) { return ext::trim(p.text).empty(); });
  }

  friend bool operator==(const Cell&, const Cell&) = default;
};

struct TableRow {
  std::vector<Cell> cells;
  TextPosition position;

  friend bool operator==(const TableRow&, const TableRow&) = default;
};

struct Table {
  std::vector<TableRow> rows;
  TextPosition position;

  friend bool operator==(const Table&, const Table&) = default;
};

/// A footnote's text, by its id; the paragraph or cell that references it has a `FootnoteRef`.
struct Footnote {
  std::string id;
  std::string text;
  TextPosition position;

  friend bool operator==(const Footnote&, const Footnote&) = default;
};

/// A place where the source lost structure the document had: Tika's text writes a line starting with
/// a blank where it dropped a heading or a section break it could not render. What follows is not
/// known to belong to the section before it.
struct Break {
  TextPosition position;

  friend bool operator==(const Break&, const Break&) = default;
};

using Block = std::variant<Heading, Paragraph, Table, Break>;

/// A document: its blocks in reading order and its footnotes.
struct Document {
  std::string source;  ///< the file it was read from, for messages
  std::size_t lines = 0;  ///< the source's last line, where an error about what it lacks points
  std::vector<Block> blocks;
  std::vector<Footnote> footnotes;

  /// The footnote with `id`, or nullptr.
  [[nodiscard]] const Footnote* footnote(std::string_view id) const {
    const auto it = std::find_if(footnotes.begin(), footnotes.end(), [&](const Footnote& f) { return f.id == id; });
    return it == footnotes.end() ? nullptr : &*it;
  }
};

}  // namespace jvom::io::doc
