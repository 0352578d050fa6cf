#include <doctest/doctest.h>

#include <cstdint>
#include <jvom/io/print.hpp>
#include <jvom/personnel_count.hpp>

using jvom::PersonnelCount;

namespace {
constexpr PersonnelCount osc_narrative{.military = 4, .civilian = 2, .police = 1};  // section 2.3.3
constexpr PersonnelCount osc_annex{.military = 4, .civil_police = 3};               // annex 2, as printed

static_assert(osc_narrative.total() == 7);
static_assert(osc_narrative.non_military() == osc_annex.non_military());
static_assert(osc_narrative != osc_annex, "equality is per category: the table's merged column is not split");
static_assert((osc_annex + osc_annex) == PersonnelCount{.military = 8, .civil_police = 6});
static_assert(PersonnelCount{}.empty() && !osc_annex.empty());
static_assert(PersonnelCount{.military = jvom::max_headcount - 1} + PersonnelCount{.military = 1} ==
              PersonnelCount{.military = jvom::max_headcount});
}  // namespace

TEST_CASE("PersonnelCount adds category by category") {
  PersonnelCount sum{.military = 1481};
  sum += PersonnelCount{.military = 1333, .civil_police = 14};
  CHECK(sum == PersonnelCount{.military = 2814, .civil_police = 14});
  CHECK(sum.total() == 2828);
  CHECK(sum.non_military() == 14);
}

TEST_CASE("PersonnelCount overflow is an error at run time, never a wrap") {
  const PersonnelCount full{.police = jvom::max_headcount};
  const PersonnelCount one{.police = 1};
  CHECK_THROWS_AS((void)(full + one), jvom::validation_error);
  CHECK_THROWS_WITH((void)(full + one), doctest::Contains("headcount overflow"));
  // total() sums across categories and is checked the same way
  const PersonnelCount spread{.military = jvom::max_headcount, .civilian = 1};
  CHECK_THROWS_AS((void)spread.total(), jvom::validation_error);
  // a failed += leaves no half-added value behind for the caller to use by mistake: it throws
  PersonnelCount target = full;
  CHECK_THROWS((target += one));
}

TEST_CASE("checked_add at the edge of the range") {
  CHECK(jvom::checked_add(jvom::max_headcount, 0) == jvom::max_headcount);
  CHECK(jvom::checked_add(0, jvom::max_headcount) == jvom::max_headcount);
  CHECK_THROWS_AS((void)jvom::checked_add(jvom::max_headcount, 1), jvom::validation_error);
  CHECK_THROWS_AS((void)jvom::checked_add(2'000'000'000u, 2'300'000'000u), jvom::validation_error);
}

TEST_CASE("checked_headcount at the edge of the range, with checked_add's message") {
  CHECK(jvom::checked_headcount(jvom::max_headcount) == jvom::max_headcount);
  CHECK(jvom::checked_headcount(0) == 0);
  CHECK_THROWS_WITH_AS((void)jvom::checked_headcount(std::uint64_t{jvom::max_headcount} + 1),
                       "headcount overflow: the sum exceeds 4294967295", jvom::validation_error);
  CHECK_THROWS_WITH_AS((void)jvom::checked_headcount(~std::uint64_t{0}),
                       "headcount overflow: the sum exceeds 4294967295", jvom::validation_error);
}
