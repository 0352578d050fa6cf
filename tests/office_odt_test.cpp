// The OpenDocument reader, part by part, on ODF written as other producers and editions write it.
#include <doctest/doctest.h>

#include <jvom/office/odt.hpp>
#include <string>
#include <variant>
#include <vector>

#include "office_test_support.hpp"
using namespace jvom;
namespace doc = jvom::io::doc;

namespace {

const std::string ns =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")";

std::string content(const std::string& text, const std::string& automatic_styles = {}) {
  return "<office:document-content " + ns + "><office:automatic-styles>" + automatic_styles +
         "</office:automatic-styles><office:body><office:text>" + text + "</office:text></office:body></office:document-content>";
}

// Outline numbering as a word processor's own template sets it: "1", then "1.1" and so on.
const std::string outline_styles = "<office:document-styles " + ns + R"xml(><office:styles>
  <text:outline-style style:name="Outline">
    <text:outline-level-style text:level="1" style:num-format="1"/>
    <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>
    <text:outline-level-style text:level="3" style:num-format="a" style:num-suffix=")" text:display-levels="1"/>
  </text:outline-style></office:styles></office:document-styles>)xml";

doc::Document read(const office::OdtParts& parts) { return testing::document_of(office::read_odt_parts(parts, "report.odt")); }

using testing::headings;

}  // namespace

TEST_CASE("odt: outline numbering, with levels shown, a start value and an unnumbered heading") {
  const doc::Document d = read({content(R"(<text:h text:outline-level="1">Inleiding</text:h>
      <text:h text:outline-level="1">Inzet</text:h>
      <text:h text:outline-level="2">Europa</text:h>
      <text:h text:outline-level="3">KFOR</text:h>
      <text:h text:outline-level="3">EUFOR</text:h>
      <text:h text:outline-level="2" text:is-list-header="true">Golfregio</text:h>
      <text:h text:outline-level="2">Afrika</text:h>
      <text:h text:outline-level="1" text:start-value="7">Bijlage</text:h>)"),
                                outline_styles});
  const auto h = headings(d);
  REQUIRE(h.size() == 8);
  CHECK(h[0].number == "1");
  CHECK(h[1].number == "2");
  CHECK(h[2].number == "2.1");
  CHECK(h[2].level == 2);
  CHECK(h[3].number == "a)");
  CHECK(h[4].number == "b)");
  CHECK(h[5].number.empty());
  CHECK(h[5].title == "Golfregio");
  CHECK(h[6].number == "2.2");
  CHECK(h[7].number == "7");
}

TEST_CASE("odt: headings numbered by the list they stand in, as LibreOffice writes Word's numbering") {
  const std::string style = R"(<text:list-style style:name="WWNum3">
      <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
      <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2"/>
    </text:list-style>)";
  const auto item = [](int level, const std::string& title, bool first) {
    std::string open = first ? R"(<text:list text:style-name="WWNum3">)" : R"(<text:list text:continue-numbering="true" text:style-name="WWNum3">)";
    std::string h = "<text:h text:outline-level=\"" + std::to_string(level) + "\">" + title + "</text:h>";
    return level == 1 ? open + "<text:list-item>" + h + "</text:list-item></text:list>"
                      : open + "<text:list-item><text:list><text:list-item>" + h + "</text:list-item></text:list></text:list-item></text:list>";
  };
  const doc::Document d = read({content(item(1, "Inleiding", true) + "<text:p>Tekst.</text:p>" + item(1, "Inzet", false) +
                                            item(2, "Europa", false) + item(2, "Afrika", false) + item(1, "Slot", false),
                                        style),
                                {}});
  const auto h = headings(d);
  REQUIRE(h.size() == 5);
  CHECK(h[0].number == "1");
  CHECK(h[1].number == "2");
  CHECK(h[2].number == "2.1");
  CHECK(h[3].number == "2.2");
  CHECK(h[4].number == "3");
}

TEST_CASE("odt: white space collapsed as ODF says; deletions dropped, insertions kept; notes by their citation") {
  const doc::Document d = read({content(R"(<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
        <text:p>vijf</text:p></text:deletion></text:changed-region></text:tracked-changes>
      <text:p>  Nederland   levert<text:change text:change-id="c1"/> <text:span>zes</text:span><text:s text:c="2"/>stafofficieren<text:tab/>aan<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>4</text:note-citation><text:note-body><text:p>Zie   de brief.</text:p></text:note-body></text:note> KFOR.<office:annotation><text:p>opmerking</text:p></office:annotation></text:p>)"),
                                {}});
  REQUIRE(d.blocks.size() == 1);
  const auto& p = std::get<doc::Paragraph>(d.blocks[0]);
  CHECK(p.text == "Nederland levert zes  stafofficieren aan KFOR.");
  REQUIRE(p.footnotes.size() == 1);
  CHECK(p.footnotes[0] == doc::FootnoteRef{"4", 40});
  REQUIRE(d.footnote("4"));
  CHECK(d.footnote("4")->text == "Zie de brief.");
}

TEST_CASE("odt: spanned and covered cells read as Word's: a span is one cell, a covered cell below it merged") {
  const doc::Document d = read({content(R"(<table:table table:name="Bijlage2">
      <table:table-column table:number-columns-repeated="4"/>
      <table:table-header-rows>
        <table:table-row>
          <table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2"><text:p>Missie</text:p></table:table-cell>
          <table:covered-table-cell/>
          <table:table-cell table:number-columns-spanned="2"><text:p>Ingezet personeel</text:p></table:table-cell>
          <table:covered-table-cell/>
        </table:table-row>
        <table:table-row>
          <table:covered-table-cell table:number-columns-repeated="2"/>
          <table:table-cell><text:p>Militair</text:p></table:table-cell>
          <table:table-cell><text:p>Totaal</text:p></table:table-cell>
        </table:table-row>
      </table:table-header-rows>
      <table:table-row table:number-rows-repeated="2">
        <table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>1</text:p></table:table-cell>
        <table:table-cell><text:p>1</text:p></table:table-cell>
      </table:table-row>
    </table:table>)"),
                                {}});
  REQUIRE(d.blocks.size() == 1);
  const auto& t = std::get<doc::Table>(d.blocks[0]);
  REQUIRE(t.rows.size() == 4);
  REQUIRE(t.rows[0].cells.size() == 2);
  CHECK(t.rows[0].cells[0].column_span == 2);
  REQUIRE(t.rows[1].cells.size() == 3);
  CHECK(t.rows[1].cells[0].merged);
  CHECK(t.rows[1].cells[0].column_span == 2);
  CHECK(t.rows[1].cells[1].text() == "Militair");
  REQUIRE(t.rows[2].cells.size() == 4);
  CHECK(t.rows[3].cells[3].text() == "1");
}

TEST_CASE("odt: a heading without numbering keeps the number typed before its title; a numbered list item stays text") {
  const std::string style = R"(<text:list-style style:name="L1">
      <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>)";
  const doc::Document d = read({content(R"(<text:h text:outline-level="2">2.3 Midden-Oosten</text:h>
      <text:list text:style-name="L1"><text:list-item><text:p>Nederland levert twee stafofficieren aan KFOR.</text:p></text:list-item>
      <text:list-item><text:p>Afrika</text:p></text:list-item></text:list>)",
                                        style),
                                {}});
  REQUIRE(d.blocks.size() == 3);
  const auto& h = std::get<doc::Heading>(d.blocks[0]);
  CHECK(h.number == "2.3");
  CHECK(h.title == "Midden-Oosten");
  CHECK(std::get<doc::Paragraph>(d.blocks[1]).text == "Nederland levert twee stafofficieren aan KFOR.");
  // "2. Afrika" as the page prints it: short and numbered, a heading by the text reader's rule.
  const auto& second = std::get<doc::Heading>(d.blocks[2]);
  CHECK(second.number == "2");
  CHECK(second.title == "Afrika");
}

TEST_CASE("odt: a table inside a cell gives its text to that cell; a heading in a cell is its text") {
  const doc::Document d = read({content(R"(<table:table><table:table-row>
      <table:table-cell><text:p>OSC</text:p><table:table><table:table-row>
        <table:table-cell><text:p>militair</text:p></table:table-cell><table:table-cell><text:p>4</text:p></table:table-cell>
      </table:table-row></table:table></table:table-cell>
      <table:table-cell><text:h text:outline-level="3">Totaal</text:h></table:table-cell>
    </table:table-row></table:table>)"),
                                {}});
  REQUIRE(d.blocks.size() == 1);
  const auto& t = std::get<doc::Table>(d.blocks[0]);
  REQUIRE(t.rows.size() == 1);
  REQUIRE(t.rows[0].cells.size() == 2);
  CHECK(t.rows[0].cells[0].text() == "OSC militair 4");
  CHECK(t.rows[0].cells[1].text() == "Totaal");
}
