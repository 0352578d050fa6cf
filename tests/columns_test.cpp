// Annex 2's counts in columns: the totals equal those over the rows, in constant expressions too.
#include <doctest/doctest.h>

#include <array>
#include <jvom/algorithms/personnel_columns.hpp>
#include <jvom/datasets/jvom2025.hpp>
#include <list>
#include <random>
#include <vector>

#include "generated_report.hpp"

using namespace jvom;

namespace {

template <class A, class B>
constexpr bool same_groups(const A& a, const B& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!(a[i] == b[i]) || a[i].key.name != b[i].key.name) return false;
  return true;
}

// The 2025 report's totals, by region and in all, from its columns at compile time: the same as from its rows.
constexpr auto& rows_2025 = datasets::jvom2025::annex2;
static_assert(column_totals(PersonnelColumns(rows_2025)) == column_totals(rows_2025));
static_assert(same_groups(totals_by_region<8>(PersonnelColumns(rows_2025)), totals_by_region<8>(rows_2025)));
static_assert(PersonnelColumns(rows_2025).size() == rows_2025.size());

// Rows under a heading printed twice, in two spellings, with a sub-group, and caps of every kind: "-" for
// both, "-" beside a civil cap, a cap of 0.
constexpr std::array<PersonnelRow, 6> awkward{{
    {.region = {"EUROPA"}, .mission = "a", .framework_military = 4, .framework_civil = 1, .deployed_military = 2},
    {.region = {"Europa", "overige missies"}, .mission = "b", .framework_civil = 3, .deployed_civil = 5},
    {.region = {"Afrika"}, .mission = "c", .framework_military = std::nullopt, .deployed_military = 7},
    {.region = {"Afrika"},
     .mission = "d",
     .framework_military = std::nullopt,
     .framework_civil = std::nullopt,
     .deployed_civil = 1},
    {.region = {"europa"}, .mission = "e", .framework_military = std::nullopt, .framework_civil = 6},
    {.region = {"Azië"}, .mission = "f", .framework_military = 0, .deployed_military = 9},
}};
constexpr PersonnelColumns awkward_columns() { return PersonnelColumns(awkward); }
static_assert(same_groups(totals_by_region<4>(awkward_columns()), totals_by_region<4>(awkward)));

}  // namespace

TEST_CASE("columns hold annex 2's counts, a cap of \"-\" as 0, and the regions as runs of rows") {
  const PersonnelColumns columns(awkward);
  REQUIRE(columns.size() == 6);
  CHECK(std::vector(columns.framework_military().begin(), columns.framework_military().end()) ==
        std::vector<Headcount>{4, 0, 0, 0, 0, 0});
  CHECK(std::vector(columns.framework_civil().begin(), columns.framework_civil().end()) ==
        std::vector<Headcount>{1, 3, 0, 0, 6, 0});
  CHECK(columns.deployed_military()[2] == 7);
  CHECK(columns.deployed_civil()[1] == 5);
  // EUROPA and its sub-group are one run; Europa printed again later is a run of its own.
  const std::vector<RegionRun> runs(columns.runs().begin(), columns.runs().end());
  CHECK(runs ==
        std::vector<RegionRun>{
            {Region{"EUROPA"}, 0, 2}, {Region{"Afrika"}, 2, 2}, {Region{"europa"}, 4, 1}, {Region{"Azië"}, 5, 1}});
  CHECK(PersonnelColumns().empty());
  CHECK(totals_by_region(PersonnelColumns()).empty());
  CHECK(column_totals(PersonnelColumns()) == ColumnTotals{});
}

TEST_CASE("totals from the columns equal those from the rows: groups, their order, keys and counts") {
  const auto from_rows = totals_by_region(awkward);
  const auto from_columns = totals_by_region(PersonnelColumns(awkward));
  REQUIRE(from_columns.size() == 3);
  CHECK(same_groups(from_columns, from_rows));
  CHECK(from_columns[0].key.name == "EUROPA");  // the first row's spelling
  CHECK(from_columns[0].count == 3);            // both of its runs
  CHECK(from_columns[0].value.framework == PersonnelCount{.military = 4, .civil_police = 10});
  CHECK(column_totals(PersonnelColumns(awkward)) == column_totals(awkward));

  // Random reports (regions in several spellings, sub-groups, every kind of cap), from any input range.
  for (unsigned seed = 1; seed <= 50; ++seed) {
    CAPTURE(seed);
    const OwnedReport report = testing::Generator(seed, /*extreme=*/false).report();
    const std::list<PersonnelRow> listed(report.annex2.begin(), report.annex2.end());
    const PersonnelColumns columns(listed);
    CHECK(same_groups(totals_by_region(columns), totals_by_region(report.annex2)));
    CHECK(column_totals(columns) == column_totals(report.annex2));
  }
}

TEST_CASE("an overflowing column is the same error as over the rows, within a run or across a region's runs") {
  const std::array<PersonnelRow, 2> in_run{{
      {.region = {"EUROPA"}, .mission = "a", .deployed_civil = max_headcount},
      {.region = {"EUROPA"}, .mission = "b", .deployed_civil = 1},
  }};
  const std::array<PersonnelRow, 3> across_runs{{
      {.region = {"EUROPA"}, .mission = "a", .framework_military = max_headcount},
      {.region = {"Afrika"}, .mission = "b"},
      {.region = {"Europa"}, .mission = "c", .framework_military = 1},
  }};
  const char* const message = "headcount overflow: the sum exceeds 4294967295";
  CHECK_THROWS_WITH_AS((void)totals_by_region(in_run), message, validation_error);
  CHECK_THROWS_WITH_AS((void)totals_by_region(PersonnelColumns(in_run)), message, validation_error);
  CHECK_THROWS_WITH_AS((void)column_totals(PersonnelColumns(in_run)), message, validation_error);
  CHECK_THROWS_WITH_AS((void)totals_by_region(PersonnelColumns(across_runs)), message, validation_error);
  // The largest sum that fits is no error.
  const std::array<PersonnelRow, 2> full{{
      {.mission = "a", .deployed_military = max_headcount - 1},
      {.mission = "b", .deployed_military = 1},
  }};
  CHECK(column_totals(PersonnelColumns(full)).deployed.military == max_headcount);
}
