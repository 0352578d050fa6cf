// Apache Tika's text of the report, read into the document model: each decision the format forces.
#include <doctest/doctest.h>

#include <jvom/io/tika_text.hpp>
#include <string>
#include <string_view>
#include <variant>

using namespace jvom::io;

namespace {

doc::Document read(std::string_view text) {
  DocumentResult r = read_tika_text(text, "test.txt");
  REQUIRE(r.document.has_value());
  return std::move(*r.document);
}

template <class T>
std::vector<const T*> all(const doc::Document& d) {
  std::vector<const T*> out;
  for (const doc::Block& b : d.blocks)
    if (const T* t = std::get_if<T>(&b)) out.push_back(t);
  return out;
}

}  // namespace

TEST_CASE("tika: numbered headings keep their computed number and level; bookmarks leave the title") {
  const auto d = read("2.3.1. [bookmark: _Toc1][bookmark: _Toc2]UNIFIL (Libanon)\nTekst.\n2. [bookmark: x]Inzet\n");
  const auto headings = all<doc::Heading>(d);
  REQUIRE(headings.size() == 2);
  CHECK(headings[0]->number == "2.3.1");
  CHECK(headings[0]->level == 3);
  CHECK(headings[0]->title == "UNIFIL (Libanon)");
  CHECK(headings[0]->bookmarks == std::vector<std::string>{"_Toc1", "_Toc2"});
  CHECK(headings[0]->position == doc::TextPosition{1, 1});
  CHECK(headings[1]->number == "2");
  CHECK(headings[1]->level == 1);
}

TEST_CASE("tika: a numbered list item is a paragraph; a short numbered line without a bookmark a heading") {
  const auto d = read("1. Nederland heeft in de periode bijgedragen aan de missie, zoals hieronder beschreven.\n"
                      "3. Tot slot\n");
  REQUIRE(all<doc::Paragraph>(d).size() == 1);
  REQUIRE(all<doc::Heading>(d).size() == 1);
  CHECK(all<doc::Heading>(d)[0]->title == "Tot slot");
}

TEST_CASE("tika: a heading without a number is told by its _Toc bookmark, not every bookmarked line is one") {
  const auto d = read("[bookmark: _Toc193363094][bookmark: _Toc1]Golfregio\n"
                      "[bookmark: _Toc164845373]Nederland draagt sinds 2007 bij aan GPOI, en is vaste partner.\n"
                      "[bookmark: start]Kort\n");
  const auto headings = all<doc::Heading>(d);
  REQUIRE(headings.size() == 1);
  CHECK(headings[0]->title == "Golfregio");
  CHECK(headings[0]->number.empty());
  CHECK(headings[0]->level == 0);
  REQUIRE(all<doc::Paragraph>(d).size() == 2);
  CHECK(all<doc::Paragraph>(d)[0]->text == "Nederland draagt sinds 2007 bij aan GPOI, en is vaste partner.");
}

TEST_CASE("tika: footnote references stay apart from the text, footnote texts go to the footnotes") {
  const auto d = read("Zie bijlage 1.[footnoteRef:2] Verder. [2:  De kaders: aard, omvang en duur.] \n\n\nVolgende.\n");
  const auto paragraphs = all<doc::Paragraph>(d);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0]->text == "Zie bijlage 1. Verder.");
  REQUIRE(paragraphs[0]->footnotes.size() == 1);
  CHECK(paragraphs[0]->footnotes[0] == doc::FootnoteRef{"2", 14});
  REQUIRE(d.footnotes.size() == 1);
  CHECK(d.footnotes[0].id == "2");
  CHECK(d.footnotes[0].text == "De kaders: aard, omvang en duur.");
  CHECK(d.footnote("2") == &d.footnotes[0]);
  // A position past a marker is the source's: "Verder" is at column 31 of line 1.
  CHECK(paragraphs[0]->position_of(15) == doc::TextPosition{1, 31});
}

TEST_CASE("tika: a footnote's text may run over lines and hold brackets") {
  const auto d = read("Tekst.[footnoteRef:9] [9:  Onder andere [a] en\nnog een regel.] \n\nNa.\n");
  REQUIRE(d.footnotes.size() == 1);
  CHECK(d.footnotes[0].text == "Onder andere [a] en\nnog een regel.");
  REQUIRE(all<doc::Paragraph>(d).size() == 2);
  CHECK(all<doc::Paragraph>(d)[1]->text == "Na.");
}

TEST_CASE("tika: tables are one cell a line, a blank line after each row") {
  const auto d = read(" \tLocatie\n\tInzet\n\n\tMidden-Oosten\n\tUNIFIL\n\n\t\n\tUNTSO\n");
  const auto tables = all<doc::Table>(d);
  REQUIRE(tables.size() == 1);
  const doc::Table& t = *tables[0];
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].cells.size() == 2);
  CHECK(t.rows[1].cells[1].text() == "UNIFIL");
  CHECK(t.rows[1].cells[1].position == doc::TextPosition{5, 1});
  CHECK(t.rows[0].cells[0].position == doc::TextPosition{1, 2});
  // An empty cell, merged or left empty: the text cannot tell, and says neither.
  CHECK(t.rows[2].cells[0].empty());
  CHECK_FALSE(t.rows[2].cells[0].merged);
}

TEST_CASE("tika: a footnote inside a cell adds a blank line that ends no row") {
  const auto d = read("\tOSC \n\t4\n\t3[footnoteRef:12] [12:  Het nationale kader voor OSC is maximaal 7. ] \n\n\t8\n\t2\n\n"
                      "\tEMASOH\n");
  const doc::Table& t = *all<doc::Table>(d).at(0);
  REQUIRE(t.rows.size() == 2);
  REQUIRE(t.rows[0].cells.size() == 5);
  CHECK(t.rows[0].cells[2].text() == "3");
  REQUIRE(t.rows[0].cells[2].paragraphs[0].footnotes.size() == 1);
  CHECK(t.rows[0].cells[2].paragraphs[0].footnotes[0].id == "12");
  CHECK(d.footnote("12")->text == "Het nationale kader voor OSC is maximaal 7.");
  CHECK(t.rows[0].cells[3].text() == "8");
}

TEST_CASE("tika: a cell whose text runs over paragraphs stays one cell; an empty last paragraph ends nothing") {
  const auto d = read("\t\n\t\nEMASoH-AGENOR\n\tOvereenkomst\n\n\tDiversen\n\t\nDoorlopend\n\n\n\t\n\tUNC\n");
  const doc::Table& t = *all<doc::Table>(d).at(0);
  REQUIRE(t.rows.size() == 3);
  REQUIRE(t.rows[0].cells.size() == 3);
  CHECK(t.rows[0].cells[1].text() == "EMASoH-AGENOR");
  CHECK(t.rows[0].cells[1].paragraphs.size() == 2);
  CHECK(t.rows[1].cells[1].text() == "Doorlopend");
  CHECK(t.rows[2].cells[1].text() == "UNC");
}

TEST_CASE("tika: a line led by a blank is a break, and ends a table") {
  const auto d = read("\tOnbepaald\n \tMissie\n\tTotaal\n\n\t3393\n In deze tabel zijn de kaders opgenomen.\n");
  REQUIRE(all<doc::Table>(d).size() == 2);
  REQUIRE(all<doc::Break>(d).size() == 2);
  CHECK(std::holds_alternative<doc::Break>(d.blocks[1]));
  CHECK(std::holds_alternative<doc::Break>(d.blocks[3]));
  CHECK(std::get<doc::Paragraph>(d.blocks[4]).text == "In deze tabel zijn de kaders opgenomen.");
  CHECK(std::get<doc::Paragraph>(d.blocks[4]).position == doc::TextPosition{6, 2});
}

TEST_CASE("tika: markers it does not know stay in the text") {
  const auto d = read("Zie [image: kaart.png] en [noot] hier [3 stuks].\n");
  CHECK(all<doc::Paragraph>(d).at(0)->text == "Zie [image: kaart.png] en [noot] hier [3 stuks].");
}

TEST_CASE("tika: CRLF line ends and a byte order mark read as LF text") {
  const auto d = read("\xEF\xBB\xBF" "2. [bookmark: a]Inzet\r\nTekst.\r\n");
  CHECK(all<doc::Heading>(d).at(0)->title == "Inzet");
  CHECK(all<doc::Paragraph>(d).at(0)->text == "Tekst.");
}

TEST_CASE("tika: text that is not UTF-8 is refused with its place") {
  DocumentResult binary = read_tika_text(std::string_view("ab\ncd\0ef", 8), "x.bin");
  REQUIRE_FALSE(binary.document);
  CHECK(binary.errors.at(0).message() == "x.bin:2:3: file: expected text (UTF-8), found 'a NUL byte: binary data or UTF-16'");
  DocumentResult utf16 = read_tika_text("\xFF\xFE" "a\0", "x.txt");
  REQUIRE_FALSE(utf16.document);
  CHECK(utf16.errors.at(0).found.find("UTF-16") != std::string::npos);
  DocumentResult latin1 = read_tika_text("Isra\xEBl\n", "x.txt");
  REQUIRE_FALSE(latin1.document);
  CHECK(latin1.errors.at(0).message() == "x.txt:1:5: file: expected text encoded as UTF-8, found 'byte 0xEB'");
}
