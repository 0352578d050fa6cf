// The SARIF log: one rule per check, each result at the file and line its values were read from, related
// locations for the rest, acknowledged findings suppressed with their reason.
#include <doctest/doctest.h>

#include <jvom/io/sarif.hpp>
#include <jvom/jvom.hpp>
#include <sstream>
#include <string>

#include "small_dataset.hpp"

using namespace jvom;
using jvom::testing::SmallDataset;

namespace {

std::string sarif(const Report& report, const io::RowLocations& locations, Language language = Language::en) {
  std::ostringstream out;
  io::write_sarif(out, report, run_checks(report), locations, language);
  return out.str();
}

bool holds(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("SARIF: a result is at the CSV line of its row, the Totaal row's too, with the mission as logical location") {
  SmallDataset d;
  d.annex2[0].deployed_civil = 1;  // row 1 no longer adds up
  d.totals = PersonnelRow{.mission = "Totaal", .framework_military = 2, .deployed_military = 4, .deployed_total = 4};
  io::RowLocations at;
  at.annex1_file = "data/annex1.csv";
  at.annex2_file = "data/annex2.csv";
  at.annex1_lines = {2};
  at.annex2_lines = {7};
  at.totals_line = 9;
  const std::string log = sarif(d.report(), at);
  CHECK(holds(log, R"("ruleId": "totals.row_sum", "ruleIndex": 0, "level": "error")"));
  CHECK(holds(log, R"({"physicalLocation": {"artifactLocation": {"uri": "data/annex2.csv"}, "region": {"startLine": 7}}, )"
                   R"("logicalLocations": [{"name": "KFOR", "kind": "object"}]})"));
  // the civil column's total is off: the Totaal row's line, and the rows' line as related
  CHECK(holds(log, R"("uri": "data/annex2.csv"}, "region": {"startLine": 9})"));
  CHECK(holds(log, R"("partialFingerprints": {"jvomFinding/v1": "totals.row_sum|KFOR|"})"));
  CHECK_FALSE(holds(log, "suppressions"));
}

TEST_CASE("SARIF: one rule per check that ran, its title and description in the language asked, info as note") {
  const std::string en = sarif(SmallDataset{}.report(), {});
  CHECK(holds(en, R"({"id": "crossannex.spacing_differs", "shortDescription": {"text": "Other spacing"}, )"
                  R"("fullDescription": {"text": "the annexes print one mission's name with different spaces"}, )"
                  R"("defaultConfiguration": {"level": "note"}})"));
  CHECK(holds(en, "\"results\": []\n"));  // nothing found: no results, every rule
  CHECK(holds(en, R"("id": "acknowledgement.unused")"));
  const std::string nl = sarif(SmallDataset{}.report(), {}, Language::nl);
  CHECK(holds(nl, R"("shortDescription": {"text": "Andere spaties"})"));
  CHECK(holds(nl, R"("language": "nl")"));
}

TEST_CASE("SARIF: an acknowledged finding is suppressed, its reason the justification; the CSV line of the "
          "acknowledgement that went unused") {
  SmallDataset d;
  d.annex2[0].framework_military.reset();
  d.acknowledgements = {{"personnel.no_framework", "KFOR", "known \"gap\""}, {"dates.mandate_expired", "KFOR", "old"}};
  io::RowLocations at;
  at.acknowledgements_file = "acknowledgements.csv";
  at.acknowledgement_lines = {2, 4};
  const std::string log = sarif(d.report(), at);
  CHECK(holds(log, R"("suppressions": [{"kind": "external", "status": "accepted", "justification": "known \"gap\""}])"));
  CHECK(holds(log, R"("ruleId": "acknowledgement.unused")"));
  CHECK(holds(log, R"({"uri": "acknowledgements.csv"}, "region": {"startLine": 4}})"));
}

TEST_CASE("SARIF: a claim read from a document is at its line, with the sentence as snippet; paths become URIs") {
  SmallDataset d;
  d.claims = {{"KFOR", ClaimField::deployed_military, Headcount{5}, "2.2.1", "vijf militairen", 120, "count"}};
  io::RowLocations at;
  at.narrative_file = "/home/ana/Mijn documenten/jvom 2026.txt";
  at.annex2_file = at.narrative_file;
  at.annex2_lines = {300};
  const std::string log = sarif(d.report(), at);
  CHECK(holds(log, R"({"uri": "file:///home/ana/Mijn%20documenten/jvom%202026.txt"}, "region": {"startLine": 120, )"
                   R"("snippet": {"text": "vijf militairen"}}})"));
  CHECK(holds(log, R"("relatedLocations": [{"id": 1, "physicalLocation": {"artifactLocation": )"
                   R"({"uri": "file:///home/ana/Mijn%20documenten/jvom%202026.txt"}, "region": {"startLine": 300}})"));
}

TEST_CASE("SARIF: the report compiled into jvom was read from no file: results carry their mission only") {
  SmallDataset d;
  d.annex2[0].framework_military.reset();
  const std::string log = sarif(d.report(), {});
  CHECK(holds(log, R"("locations": [{"logicalLocations": [{"name": "KFOR", "kind": "object"}]}])"));
  CHECK_FALSE(holds(log, "physicalLocation"));
}
