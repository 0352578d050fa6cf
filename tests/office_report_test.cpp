// The 2025 report as Word and LibreOffice write it: the same dataset as from Tika's text of it.
// The files are made by scripts/make-office-documents (python-docx, then LibreOffice to .odt and back).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <jvom/io/report_document.hpp>
#include <jvom/jvom.hpp>
#include <jvom/office/load.hpp>
#include <string>
#include <string_view>
#include <vector>

using namespace jvom;

namespace {

const std::filesystem::path folder = JVOM_TEST_DATA "/documents/2025";

const OwnedReport& from_text() {
  static const OwnedReport report = [] {
    io::DocumentLoad load = io::load_document(folder / "jvom2025.txt");
    REQUIRE(load.report);
    return std::move(*load.report);
  }();
  return report;
}

bool lost_heading(std::string_view source) { return source.starts_with("after ") || source.starts_with("before "); }

bool numbered_section(std::string_view source) {
  return !source.empty() && std::all_of(source.begin(), source.end(), [](char c) { return ext::is_digit(c) || c == '.'; });
}

void same_dataset_as_text(const std::filesystem::path& file) {
  CAPTURE(file.filename().string());
  const io::DocumentLoad load = office::load_document(file);
  for (const io::LoadError& e : load.errors) FAIL(e.message());
  REQUIRE(load.report);
  const Report office = load.report->report();
  const Report text = from_text().report();

  CHECK(office.title == text.title);
  CHECK(std::ranges::equal(office.annex1, text.annex1));
  CHECK(std::ranges::equal(office.annex2, text.annex2));
  CHECK(std::ranges::equal(office.acknowledgements, text.acknowledgements));

  // The claims, sentence for sentence; only where a claim stands is told otherwise. A line is a paragraph
  // in a Word file, a line of text in Tika's; where Tika lost a heading ("after 2.5"), the Word file
  // still has it and names the section by its number.
  REQUIRE(office.claims.size() == text.claims.size());
  for (std::size_t i = 0; i < text.claims.size(); ++i) {
    const Claim& o = office.claims[i];
    const Claim& t = text.claims[i];
    CAPTURE(t.quote);
    CHECK(o.mission == t.mission);
    CHECK(o.field == t.field);
    CHECK(o.value == t.value);
    CHECK(o.quote == t.quote);
    CHECK(o.rule == t.rule);
    CHECK(o.line > 0);
    if (lost_heading(t.source)) {
      CHECK(numbered_section(o.source));
    } else {
      CHECK(o.source == t.source);
    }
  }
  // And so the same findings, by check and mission.
  const std::vector<Finding> office_findings = run_checks(office).findings;
  const std::vector<Finding> text_findings = run_checks(text).findings;
  REQUIRE(office_findings.size() == text_findings.size());
  for (std::size_t i = 0; i < text_findings.size(); ++i) {
    CHECK(office_findings[i].check == text_findings[i].check);
    CHECK(office_findings[i].mission == text_findings[i].mission);
  }
}

}  // namespace

TEST_CASE("office: the 2025 report as python-docx writes it gives the text route's dataset") {
  same_dataset_as_text(folder / "jvom2025.docx");
}

TEST_CASE("office: the 2025 report as LibreOffice writes it (.odt) gives the text route's dataset") {
  same_dataset_as_text(folder / "jvom2025.odt");
}

TEST_CASE("office: the 2025 report, .odt back to .docx by LibreOffice, gives the text route's dataset") {
  same_dataset_as_text(folder / "jvom2025-libreoffice.docx");
}

TEST_CASE("office: the 2025 .docx keeps what the text loses: headings Tika dropped, merged cells, footnote numbers") {
  const io::DocumentLoad load = office::load_document(folder / "jvom2025.docx");
  REQUIRE(load.report);
  const Report r = load.report->report();
  // "2.3 Midden-Oosten" is a heading in the Word file; Tika's text has only a blank where it was.
  CHECK(std::ranges::any_of(r.claims, [](const Claim& c) { return c.source.starts_with("2.3"); }));
  // The OSC civil cap is a footnote inside an annex 2 cell, read as the row's note.
  REQUIRE(std::ranges::any_of(load.notes, [](const io::extract::AnnexNote& n) {
    return n.annex == 2 && n.mission == "OSC" && n.text.starts_with("Het nationale kader voor OSC is maximaal 7");
  }));
}
