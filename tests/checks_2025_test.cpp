// What the catalog finds in the published 2025 report. Every finding is listed with why it is real;
// what adds up raises nothing.
#include <doctest/doctest.h>

#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "expected_2025.hpp"

using namespace jvom;
using jvom::testing::expected_2025;
namespace d2025 = jvom::datasets::jvom2025;

namespace {

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
