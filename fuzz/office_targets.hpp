#pragma once

// What the office fuzzers do with one input: its parts, separated by a line "===", read by the Word or
// the OpenDocument reader, then extracted and checked as any document. Shared with
// tests/office_fuzz_regressions_test.cpp, which replays what broke them (fuzz/regressions/docx, odt).
#include <array>
#include <cstddef>
#include <cstdint>
#include <jvom/office/docx.hpp>
#include <jvom/office/odt.hpp>
#include <string_view>

#include "targets.hpp"

namespace jvom::fuzz {

// The input cut at each "\n===\n" into at most N parts; the missing ones empty.
template <std::size_t N>
std::array<std::string_view, N> parts_of(std::string_view input) {
  std::array<std::string_view, N> parts{};
  for (std::size_t i = 0; i < N; ++i) {
    const std::size_t cut = i + 1 < N ? input.find("\n===\n") : std::string_view::npos;
    parts[i] = input.substr(0, cut);
    if (cut == std::string_view::npos) break;
    input.remove_prefix(cut + 5);
  }
  return parts;
}

// Every position a reader gives is a paragraph it counted, every reference within its paragraph.
inline void model_holds(const io::DocumentResult& read) {
  if (!read.document) {
    require(!read.errors.empty());
    for (const io::LoadError& e : read.errors) require(!e.field.empty() && !e.expected.empty());
    return;
  }
  const io::doc::Document& d = *read.document;
  const auto paragraph_holds = [&](const io::doc::Paragraph& p) {
    require(p.position.line >= 1 && p.position.line <= d.lines);
    for (const io::doc::FootnoteRef& f : p.footnotes) require(f.offset <= p.text.size() && d.footnote(f.id) != nullptr);
  };
  for (const io::doc::Block& b : d.blocks) {
    if (const auto* p = std::get_if<io::doc::Paragraph>(&b)) paragraph_holds(*p);
    if (const auto* t = std::get_if<io::doc::Table>(&b))
      for (const io::doc::TableRow& r : t->rows)
        for (const io::doc::Cell& c : r.cells) {
          require(c.column_span >= 1);
          for (const io::doc::Paragraph& p : c.paragraphs) paragraph_holds(p);
        }
  }
  extracted_document(read);
}

inline void docx(const std::uint8_t* data, std::size_t size) {
  const auto p = parts_of<4>(text_of(data, size));
  model_holds(office::read_docx_parts({p[0], p[1], p[2], p[3]}, "fuzz.docx"));
}

inline void odt(const std::uint8_t* data, std::size_t size) {
  const auto p = parts_of<2>(text_of(data, size));
  model_holds(office::read_odt_parts({p[0], p[1]}, "fuzz.odt"));
}

}  // namespace jvom::fuzz
