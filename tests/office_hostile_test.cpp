// Hostile parts, in memory: refused with the part named, before they cost more than their size.
#include <doctest/doctest.h>

#include <jvom/io/report_document.hpp>
#include <jvom/office/docx.hpp>
#include <jvom/office/load.hpp>
#include <jvom/office/odt.hpp>
#include <string>

#include "zip_writer.hpp"

using namespace jvom;

namespace {

const std::string w = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
const std::string odf =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")";

std::string error_of(const io::DocumentResult& r) {
  REQUIRE_FALSE(r.document);
  REQUIRE(r.errors.size() == 1);
  return r.errors[0].message();
}

std::string odt_content(const std::string& text) {
  return "<office:document-content " + odf + "><office:body><office:text>" + text +
         "</office:text></office:body></office:document-content>";
}

}  // namespace

TEST_CASE("office hostile: a DOCTYPE with entities is refused in any part, with its place") {
  const std::string doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n";
  CHECK(error_of(office::read_docx_parts({"<w:document " + w + "><w:body/></w:document>",
                                          doctype + "<w:styles " + w + "/>", {}, {}},
                                         "r.docx")) ==
        "r.docx:2:1: word/styles.xml: expected XML without a DOCTYPE or entity declarations, found 'a DOCTYPE'");
  CHECK(error_of(office::read_odt_parts({doctype + odt_content(""), {}}, "r.odt")) ==
        "r.odt:2:1: content.xml: expected XML without a DOCTYPE or entity declarations, found 'a DOCTYPE'");
}

TEST_CASE("office hostile: XML that is not well-formed, or not UTF-8, names the part, line and column") {
  CHECK(error_of(office::read_docx_parts({"<w:document " + w + ">\n<w:body><w:p></w:body>", {}, {}, {}}, "r.docx")) ==
        "r.docx:2:16: word/document.xml: expected well-formed XML, found 'Start-end tags mismatch'");
  CHECK(error_of(office::read_odt_parts({odt_content("<text:p>caf\xE9</text:p>"), {}}, "r.odt")).starts_with(
      "r.odt:1:"));
}

TEST_CASE("office hostile: nesting beyond the limit stops the reader, in tables, lists and spans alike") {
  const auto deep = [](const std::string& open, const std::string& close, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += open;
    for (int i = 0; i < n; ++i) s += close;
    return s;
  };
  const std::string expected = "expected elements nested at most 256 deep";
  CHECK(error_of(office::read_odt_parts({odt_content(deep("<table:table><table:table-row><table:table-cell>",
                                                          "</table:table-cell></table:table-row></table:table>", 300)),
                                         {}},
                                        "r.odt"))
            .find(expected) != std::string::npos);
  CHECK(error_of(office::read_odt_parts({odt_content("<text:p>" + deep("<text:span>", "</text:span>", 300) + "</text:p>"), {}},
                                        "r.odt"))
            .find(expected) != std::string::npos);
  CHECK(error_of(office::read_odt_parts({odt_content(deep("<text:list><text:list-item>", "</text:list-item></text:list>", 300)), {}},
                                        "r.odt"))
            .find(expected) != std::string::npos);
  CHECK(error_of(office::read_docx_parts({"<w:document " + w + "><w:body><w:p>" + deep("<w:hyperlink>", "</w:hyperlink>", 300) +
                                              "</w:p></w:body></w:document>",
                                          {}, {}, {}},
                                         "r.docx"))
            .find(expected) != std::string::npos);
  // Just inside the limit reads.
  CHECK(office::read_odt_parts({odt_content("<text:p>" + deep("<text:span>", "</text:span>", 240) + "</text:p>"), {}}, "r.odt").document);
}

TEST_CASE("office hostile: the limits are the caller's to set") {
  office::Limits limits;
  limits.model_items = 10;
  std::string cells;
  for (int i = 0; i < 11; ++i) cells += "<w:tc><w:p/></w:tc>";
  const std::string document = "<w:document " + w + "><w:body><w:tbl><w:tr>" + cells + "</w:tr></w:tbl></w:body></w:document>";
  CHECK(error_of(office::read_docx_parts({document, {}, {}, {}}, "r.docx", limits)).find(
            "word/document.xml: expected at most 10 paragraphs, table rows and cells") != std::string::npos);
  limits.model_items = 100;
  CHECK(office::read_docx_parts({document, {}, {}, {}}, "r.docx", limits).document);
  limits.markup_tags = 20;
  CHECK(error_of(office::read_docx_parts({document, {}, {}, {}}, "r.docx", limits)) ==
        "r.docx: word/document.xml: expected at most 20 XML tags in a part, found '41 tags'");
}

TEST_CASE("office hostile: what is not an office file is told apart by its content") {
  CHECK(error_of(office::read_document("PK\x03\x04 and nothing more", "r.docx", {})) ==
        "r.docx: archive: expected a ZIP archive (.docx or .odt) that is whole, found 'Not a zip archive'");
  CHECK(error_of(office::read_document(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'), "r.doc", {})) ==
        "r.doc: file: expected a .docx, .odt or text report document, found 'a Word 97-2003 file (.doc: save it as .docx)'");
  // Without the office readers, the text route names a ZIP archive for what it is.
  const io::DocumentResult text = io::read_text_document("PK\x03\x04....", "r.docx");
  CHECK(error_of(text).find("a ZIP archive (.docx or .odt): read it with jvom::office") != std::string::npos);
}

TEST_CASE("office hostile: an encrypted entry is refused, naming the part") {
  const std::string archive = testing::zip_archive({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                                    {"content.xml", odt_content("<text:p>geheim</text:p>"), "wachtwoord"}});
  CHECK(error_of(office::read_document(archive, "r.odt", {})) ==
        "r.odt: content.xml: expected a part that is not encrypted, found 'an encrypted entry (the document has a password)'");
}

TEST_CASE("office hostile: a part that inflates past the limit stops there") {
  office::Limits limits;
  limits.part_bytes = 1000;
  const std::string archive = testing::zip_archive({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                                    {"content.xml", odt_content("<text:p>" + std::string(5000, 'x') + "</text:p>")}});
  CHECK(error_of(office::read_document(archive, "r.odt", limits)).starts_with(
      "r.odt: content.xml: expected a part that inflates to at most 1000 bytes, found 'more than that, from "));
  limits.part_bytes = 10000;
  CHECK(office::read_document(archive, "r.odt", limits).document);
}
