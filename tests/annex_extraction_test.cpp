// The annexes extracted from a document: the 2025 report against the hand-written dataset cell by cell,
// and variants of its layout that another edition may have.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/print.hpp>
#include <jvom/io/report_document.hpp>
#include <string>

#include "generated_report.hpp"
#include "tika_writer.hpp"

using namespace jvom;
using namespace jvom::testing;
namespace d2025 = jvom::datasets::jvom2025;

namespace {

template <class T>
std::string printed(const T& value) {
  std::ostringstream os;
  jvom::print(os, value);
  return os.str();
}

std::string document_2025() {
  std::ifstream in(JVOM_TEST_DATA "/documents/2025/jvom2025.txt", std::ios::binary);
  REQUIRE(in.is_open());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

io::DocumentLoad extract(std::string_view text) {
  io::DocumentResult read = io::read_tika_text(text, "report.txt");
  REQUIRE(read.document.has_value());
  return io::extract_report(*read.document);
}

std::string first_error(std::string_view text) {
  const io::DocumentLoad load = extract(text);
  REQUIRE_FALSE(load.report.has_value());
  REQUIRE_FALSE(load.errors.empty());
  return load.errors.front().message();
}

// A small report's annexes, for variants of their layout.
OwnedReport small() {
  OwnedReport r;
  r.annex1 = {{{"Midden-Oosten"}, "UNIFIL", as_printed::legal_basis("VNVR-resolutie 2695"),
               as_printed::end("31 augustus 2025"), as_printed::end("30 juni 2028")},
              {{"Afrika"}, "GPOI", as_printed::legal_basis("UNCLOS"), as_printed::end("Onbepaald"), {}}};
  r.annex2 = {{{"Midden-Oosten"}, "UNIFIL", 1, 0, 2, 0, 2}, {{"Afrika"}, "GPOI", 4, 1, 8, 1, 9}};
  r.printed_totals = PersonnelRow{{}, "Totaal", 5, 1, 10, 1, 11};
  return r;
}

void check_same_annexes(const Report& got, const Report& want) {
  REQUIRE(got.annex1.size() == want.annex1.size());
  for (std::size_t i = 0; i < want.annex1.size(); ++i) {
    CAPTURE(i);
    CHECK(printed(got.annex1[i]) == printed(want.annex1[i]));
  }
  REQUIRE(got.annex2.size() == want.annex2.size());
  for (std::size_t i = 0; i < want.annex2.size(); ++i) {
    CAPTURE(i);
    CHECK(printed(got.annex2[i]) == printed(want.annex2[i]));
  }
  CHECK(got.printed_totals == want.printed_totals);
}

}  // namespace

TEST_CASE("extract: the 2025 annexes equal the hand-written dataset, cell by cell") {
  const io::DocumentLoad load = extract(document_2025());
  REQUIRE(load.report.has_value());
  const Report got = load.report->report();
  // Every cell the same: no correction of the hand-written dataset was needed.
  check_same_annexes(got, d2025::report);
  CHECK(got.title == d2025::title);
}

TEST_CASE("extract: a footnote in a cell leaves the cell and stays on the row as a note") {
  const io::DocumentLoad load = extract(document_2025());
  REQUIRE(load.notes.size() == 2);
  CHECK(load.notes[0].annex == 2);
  CHECK(load.notes[0].mission == "OSC");
  CHECK(load.notes[0].column == "framework_civil");
  CHECK(load.notes[0].text == "Het nationale kader voor OSC is maximaal 7 (militair/civiel/politie).");
  CHECK(load.notes[0].position.line == 361);
  CHECK(load.notes[1].mission == "eVA Maritiem");
  CHECK(load.notes[1].column == "mission");
}

TEST_CASE("extract: columns are found by their header, in any order") {
  const OwnedReport r = small();
  std::vector<Cells> a1 = annex1_rows(r.report()), a2 = annex2_rows(r.report());
  // Annex 1 with its columns reversed; annex 2 with the deployed group before the framework group.
  for (Cells& row : a1) std::reverse(row.begin(), row.end());
  a2[0] = {"Missie", "Ingezet personeel", "Nationale kaders", "\xC2\xA0"};
  for (std::size_t i = 2; i < a2.size(); ++i)
    if (a2[i].size() >= 6) {
      Cells& row = a2[i];
      const std::size_t m = row.size() - 5;  // the first number column
      std::swap(row[m], row[m + 2]);
      std::swap(row[m + 1], row[m + 3]);
    }
  const io::DocumentLoad load = extract(tika_table(a1) + tika_table(a2));
  REQUIRE(load.report.has_value());
  check_same_annexes(load.report->report(), r.report());
}

TEST_CASE("extract: annex 2's header may be one row naming group and column in each cell") {
  const OwnedReport r = small();
  std::vector<Cells> a2 = annex2_rows(r.report());
  a2.erase(a2.begin());
  a2[0] = {"Missie", "Kader militair", "Kader civiel/politie", "Ingezet militair", "Ingezet civiel/politie", "Totaal"};
  for (Cells& row : a2)
    if (row.size() == 7) row.erase(row.begin());  // no merged Missie column
  const io::DocumentLoad load = extract(tika_table(annex1_rows(r.report())) + tika_table(a2));
  REQUIRE(load.report.has_value());
  check_same_annexes(load.report->report(), r.report());
}

TEST_CASE("extract: a repeated header row or region row (a page break) starts nothing new") {
  const OwnedReport r = small();
  std::vector<Cells> a2 = annex2_rows(r.report());
  // After UNIFIL's row: the header rows again and the region again, then the rest.
  std::vector<Cells> repeated(a2.begin(), a2.begin() + 4);
  repeated.insert(repeated.end(), a2.begin(), a2.begin() + 3);
  repeated.insert(repeated.end(), a2.begin() + 4, a2.end());
  const io::DocumentLoad load = extract(tika_table(annex1_rows(r.report())) + tika_table(repeated));
  REQUIRE(load.report.has_value());
  check_same_annexes(load.report->report(), r.report());
  // A table split in two at a page, the second with its own header: one annex.
  std::vector<Cells> first(a2.begin(), a2.begin() + 4), second = annex2_header;
  second.insert(second.end(), a2.begin() + 4, a2.end());
  const io::DocumentLoad split =
      extract(tika_table(annex1_rows(r.report())) + tika_table(first) + "\nTekst tussen.\n" + tika_table(second));
  REQUIRE(split.report.has_value());
  check_same_annexes(split.report->report(), r.report());
}

TEST_CASE("extract: a mission added or gone is what the tables say; a sub-group follows its region") {
  OwnedReport r = small();
  r.annex2.insert(r.annex2.begin() + 1, PersonnelRow{{"Midden-Oosten", "overige missies"}, "UNTSO", 12, 0, 22, 0, 22});
  r.annex1.pop_back();
  const io::DocumentLoad load = extract(tika_table(annex1_rows(r.report())) + tika_table(annex2_rows(r.report())));
  REQUIRE(load.report.has_value());
  check_same_annexes(load.report->report(), r.report());
  CHECK(load.report->annex2[1].region == Region{"Midden-Oosten", "overige missies"});
}

TEST_CASE("extract: generated reports written as Tika's text extract to the same annexes") {
  for (unsigned seed = 1; seed <= 200; ++seed) {
    CAPTURE(seed);
    Generator generator(seed, false);
    OwnedReport r = generator.report();
    // Names and regions on one line each, as a cell's paragraphs are joined by a space.
    for (MandateRow& row : r.annex1) row.mission = r.keep(ext::trim(std::string(row.mission).substr(0, std::string(row.mission).find('\n'))));
    for (PersonnelRow& row : r.annex2) row.mission = r.keep(ext::trim(std::string(row.mission).substr(0, std::string(row.mission).find('\n'))));
    const io::DocumentLoad load = extract(tika_table(annex1_rows(r.report())) + tika_table(annex2_rows(r.report())));
    if (!load.report) {  // names the generator repeats are an error in a document as in a folder
      CHECK(load.errors.front().message().find("a mission not listed before") != std::string::npos);
      continue;
    }
    check_same_annexes(load.report->report(), r.report());
  }
}

TEST_CASE("extract: a header without a column, a cell that does not parse: the place and what was expected") {
  const OwnedReport r = small();
  std::vector<Cells> a2 = annex2_rows(r.report());
  for (Cells& row : a2)
    if (row.size() >= 6) row.pop_back();
  CHECK(first_error(tika_table(annex1_rows(r.report())) + tika_table(a2)) ==
        "report.txt:18:2: annex 2: header: expected a column 'Totaal' in the header row, found 'Militair, "
        "Civiel/Politie, Militair, Civiel/Politie'");
  std::vector<Cells> a1 = annex1_rows(r.report());
  a1[1][3] = "31 augustis 2025";
  CHECK(first_error(tika_table(a1) + tika_table(annex2_rows(r.report()))) ==
        "report.txt:10:5: annex 1: mandate_end: expected a Dutch month name (januari to december, or jan, feb, mrt, "
        "...), found 'augustis'");
  a1 = annex1_rows(r.report());
  a1[0].pop_back();
  CHECK(first_error(tika_table(a1) + tika_table(annex2_rows(r.report()))).find(
            "annex 1: header: expected a column 'Duur nationaal kader' in the header row") != std::string::npos);
}

TEST_CASE("extract: a report cut off before annex 2, prose, or nothing but text: no annex, and says so") {
  const std::string whole = document_2025();
  const std::string cut = whole.substr(0, whole.find(" \tMissie"));
  CHECK(first_error(cut) ==
        "report.txt:291:1: annex 2: expected a table whose header holds Missie, Nationale kaders and Ingezet personeel "
        "over Militair, Civiel/Politie and Totaal (Bijlage 2), found 'the document ending without one'");
  CHECK(first_error("Een brief over iets anders.\n\nMet twee alinea's.\n").starts_with(
      "report.txt:1:1: annex 1: expected a table whose header row holds Locatie, Inzet, Rechtsbasis"));
}

TEST_CASE("extract: load_document refuses what is not a report's text, naming what it is") {
  const std::string dir = JVOM_TEST_DATA;
  const io::DocumentLoad csv = io::load_document(dir + "/good/small/annex1.csv");
  REQUIRE_FALSE(csv.report);
  CHECK(csv.errors.at(0).found == "a CSV file of a dataset: give the folder it is in");
  const io::DocumentLoad missing = io::load_document(dir + "/no such file.txt");
  REQUIRE_FALSE(missing.report);
  CHECK(missing.errors.at(0).found == "No such file or directory");
}
