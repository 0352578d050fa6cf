// The Word reader, part by part, on WordprocessingML written as other producers and editions write it.
#include <doctest/doctest.h>

#include <jvom/office/docx.hpp>
#include <jvom/office/load.hpp>
#include <string>
#include <variant>
#include <vector>

#include "office_test_support.hpp"
#include "zip_writer.hpp"

using namespace jvom;
namespace doc = jvom::io::doc;

namespace {

const std::string ns = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string body(const std::string& content) { return "<w:document " + ns + "><w:body>" + content + "</w:body></w:document>"; }

std::string paragraph(const std::string& text, const std::string& properties = {}) {
  return "<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

doc::Document read(const office::DocxParts& parts) { return testing::document_of(office::read_docx_parts(parts, "report.docx")); }

using testing::headings;

// Dutch Word names its heading styles "Kop 1" with the built-in name "heading 1"; numbering lives in the style.
const std::string dutch_styles = "<w:styles " + ns + R"(>
  <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/>
    <w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Kop1"/>
    <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Missiekop"><w:name w:val="Missiekop"/><w:basedOn w:val="Kop2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Bijlagekop"><w:name w:val="Bijlage"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>)";

const std::string two_level_numbering = "<w:numbering " + ns + R"(>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>)";

}  // namespace

TEST_CASE("docx: headings by style, basedOn chains and outline levels, numbered as Word prints them") {
  const doc::Document d = read({body(paragraph("Inleiding", R"(<w:pStyle w:val="Kop1"/>)") +
                                     paragraph("Tekst.") +
                                     paragraph("Inzet", R"(<w:pStyle w:val="Kop1"/>)") +
                                     paragraph("Europa", R"(<w:pStyle w:val="Kop2"/>)") +
                                     paragraph("KFOR", R"(<w:pStyle w:val="Missiekop"/>)") +
                                     paragraph("Bijlage 1", R"(<w:pStyle w:val="Bijlagekop"/>)")),
                                dutch_styles, two_level_numbering, {}});
  const auto h = headings(d);
  REQUIRE(h.size() == 5);
  CHECK(h[0].number == "1");
  CHECK(h[0].level == 1);
  CHECK(h[1].number == "2");
  CHECK(h[2].number == "2.1");
  CHECK(h[2].level == 2);
  CHECK(h[3].number == "2.2");  // a style based on Kop2 is a level-2 heading in its list
  CHECK(h[3].title == "KFOR");
  CHECK(h[4].number.empty());  // an outline level, no list: a heading without a number
  CHECK(h[4].level == 1);
  CHECK(h[4].title == "Bijlage 1");
}

TEST_CASE("docx: list numbering with start values, formats, legal numbering and a restart") {
  const std::string numbering = "<w:numbering " + ns + R"xml(>
    <w:abstractNum w:abstractNumId="3">
      <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1-%2)"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="3"/>
      <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  </w:numbering>)xml";
  const auto at = [](int level, int list) {
    return "<w:outlineLvl w:val=\"" + std::to_string(level) + "\"/><w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
           "\"/><w:numId w:val=\"" + std::to_string(list) + "\"/></w:numPr>";
  };
  const doc::Document d = read({body(paragraph("A", at(0, 1)) + paragraph("B", at(1, 1)) + paragraph("C", at(1, 1)) +
                                     paragraph("D", at(2, 1)) + paragraph("E", at(0, 1)) + paragraph("F", at(1, 1)) +
                                     paragraph("G", at(0, 2)) + paragraph("H", at(0, 2))),
                                {}, numbering, {}});
  const auto h = headings(d);
  REQUIRE(h.size() == 8);
  CHECK(h[0].number == "III");
  CHECK(h[1].number == "III-a)");
  CHECK(h[2].number == "III-b)");
  CHECK(h[3].number == "3.2.1");  // isLgl: every level in Arabic figures
  CHECK(h[4].number == "IV");
  CHECK(h[5].number == "IV-a)");  // a level restarts under a new item above it
  CHECK(h[6].number == "I");      // another list on the same definition, restarted by startOverride
  CHECK(h[7].number == "II");
}

TEST_CASE("docx: tracked changes read as the final text; hidden text, tabs and breaks as printed") {
  const doc::Document d = read({body(R"(<w:p><w:r><w:t xml:space="preserve">Nederland levert </w:t></w:r>
      <w:del w:id="1" w:author="x"><w:r><w:delText>vijf</w:delText></w:r></w:del>
      <w:ins w:id="2" w:author="x"><w:r><w:t>zes</w:t></w:r></w:ins>
      <w:moveFrom w:id="3" w:author="x"><w:r><w:t>weg</w:t></w:r></w:moveFrom>
      <w:r><w:tab/><w:t>stafofficieren</w:t><w:br/><w:t>aan</w:t></w:r>
      <w:r><w:rPr><w:vanish/></w:rPr><w:t>VERBORGEN</w:t></w:r>
      <w:hyperlink r:id="x" xmlns:r="r"><w:r><w:t xml:space="preserve"> KFOR.</w:t></w:r></w:hyperlink>
      <w:r><w:instrText>PAGEREF _Toc1</w:instrText></w:r></w:p>)"),
                                {}, {}, {}});
  REQUIRE(d.blocks.size() == 1);
  CHECK(std::get<doc::Paragraph>(d.blocks[0]).text == "Nederland levert zes stafofficieren aan KFOR.");
}

TEST_CASE("docx: merged cells keep their span and mark what continues them; a nested table's text stays in its cell") {
  const std::string table = R"(<w:tbl>
    <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Missie</w:t></w:r></w:p></w:tc>
          <w:tc><w:p><w:r><w:t>Totaal</w:t></w:r></w:p></w:tc></w:tr>
    <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr><w:p/></w:tc>
          <w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>binnen</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr>
  </w:tbl>)";
  const doc::Document d = read({body(table), {}, {}, {}});
  REQUIRE(d.blocks.size() == 1);
  const auto& t = std::get<doc::Table>(d.blocks[0]);
  REQUIRE(t.rows.size() == 2);
  REQUIRE(t.rows[0].cells.size() == 2);
  CHECK(t.rows[0].cells[0].column_span == 2);
  CHECK_FALSE(t.rows[0].cells[0].merged);
  CHECK(t.rows[1].cells[0].merged);
  CHECK(t.rows[1].cells[0].column_span == 2);
  CHECK(t.rows[1].cells[0].empty());
  CHECK(t.rows[1].cells[1].text() == "binnen");
}

TEST_CASE("docx: footnotes are numbered as printed, by first reference, whatever Word's ids") {
  const std::string notes = "<w:footnotes " + ns + R"(>
    <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
    <w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Zeven.</w:t></w:r></w:p>
      <w:p><w:r><w:t>Tweede alinea.</w:t></w:r></w:p></w:footnote>
    <w:footnote w:id="3"><w:p><w:r><w:t>Drie.</w:t></w:r></w:p></w:footnote>
  </w:footnotes>)";
  const doc::Document d = read({body(R"(<w:p><w:r><w:t>Eerst</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r>
      <w:r><w:t xml:space="preserve"> dan</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r></w:p>)"),
                                {}, {}, notes});
  REQUIRE(d.blocks.size() == 1);
  const auto& p = std::get<doc::Paragraph>(d.blocks[0]);
  CHECK(p.text == "Eerst dan");
  REQUIRE(p.footnotes.size() == 2);
  CHECK(p.footnotes[0] == doc::FootnoteRef{"1", 5});
  CHECK(p.footnotes[1] == doc::FootnoteRef{"2", 9});
  REQUIRE(d.footnote("1"));
  CHECK(d.footnote("1")->text == "Zeven.\nTweede alinea.");
  CHECK(d.footnote("2")->text == "Drie.");
  CHECK(d.footnote("1")->position.line == 1);
}

TEST_CASE("docx: a paragraph is a line: positions count paragraphs in reading order, cells included") {
  const doc::Document d = read({body(paragraph("Een.") + R"(<w:tbl><w:tr><w:tc><w:p/><w:p><w:r><w:t>Twee</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)" +
                                     paragraph("Drie.")),
                                {}, {}, {}});
  REQUIRE(d.blocks.size() == 3);
  CHECK(std::get<doc::Paragraph>(d.blocks[0]).position == doc::TextPosition{1, 1});
  CHECK(std::get<doc::Table>(d.blocks[1]).rows[0].cells[0].paragraphs[1].position == doc::TextPosition{3, 1});
  CHECK(std::get<doc::Paragraph>(d.blocks[2]).position == doc::TextPosition{4, 1});
  CHECK(d.lines == 4);
}

TEST_CASE("docx: a number typed before a heading's title, and headings Word does not mark, read as from the text") {
  const std::string styles = "<w:styles " + ns + R"(><w:style w:type="paragraph" w:styleId="Heading2">
      <w:name w:val="heading 2"/></w:style></w:styles>)";
  const doc::Document d = read({body(paragraph("2.3 Midden-Oosten", R"(<w:pStyle w:val="Heading2"/>)") +
                                     R"(<w:p><w:bookmarkStart w:id="1" w:name="_Toc193363090"/><w:bookmarkEnd w:id="1"/>
                                        <w:r><w:t>Golfregio</w:t></w:r></w:p>)" +
                                     paragraph("2.4. Afrika") + paragraph("1. Nederland levert twee stafofficieren aan KFOR.")),
                                styles, {}, {}});
  const auto h = headings(d);
  REQUIRE(h.size() == 3);
  CHECK(h[0].number == "2.3");
  CHECK(h[0].title == "Midden-Oosten");
  CHECK(h[0].level == 2);
  CHECK(h[1].number.empty());
  CHECK(h[1].title == "Golfregio");
  CHECK(h[1].bookmarks == std::vector<std::string>{"_Toc193363090"});
  CHECK(h[2].number == "2.4");  // short, numbered, not a sentence: a heading, as the text reader has it
  CHECK(h[2].title == "Afrika");
  REQUIRE(d.blocks.size() == 4);
  CHECK(std::get<doc::Paragraph>(d.blocks[3]).text == "1. Nederland levert twee stafofficieren aan KFOR.");
}

TEST_CASE("docx: the parts are found by the package's relationships, wherever a producer puts them") {
  const std::string numbering = "<w:numbering " + ns + R"(><w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    </w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="1"/></w:num></w:numbering>)";
  const std::string styles = "<w:styles " + ns + R"(><w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/>
      <w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style></w:styles>)";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const std::string archive = testing::zip_archive({
      {"[Content_Types].xml", "<Types/>"},
      {"_rels/.rels", "<Relationships><Relationship Id=\"r1\" Type=\"" + rel + "officeDocument\" Target=\"tekst/hoofd.xml\"/></Relationships>"},
      {"tekst/_rels/hoofd.xml.rels", "<Relationships><Relationship Id=\"r1\" Type=\"" + rel + "styles\" Target=\"opmaak.xml\"/>"
                                     "<Relationship Id=\"r2\" Type=\"" + rel + "numbering\" Target=\"/lijsten/nummers.xml\"/></Relationships>"},
      {"tekst/hoofd.xml", body(paragraph("Slot", R"(<w:pStyle w:val="H"/>)"))},
      {"tekst/opmaak.xml", styles},
      {"lijsten/nummers.xml", numbering},
  });
  const auto h = headings(testing::document_of(office::read_document(archive, "r.docx", {})));
  REQUIRE(h.size() == 1);
  CHECK(h[0].number == "4");
  CHECK(h[0].title == "Slot");
}
