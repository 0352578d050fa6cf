// Properties over generated reports, a few thousand cases each.
#include <doctest/doctest.h>

#include <algorithm>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "generated_report.hpp"

using namespace jvom;

namespace {
constexpr unsigned cases = 2000;

// What a run found, independent of row numbers: (check, severity, mission, imbalance), sorted.
std::vector<std::tuple<std::string, Severity, std::string, std::int64_t>> found(const CheckResults& results) {
  std::vector<std::tuple<std::string, Severity, std::string, std::int64_t>> out;
  for (const Finding& f : results.findings)
    out.emplace_back(std::string(f.check), f.severity, std::string(f.mission), f.imbalance);
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("region totals add up to the grand total") {
  for (unsigned seed = 1; seed <= cases; ++seed) {
    CAPTURE(seed);
    const OwnedReport r = testing::Generator(seed, false).report();
    ColumnTotals sum;
    for (const auto& region : totals_by_region(r.annex2)) sum.add(region.value);
    CHECK(sum == column_totals(r.annex2));
  }
}

TEST_CASE("results do not depend on the order of rows, claims or acknowledgements") {
  std::mt19937 shuffle(7);
  for (unsigned seed = 1; seed <= cases; ++seed) {
    CAPTURE(seed);
    OwnedReport r = testing::Generator(seed, false).report();
    const auto before = found(run_checks(r.report()));
    const auto totals = column_totals(r.annex2);
    std::shuffle(r.annex1.begin(), r.annex1.end(), shuffle);
    std::shuffle(r.annex2.begin(), r.annex2.end(), shuffle);
    std::shuffle(r.claims.begin(), r.claims.end(), shuffle);
    std::shuffle(r.acknowledgements.begin(), r.acknowledgements.end(), shuffle);
    CHECK(found(run_checks(r.report())) == before);
    CHECK(column_totals(r.annex2) == totals);
  }
}

TEST_CASE("acknowledging every finding makes a report valid; taking one back makes it invalid") {
  for (unsigned seed = 1; seed <= cases; ++seed) {
    CAPTURE(seed);
    OwnedReport r = testing::Generator(seed, false).report();
    r.acknowledgements.clear();
    const CheckResults results = run_checks(r.report());
    for (const Finding& f : results.findings)
      if (std::none_of(r.acknowledgements.begin(), r.acknowledgements.end(), [&](const Acknowledgement& a) {
            return a.check == f.check && same_mission(a.mission, f.mission);
          }))
        r.acknowledgements.push_back({f.check, f.mission, "generated"});
    CHECK(valid(r.report()));
    if (r.acknowledgements.empty()) continue;
    r.acknowledgements.erase(r.acknowledgements.begin() +
                             static_cast<std::ptrdiff_t>(seed % r.acknowledgements.size()));
    CHECK_FALSE(valid(r.report()));
  }
}
