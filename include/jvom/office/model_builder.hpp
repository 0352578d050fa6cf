#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "jvom/ext/nfc.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/load_error.hpp"
#include "jvom/io/text_file.hpp"
#include "jvom/io/tika_text.hpp"
#include "jvom/office/limits.hpp"
#include "jvom/office/xml.hpp"

/// What both office readers share: the document model they fill, its limits, and the positions they give.
///
/// Positions: a Word or ODF file has no lines that a reader sees (its XML is often one line), so a
/// "line" is the paragraph's number in reading order, 1 for the first, paragraphs in table cells and
/// empty paragraphs counted; the column is the character in the paragraph. "report.docx:112:40" is
/// the 112th paragraph, its 40th character. A footnote is placed where its reference is.
namespace jvom::office::detail {

/// A paragraph as a reader read it: its text and references, the bookmarks set in it, and whether one
/// stands before its first character (Word's table of contents marks headings so).
struct ReadParagraph {
  io::doc::Paragraph paragraph;
  std::vector<std::string> bookmarks;
  bool starts_with_bookmark = false;
  bool space = true;  // ODF: the text so far ends in white space that collapses (or is empty)

  void bookmark(std::string_view name) {
    if (name.empty() || name == "_GoBack") return;  // Word's mark of the last edit
    if (ext::trim(paragraph.text).empty()) starts_with_bookmark = true;
    bookmarks.emplace_back(name);
  }
};

// A printed list number as a heading keeps it: "2.3.1." and "2.3.1 " are "2.3.1".
inline std::string heading_number_of(std::string_view printed) {
  printed = ext::trim(printed);
  while (!printed.empty() && printed.back() == '.') printed.remove_suffix(1);
  return std::string(printed);
}

class ModelBuilder {
 public:
  ModelBuilder(std::string file, const Limits& limits) : limits_(limits) { document_.source = std::move(file); }

  [[nodiscard]] const std::string& file() const noexcept { return document_.source; }
  [[nodiscard]] const Limits& limits() const noexcept { return limits_; }
  [[nodiscard]] io::doc::Document& document() noexcept { return document_; }

  /// The position of a new paragraph, counted against the limit.
  [[nodiscard]] io::doc::TextPosition next_paragraph(const char* part) {
    count(part);
    return {++paragraphs_, 1};
  }
  /// The position of the paragraph to come, for a table or row that starts there.
  [[nodiscard]] io::doc::TextPosition here() const noexcept { return {paragraphs_ + 1, 1}; }

  /// Counts a row or a cell (`repeat` of them) against the limit.
  void count(const char* part, std::size_t repeat = 1) {
    if (repeat > limits_.model_items || items_ > limits_.model_items - repeat)
      fail(part, "at most " + std::to_string(limits_.model_items) + " paragraphs, table rows and cells",
           "more");
    items_ += repeat;
  }

  /// Checks that an element at `depth` is within the nesting limit.
  void enter(std::size_t depth, const char* part) const {
    if (depth > limits_.element_depth)
      fail(part, "elements nested at most " + std::to_string(limits_.element_depth) + " deep",
           "deeper nesting (tables inside tables, or the like)");
  }

  /// Text from the file as the model keeps it: NFC, as the text reader keeps it.
  static void append_text(std::string& to, std::string_view text) {
    if (ext::plainly_nfc(text))
      to.append(text);
    else
      to.append(ext::to_nfc(text));
  }

  /// Adds `read` to the document: a heading when the file marks it as one (`level`, from its style or
  /// outline level), numbered `list_number` as its list prints it, else by a number typed before its
  /// title ("2.3 Midden-Oosten" in a heading style); a paragraph the file does not mark is a heading by
  /// the text reader's rule (a short numbered line, a `_Toc` bookmark before a short title), so that
  /// both routes see one report alike; else a paragraph, unless it is empty.
  void add_block(ReadParagraph read, std::optional<int> level, std::string_view list_number) {
    const std::string_view title = ext::trim(read.paragraph.text);
    if (title.empty()) return;
    if (level) {
      std::string number = heading_number_of(list_number);
      std::string text(title);
      if (number.empty())
        if (auto typed = io::detail::tika::numbered(title)) std::tie(number, text) = std::move(*typed);
      document_.blocks.emplace_back(
          io::doc::Heading{std::move(number), *level, std::move(text), std::move(read.bookmarks), read.paragraph.position});
      return;
    }
    io::detail::tika::Line line{read.paragraph, read.bookmarks, read.starts_with_bookmark, false};
    if (!list_number.empty()) line.paragraph.text = std::string(list_number) + " " + std::string(title);
    if (auto heading = io::detail::tika::heading(line)) {
      document_.blocks.emplace_back(std::move(*heading));
      return;
    }
    document_.blocks.emplace_back(std::move(read.paragraph));
  }

  [[noreturn]] void fail(const char* part, std::string expected, std::string found) const {
    throw xml::Failure{{document_.source, paragraphs_, std::size_t{paragraphs_ == 0 ? 0u : 1u}, part,
                        std::move(expected), std::move(found)}};
  }

  io::doc::Document finish() && {
    document_.lines = paragraphs_;
    return std::move(document_);
  }

 private:
  io::doc::Document document_;
  Limits limits_;
  std::size_t paragraphs_ = 0;
  std::size_t items_ = 0;
};

/// A table inside a cell: its text goes to the holding cell, as paragraphs in reading order (the annexes
/// have none; a cell's text is what a reader of the cell reads).
inline void append_nested_table(io::doc::Table&& inner, io::doc::Cell& cell) {
  for (io::doc::TableRow& row : inner.rows)
    for (io::doc::Cell& inner_cell : row.cells)
      for (io::doc::Paragraph& p : inner_cell.paragraphs) cell.paragraphs.push_back(std::move(p));
}

/// A reader's door: the document model `Reader` builds from `parts`, or the error it stopped at.
template <class Reader, class Parts>
[[nodiscard]] io::DocumentResult read_model(const Parts& parts, std::string file, const Limits& limits) {
  io::DocumentResult result;
  try {
    Reader reader(parts, std::move(file), limits);
    result.document = std::move(reader).finish();
  } catch (xml::Failure& failure) {
    result.errors.push_back(std::move(failure.error));
  }
  return result;
}

/// The part `part` of `file` parsed, after checking it is UTF-8 text and within `limits`; throws
/// `Failure` when not.
[[nodiscard]] inline std::unique_ptr<pugi::xml_document> parse_part(std::string_view content, const std::string& file,
                                                                     const std::string& part, const Limits& limits) {
  if (auto error = io::check_text_file(content, file)) {
    error->field = part;
    throw xml::Failure{std::move(*error)};
  }
  auto parsed = xml::parse(content, file, part, limits.markup_tags);
  if (auto* error = std::get_if<io::LoadError>(&parsed)) throw xml::Failure{std::move(*error)};
  return std::move(std::get<std::unique_ptr<pugi::xml_document>>(parsed));
}

}  // namespace jvom::office::detail
