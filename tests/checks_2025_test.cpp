// What the catalog finds in the published 2025 report. Every finding is listed with why it is real;
// what adds up raises nothing.
#include <doctest/doctest.h>

#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <string>
#include <string_view>
#include <vector>

using namespace jvom;
namespace d2025 = jvom::datasets::jvom2025;

namespace {
struct Expected {
  std::string_view check;
  std::string_view mission;
  std::string_view why;  // one line on why the finding is real
};

// In catalog order, as run_checks raises them.
const std::vector<Expected> expected_2025{
    {"totals.narrative", "", "the second note under annex 2 says 3454 military: last year's figure, not 3375"},
    {"totals.narrative", "", "... and 19 civil and police, not 18"},
    {"crossannex.similar_names", "OSC", "annex 1 spells OSC as OCS (swapped letters)"},
    {"crossannex.similar_names", "EMASOH (t/m juni 2024)", "annex 1 calls EMASoH 'EMASoH-AGENOR'"},
    {"crossannex.missing_in_annex2", "Operatie Prosperity Guardian", "annex 1 row 5, no annex 2 row (counted in CMF)"},
    {"crossannex.missing_in_annex2", "Operatie Poseidon Archer", "annex 1 row 6, no annex 2 row at all"},
    {"crossannex.missing_in_annex1", "EU SDI GoG", "annex 2 row 11, no legal basis or mandate in annex 1"},
    {"crossannex.missing_in_annex1", "HQ CENTCOM", "annex 2 row 16, nothing in annex 1"},
    {"crossannex.missing_in_annex1", "eVA Maritiem", "annex 2 row 18, nothing in annex 1"},
    {"crossannex.region_differs", "KFOR", "under Afrika in annex 1 (empty region cell after GPOI), EUROPA in annex 2"},
    {"dates.mandate_expired", "UNIFIL", "annex 1: mandate to 31 augustus 2024, yet 2 deployed to April 2025"},
    {"dates.mandate_expired", "EUNAVFOR Atalanta", "annex 1: mandate to 31 december 2024, yet 9 deployed"},
    {"dates.mandate_expired", "EMASoH-AGENOR",
     "annex 1: mission ended 31 december 2024; its people are in annex 2 as EMASOH (t/m juni 2024), 6 deployed"},
    {"dates.framework_expired", "EMASoH-AGENOR", "... and its framework with it, on the same day"},
    {"dates.framework_outlives_mandate", "UNIFIL", "framework to 30 juni 2028, mandate to 31 augustus 2024"},
    {"dates.framework_outlives_mandate", "EUNAVFOR Aspides", "framework to 30 juni 2028, mandate to 28 februari 2026"},
    {"dates.framework_outlives_mandate", "EUNAVFOR Atalanta", "framework to 30 juni 2028, mandate to 31 december 2024"},
    {"personnel.no_framework", "Early Forward Presence/SOLE", "framework '-', 12 deployed"},
    {"personnel.no_framework", "eVA Maritiem", "framework '-', 247 deployed"},
    {"personnel.framework_unused", "VPD", "a cap of 121 and 0 deployed: no VPDs went out"},
    {"narrative.period", "", "the second note under annex 2 names mei 2023 t/m april 2024"},
    {"narrative.date", "UNIFIL", "2.3.1: extended to 31 augustus 2025; annex 1 still 31 augustus 2024"},
    {"narrative.date", "EUNAVFOR Aspides", "2.3.5: extended to 1 februari 2026; annex 1 prints 28 februari 2026"},
    {"narrative.date", "Operatie Prosperity Guardian", "2.3.6: contribution ended 1 februari 2025; annex 1 '-'"},
    {"narrative.legal_basis", "UNIFIL", "2.3.1 cites resolution 2749; annex 1 prints 2695"},
    {"narrative.unmatched_claim", "EMASOH", "2.3.4 dates EMASoH's end; annex 1 has no row of that name"},
    {"narrative.unmatched_claim", "EMASOH", "... for the framework end as well"},
    {"narrative.unmatched_claim", "Operatie Poseidon Archer", "2.3.7: one staff officer; annex 2 has no OPA row"},
};

Report without_acknowledgements() {
  Report r = d2025::report;
  r.acknowledgements = {};
  return r;
}
}  // namespace

TEST_CASE("the catalog finds exactly the inconsistencies the 2025 report contains") {
  const CheckResults results = run_checks(without_acknowledgements());
  REQUIRE(results.findings.size() == expected_2025.size());
  for (std::size_t i = 0; i < expected_2025.size(); ++i) {
    const Finding& f = results.findings[i];
    INFO(expected_2025[i].why);
    INFO(message(f));
    CHECK(f.check == expected_2025[i].check);
    CHECK(f.mission == expected_2025[i].mission);
  }
}

TEST_CASE("what adds up in the 2025 report raises nothing, though it was examined") {
  const CheckResults results = run_checks(without_acknowledgements());
  for (const std::string_view silent :
       {"totals.row_sum", "totals.column_sum", "crossannex.duplicate", "personnel.rotation_exceeded",
        "personnel.civil_without_cap", "narrative.count", "dates.no_reference_date"}) {
    CAPTURE(silent);
    const auto summary = std::find_if(results.summaries.begin(), results.summaries.end(),
                                      [&](const CheckSummary& s) { return s.check == silent; });
    REQUIRE(summary != results.summaries.end());
    CHECK(summary->findings == 0);
    CHECK(summary->examined > 0);
  }
}

TEST_CASE("totals findings carry the imbalance, printed minus computed") {
  const CheckResults results = run_checks(without_acknowledgements());
  CHECK(results.findings[0].imbalance == 3454 - 3375);
  CHECK(results.findings[1].imbalance == 19 - 18);
  CHECK(message(results.findings[0]) ==
        "report: the narrative states a total the rows do not add up to: deployed_military 3454 (narrative "
        "Bijlage 2 (tweede noot)); sum of the rows 3375 (computed); imbalance +79 (computed)");
}

TEST_CASE("messages name the mission, the values and where each comes from") {
  const CheckResults results = run_checks(without_acknowledgements());
  const auto with_check = [&](std::string_view check, std::string_view mission) {
    for (const Finding& f : results.findings)
      if (f.check == check && f.mission == mission) return message(f);
    return std::string{};
  };
  CHECK(
      with_check("dates.mandate_expired", "UNIFIL") ==
      "UNIFIL: the mandate ended before the reporting period did, while people were deployed: mandate end "
      "31 augustus 2024 (annex 1 row 2); reference date 30 april 2025 (reporting period); deployed 2 (annex 2 row 5)");
  CHECK(with_check("crossannex.similar_names", "OSC") ==
        "OSC / OCS (Jeruzalem en Ramallah): names in the two annexes are almost the same: probably one mission: name "
        "'OCS (Jeruzalem en Ramallah)' (annex 1 row 3); name 'OSC' (annex 2 row 7); edits apart 1 (computed)");
  CHECK(with_check("narrative.legal_basis", "UNIFIL") ==
        "UNIFIL: the text states a legal basis that annex 1 does not print: legal basis VNVR-resolutie 2749 (narrative "
        "2.3.1); legal basis VNVR-resolutie 2695 (annex 1 row 2)");
}

TEST_CASE("with its acknowledgements the 2025 report is valid, every finding acknowledged with its reason") {
  const CheckResults results = run_checks(d2025::report);
  CHECK(results.findings.size() == expected_2025.size());  // no acknowledgement is unused
  for (const Finding& f : results.findings) {
    CAPTURE(message(f));
    CHECK(f.acknowledged);
    CHECK_FALSE(f.reason.empty());
  }
  CHECK(valid(d2025::report));
  CHECK_FALSE(valid(without_acknowledgements()));
  static_assert(valid<d2025::report>());
}
