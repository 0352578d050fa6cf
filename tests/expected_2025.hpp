#pragma once

// The findings of the published 2025 report, as the hand-written dataset (datasets/jvom2025.hpp) holds it,
// each with why it is real: shared by the tests of the dataset and of the document it was transcribed from.
#include <string_view>
#include <vector>

namespace jvom::testing {

struct Expected {
  std::string_view check;
  std::string_view mission;
  std::string_view why;  // one line on why the finding is real
};

// In catalog order, as run_checks raises them.
inline const std::vector<Expected> expected_2025{
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

}  // namespace jvom::testing
