// The synthetic 2,000-mission dataset at run time: the checks examine every row and find exactly what was
// seeded (the compile-time side is validate_2000.cpp, which passes by compiling).
#include <doctest/doctest.h>

#include <algorithm>
#include <jvom/io/print.hpp>

#include "synthetic_dataset.hpp"

TEST_CASE("2,000 missions: every row examined, exactly the seeded findings found, all acknowledged") {
  const jvom::CheckResults results = jvom::run_checks(synthetic::report);
  REQUIRE(results.findings.size() == 2);
  CHECK(results.findings[0].check == "dates.mandate_expired");
  CHECK(results.findings[0].mission == "M0007");
  CHECK(results.findings[1].check == "dates.framework_outlives_mandate");
  CHECK(results.unacknowledged() == 0);
  const auto summary = [&](std::string_view id) {
    return *std::find_if(results.summaries.begin(), results.summaries.end(),
                         [&](const jvom::CheckSummary& s) { return s.check == id; });
  };
  CHECK(summary("crossannex.duplicate").examined == 4000);
  CHECK(summary("personnel.rotation_exceeded").examined == 2000);
  CHECK(summary("dates.mandate_expired").examined == 2000);
  CHECK(jvom::column_totals(synthetic::annex2).deployed_total() == synthetic::printed_totals.deployed_total);
}
