// The narrative's claims: Dutch numbers and sentences, the counts of people, and the rules on reworded
// sentences another edition may write; numbers that are not people make no claim.
#include <doctest/doctest.h>

#include <jvom/io/print.hpp>
#include <jvom/io/report_document.hpp>
#include <jvom/text/number_words.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tika_writer.hpp"

using namespace jvom;
using namespace jvom::testing;
using jvom::io::extract::Who;

namespace {

// Annexes for the variants: UNIFIL in both, GPOI in both, KFOR in annex 2 only.
OwnedReport annexes() {
  OwnedReport r;
  r.annex1 = {{{"Midden-Oosten"}, "UNIFIL", as_printed::legal_basis("VNVR-resolutie 2695"),
               as_printed::end("31 augustus 2025"), as_printed::end("30 juni 2028")},
              {{"Afrika"}, "Operatie Sea Guardian", as_printed::legal_basis("UNCLOS"), as_printed::end("Onbepaald"),
               as_printed::end("1 februari 2027")}};
  r.annex2 = {{{"Midden-Oosten"}, "UNIFIL", 4, 0, 6, 0, 6},
              {{"Afrika"}, "Operatie Sea Guardian", 3, 1, 5, 1, 6},
              {{"Europa"}, "KFOR", 1, 0, 1, 0, 1}};
  r.printed_totals = PersonnelRow{{}, "Totaal", 8, 1, 12, 1, 13};
  return r;
}

// The claims of a document with one section (`heading`, `sentences`) and the annexes above.
std::vector<Claim> claims_of(const std::string& heading, const std::vector<std::string>& paragraphs) {
  static std::vector<OwnedReport> kept;  // the claims' text lives in their report
  const OwnedReport a = annexes();
  const std::string text = tika_document({{heading, paragraphs}}, a.report());
  io::DocumentResult read = io::read_tika_text(text, "variant.txt");
  REQUIRE(read.document);
  io::DocumentLoad load = io::extract_report(*read.document);
  REQUIRE(load.report);
  kept.push_back(std::move(*load.report));
  return kept.back().claims;
}

std::string shown(const Claim& c) {
  std::ostringstream os;
  os << c.mission << " " << enum_name(c.field) << " ";
  jvom::print(os, c.value);
  os << " [" << c.rule << "]";
  return os.str();
}

std::vector<std::string> shown(const std::vector<Claim>& claims) {
  std::vector<std::string> out;
  for (const Claim& c : claims) out.push_back(shown(c));
  return out;
}

std::vector<io::extract::PeopleCount> counts(std::string_view sentence) {
  return io::extract::people_counts(io::extract::words(sentence));
}

}  // namespace

TEST_CASE("numbers: Dutch number words and ordinals") {
  CHECK(text::cardinal_word("één") == 1u);
  CHECK(text::cardinal_word("Twaalf") == 12u);
  CHECK(text::cardinal_word("twintig") == 20u);
  CHECK(text::cardinal_word("dertig") == 30u);
  CHECK_FALSE(text::cardinal_word("een"));  // the article: the reader decides
  CHECK_FALSE(text::cardinal_word("eens"));
  CHECK(text::ordinal_word("vijfde") == 5u);
  CHECK(text::ordinal_word("twaalfde") == 12u);
  CHECK(text::ordinal_word("5e") == 5u);
  CHECK(text::ordinal_word("3de") == 3u);
  CHECK_FALSE(text::ordinal_word("vijf"));
}

TEST_CASE("sentences: a full stop ends one unless an abbreviation or a bracket holds it") {
  const auto s = io::extract::sentences(
      "Zie Kamerstuk 29521, nr. 493 (d.d. 4 april 2024). Zr.Ms. Tromp voer uit. Het kabinet (zie o.a. bijlage 1. "
      "Tabel) besloot? Ja.");
  REQUIRE(s.size() == 4);
  CHECK(s[0].text == "Zie Kamerstuk 29521, nr. 493 (d.d. 4 april 2024).");
  CHECK(s[1].text == "Zr.Ms. Tromp voer uit.");
  CHECK(s[2].text == "Het kabinet (zie o.a. bijlage 1. Tabel) besloot?");
  CHECK(s[3].offset == 122);  // "Ja." in bytes
}

TEST_CASE("people: digits, words, the article, ordinals, ranges and dozens, with their category") {
  struct Case {
    std::string_view sentence;
    Headcount value;
    Who category;
    bool ordinal, range;
  };
  const Case cases[] = {
      {"Nederland levert één Imagery Intelligence analist aan KFOR.", 1, Who::unknown, false, false},
      {"met zes staffunctionarissen ondersteuning geleverd", 6, Who::military, false, false},
      {"heeft Nederland een vijfde staffunctionaris bij CMF geplaatst", 5, Who::military, true, false},
      {"droeg een militaire stafofficier bij", 1, Who::military, false, false},
      {"met een bijdrage van één militair genderadviseur", 1, Who::military, false, false},
      {"en tot november 2024 één politiek adviseur.", 1, Who::civil, false, false},
      {"stelde een forensisch expert beschikbaar", 1, Who::civil, false, false},
      {"twee civiel experts", 2, Who::civil, false, false},
      {"drie politiefunctionarissen", 3, Who::police, false, false},
      {"drie tot vier stafofficieren", 3, Who::military, false, true},
      {"een dozijn militairen", 12, Who::military, false, false},
      {"een half dozijn waarnemers", 6, Who::military, false, false},
      {"12 militairen", 12, Who::military, false, false},
      {"1.481 militairen", 1481, Who::military, false, false},
      {"3375 militairen en 18 civiele- en politiefunctionarissen", 3375, Who::military, false, false},
      {"3393 Nederlandse militairen, civiele experts en politiefunctionarissen", 3393, Who::everyone, false, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const auto found = counts(c.sentence);
    REQUIRE(!found.empty());
    CHECK(found[0].value == c.value);
    CHECK(found[0].category == c.category);
    CHECK(found[0].ordinal == c.ordinal);
    CHECK(found[0].range == c.range);
  }
  const auto two = counts("zijn er 3375 militairen en 18 civiele- en politiefunctionarissen uitgezonden.");
  REQUIRE(two.size() == 2);
  CHECK(two[1].value == 18u);
  CHECK(two[1].category == Who::civil_police);
}

TEST_CASE("people: numbers of anything else are not counts of people") {
  for (const std::string_view sentence : {
           "Aspides heeft ruim 400 schepen begeleid door de Rode Zee.",
           "Er zijn zeven pre-planned aanvallen uitgevoerd.",
           "Binnen 72 uur na de machtswisseling veranderde de omgeving.",
           "De Zr.Ms. Tromp is vier weken ingezet.",
           "In 2024 waren Nederlandse trainers voornemens een bijdrage te leveren.",
           "De uitgaven bedroegen ongeveer € 13,9 miljoen.",
           "Zie Kamerstuk 29521, nr. 493 en Kamerstuk 21 501-02, nr. 3003.",
           "Op 1 juli 2024 is EMASoH overgegaan naar een waakvlamstatus.",
           "Nederland droeg met een bescheiden bijdrage bij.",
           "Het ziekenhuis werd gerund door een militair hospitaal.",
           "De uitzendduur kan variëren van drie tot twaalf maanden.",
           "Er zijn 50 Afghaanse militairen getraind.",
           "Nederland trainde 40 militairen uit Ghana en Togo.",
           "Er waren minder dan 10 militairen per post.",
           "Er werden 30 lokale agenten opgeleid.",
       }) {
    CAPTURE(sentence);
    CHECK(counts(sentence).empty());
  }
}

TEST_CASE("claims: reworded sentences make the same claims") {
  // Posts at one time: an ordinal, or the present tense of the contribution.
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL", {"Nederland levert vier stafofficieren aan UNIFIL."})) ==
        std::vector<std::string>{"UNIFIL posts_military 4 [posts]"});
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL (Libanon)",
                        {"De Nederlandse bijdrage bestaat uit 4 militairen en een politiefunctionaris."})) ==
        std::vector<std::string>{"UNIFIL posts_military 4 [posts]", "UNIFIL posts_police 1 [posts]"});
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL", {"Nederland plaatste een vijfde stafofficier."})) ==
        std::vector<std::string>{"UNIFIL posts_military 5 [posts]"});
  // People named over the period: the most a sentence names, or the sum where one adds.
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL",
                        {"In de rapportageperiode droegen vier militairen bij aan UNIFIL. Tussen juli en december "
                         "was er één stafofficier. Daarnaast leverde Nederland twee waarnemers."})) ==
        std::vector<std::string>{"UNIFIL named_military 6 [named (added up)]"});
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL", {"Nederland leverde drie tot vier stafofficieren."})) ==
        std::vector<std::string>{"UNIFIL named_military 3 [named (range: lower bound)]"});
  // Who: the category from the heading above, when the noun does not say.
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL", {"Militaire bijdrage", "Nederland leverde twee analisten."})) ==
        std::vector<std::string>{"UNIFIL named_military 2 [named]"});
  CHECK(claims_of("2.1. [bookmark: _Toc1]UNIFIL", {"Nederland leverde twee analisten."}).empty());
}

TEST_CASE("claims: counts of one kind in one sentence add up; plans and training of others make none") {
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL", {"Nederland leverde twee stafofficieren en drie waarnemers."})) ==
        std::vector<std::string>{"UNIFIL named_military 5 [named]"});
  CHECK(claims_of("2.1. [bookmark: _Toc1]UNIFIL", {"Nederland zal in 2026 vier stafofficieren leveren."}).empty());
  CHECK(claims_of("2.1. [bookmark: _Toc1]UNIFIL", {"In 2024 zijn 200 militairen uit de regio getraind."}).empty());
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL", {"Vier Nederlandse militairen trainden lokale troepen."})) ==
        std::vector<std::string>{"UNIFIL named_military 4 [named]"});
}

TEST_CASE("claims: dates of the mandate, the framework and the contribution, however they are written") {
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL",
                        {"Het mandaat van UNIFIL is verlengd tot en met 31 augustus 2026 (VNVR-resolutie 2790)."})) ==
        std::vector<std::string>{
            "UNIFIL mandate_end {kind: date, date: 2026-08-31} [mandate-until]",
            "UNIFIL legal_basis {kind: un_resolution, resolutions: [2790], article: 0, text: \"\"} [mandate-resolution]"});
  CHECK(shown(claims_of("2.2. [bookmark: _Toc2]Operatie Sea Guardian (OSG)",
                        {"Het nationale kader voor OSG is verlengd tot 1 februari 2028."})) ==
        std::vector<std::string>{"Operatie Sea Guardian framework_end {kind: date, date: 2028-02-01} [framework-until]"});
  CHECK(shown(claims_of("2.2. [bookmark: _Toc2]Sea Guardian",
                        {"Sinds 1 maart 2025 levert Nederland geen bijdrage meer aan de operatie."})) ==
        std::vector<std::string>{
            "Operatie Sea Guardian contribution_end {kind: date, date: 2025-03-01} [no-longer-since]"});
  CHECK(shown(claims_of("2.2. [bookmark: _Toc2]Sea Guardian", {"De Nederlandse bijdrage loopt tot 1 februari 2027."})) ==
        std::vector<std::string>{
            "Operatie Sea Guardian contribution_end {kind: date, date: 2027-02-01} [contribution-until]"});
  CHECK(shown(claims_of("2.3. [bookmark: _Toc3]KFOR", {"Nederland draagt sinds mei 2025 bij aan KFOR."})) ==
        std::vector<std::string>{"KFOR contribution_start {kind: date, date: 2025-05-01} [since]"});
  // A span of days is an episode, not an end; a year alone is no date.
  CHECK(claims_of("2.2. [bookmark: _Toc2]Sea Guardian",
                  {"Van 11 mei tot 10 augustus 2024 heeft een fregat bijgedragen.", "Nederland draagt sinds 1956 bij."})
            .empty());
}

TEST_CASE("claims: the report's totals over the period, and a mission the annexes do not list") {
  CHECK(shown(claims_of("2. [bookmark: _Toc1]Inzet", {"In de periode mei 2025 t/m april 2026 zijn 13 militairen en "
                                                       "1 civiel expert uitgezonden."})) ==
        std::vector<std::string>{" period {first_day: 2025-05-01, last_day: 2026-04-30} [period]",
                                 " deployed_military 13 [deployed-in-period]", " deployed_civil 1 [deployed-in-period]"});
  CHECK(shown(claims_of("2.4. [bookmark: _Toc4]EUTM Mali", {"Nederland leverde twee instructeurs en twee militairen."})) ==
        std::vector<std::string>{"EUTM Mali named_military 2 [named]"});
  CHECK(shown(claims_of("2.4. [bookmark: _Toc4]KFOR", {"Er zijn geen KFOR-militairen ingezet.", "Geen claim hier."})) ==
        std::vector<std::string>{"KFOR deployed_total 0 [none-deployed]"});
}

TEST_CASE("claims: placeholders, and sentences that hedge name nobody") {
  CHECK(shown(claims_of("2.1. [bookmark: _Toc1]UNIFIL",
                        {"Zie de brief (Kamerstuk XXX) van xx-xx-xxxx en [PM].", "Een team bestaat standaard uit elf "
                                                                                 "militairen."})) ==
        std::vector<std::string>{"UNIFIL placeholder \"XXX\" [placeholder]", "UNIFIL placeholder \"xx-xx-xxxx\" [placeholder]",
                                 "UNIFIL placeholder \"[PM]\" [placeholder]"});
  CHECK(io::extract::placeholders("een citaat […] en een lijst, enz… en een lege plek: … hier").size() == 1);
}
