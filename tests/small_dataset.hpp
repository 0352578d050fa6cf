// A small dataset to change case by case: one consistent mission, KFOR, in both annexes, over May 2024 to
// April 2025. The checks' tests start from it, and so does every test that needs a check to trip.
#pragma once

#include <jvom/jvom.hpp>
#include <optional>
#include <vector>

namespace jvom::testing {

struct SmallDataset {
  std::vector<MandateRow> annex1{{{"Europa"},
                                  "KFOR",
                                  as_printed::legal_basis("VNVR-resolutie 1244"),
                                  as_printed::end("Onbepaald"),
                                  as_printed::end("30 april 2026")}};
  std::vector<PersonnelRow> annex2{{.region = {"EUROPA"},
                                    .mission = "KFOR",
                                    .framework_military = 2,
                                    .framework_civil = 0,
                                    .deployed_military = 4,
                                    .deployed_total = 4}};
  std::optional<PersonnelRow> totals{};
  std::vector<Claim> claims{};
  std::vector<Acknowledgement> acknowledgements{};
  std::vector<UnCount> un_counts{};
  std::optional<ReportingPeriod> period =
      ReportingPeriod::months(std::chrono::year{2024} / std::chrono::May, std::chrono::year{2025} / std::chrono::April);

  Report report() const {
    return {.title = "test",
            .period = period,
            .annex1 = annex1,
            .annex2 = annex2,
            .printed_totals = totals,
            .claims = claims,
            .acknowledgements = acknowledgements,
            .un_counts = un_counts};
  }
};

}  // namespace jvom::testing
