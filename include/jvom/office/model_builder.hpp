#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "jvom/ext/nfc.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/load_error.hpp"
#include "jvom/io/text_file.hpp"
#include "jvom/office/limits.hpp"
#include "jvom/office/xml.hpp"

/// What both office readers share: the document model they fill, its limits, and the positions they give.
///
/// Positions: a Word or ODF file has no lines that a reader sees (its XML is often one line), so a
/// "line" is the paragraph's number in reading order, 1 for the first, paragraphs in table cells and
/// empty paragraphs counted; the column is the character in the paragraph. "report.docx:112:40" is
/// the 112th paragraph, its 40th character. A footnote is placed where its reference is.
namespace jvom::office::detail {

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
