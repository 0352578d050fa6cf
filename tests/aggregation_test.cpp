// The algorithms over users' own data: any range, any staffed type, constexpr without heap.
#include <doctest/doctest.h>

#include <array>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <list>
#include <span>
#include <string_view>
#include <vector>

using namespace jvom;

namespace acme {
// A reporting tool's own row type: jvom aggregates it once it says what its caps and deployed are.
struct Contribution {
  std::string_view country;
  Headcount posts = 0;
  Headcount people = 0;
};
constexpr std::optional<PersonnelCount> framework_caps(const Contribution& c) {
  return PersonnelCount{.military = c.posts};
}
constexpr PersonnelCount deployed_personnel(const Contribution& c) { return {.military = c.people}; }
}  // namespace acme

namespace {
// A minimal input range of its own: the Dutch contributions only.
struct OnlyNl {
  std::span<const acme::Contribution> all;
  struct iterator {
    using value_type = acme::Contribution;
    using difference_type = std::ptrdiff_t;
    const acme::Contribution* at;
    const acme::Contribution* end;
    constexpr const acme::Contribution& operator*() const { return *at; }
    constexpr iterator& operator++() {
      do ++at;
      while (at != end && at->country != "NL");
      return *this;
    }
    constexpr void operator++(int) { ++*this; }
    constexpr bool operator==(const iterator& other) const { return at == other.at; }
  };
  constexpr iterator begin() const {
    const auto* first = all.data();
    while (first != all.data() + all.size() && first->country != "NL") ++first;
    return {first, all.data() + all.size()};
  }
  constexpr iterator end() const { return {all.data() + all.size(), all.data() + all.size()}; }
};
static_assert(std::ranges::input_range<OnlyNl>);

static_assert(Staffed<acme::Contribution> && Staffed<Mission> && Staffed<PersonnelRow> && !Staffed<int>);

constexpr std::array<acme::Contribution, 4> contributions{{{"NL", 4, 16}, {"BE", 2, 2}, {"NL", 1, 3}, {"DE", 0, 0}}};
static_assert(column_totals(contributions).deployed.military == 21);
static_assert(column_totals(contributions).framework.military == 7);

// group_by with a fixed capacity: a constexpr result, no heap.
constexpr auto by_country =
    group_by<3>(contributions, &acme::Contribution::country, Headcount{0},
                [](Headcount sum, const acme::Contribution& c) { return checked_add(sum, c.people); });
static_assert(by_country.size() == 3);
static_assert(by_country[0].key == "NL" && by_country[0].value == 19 && by_country[0].count == 2);
static_assert(by_country[2].key == "DE" && by_country[2].value == 0);
static_assert(by_country.find(std::string_view{"BE"})->value == 2);
static_assert(by_country.find(std::string_view{"FR"}) == nullptr);

// A reduce that adds in place (returns nothing) folds to the same groups as one that returns the value.
constexpr auto by_country_in_place =
    group_by<3>(contributions, &acme::Contribution::country, Headcount{0},
                [](Headcount& sum, const acme::Contribution& c) { sum = checked_add(sum, c.people); });
static_assert(by_country_in_place[0] == by_country[0] && by_country_in_place[1] == by_country[1] &&
              by_country_in_place[2] == by_country[2]);

// Ratios compare exactly.
static_assert(Ratio{16, 4} == Ratio{4, 1} && Ratio{22, 12} < Ratio{16, 4} && Ratio{1, 3} > Ratio{33, 100});
static_assert(rotation_ratio(contributions[0]) == Ratio{4, 1});
static_assert(!rotation_ratio(contributions[3]));
}  // namespace

TEST_CASE("aggregation takes any input range: a list, a vector, a filtered view") {
  const std::list<acme::Contribution> list(contributions.begin(), contributions.end());
  CHECK(column_totals(list).deployed.military == 21);
  const std::vector<acme::Contribution> empty;
  CHECK(column_totals(empty) == ColumnTotals{});
  // (std::views pipelines do not compile on Clang 14 with libstdc++ 12, llvm/llvm-project#52696.)
  CHECK(column_totals(std::span(contributions).subspan(1, 2)).deployed.military == 5);
  CHECK(column_totals(OnlyNl{contributions}).deployed.military == 19);
  // group_by too: elements side by side in memory (hinted ahead) or linked, the same groups.
  const auto people = [](Headcount sum, const acme::Contribution& c) { return checked_add(sum, c.people); };
  const auto from_array = group_by(contributions, &acme::Contribution::country, Headcount{0}, people);
  const auto from_list = group_by(list, &acme::Contribution::country, Headcount{0}, people);
  const auto only_nl = group_by(OnlyNl{contributions}, &acme::Contribution::country, Headcount{0}, people);
  REQUIRE(from_list.size() == from_array.size());
  for (std::size_t i = 0; i < from_array.size(); ++i) CHECK(from_list[i] == from_array[i]);
  REQUIRE(only_nl.size() == 1);
  CHECK(only_nl[0] == from_array[0]);
}

TEST_CASE("group_by folds with a reduce that takes its value by value, by rvalue or by reference") {
  using Names = std::vector<std::string_view>;
  const auto by_value = [](Names names, const acme::Contribution& c) {
    names.push_back(c.country);
    return names;
  };
  const auto by_rvalue = [](Names&& names, const acme::Contribution& c) {  // not callable with an lvalue
    names.push_back(c.country);
    return std::move(names);
  };
  const auto in_place = [](Names& names, const acme::Contribution& c) { names.push_back(c.country); };
  const auto by_parity = [](const acme::Contribution& c) { return c.people % 2; };
  const auto expected = group_by(contributions, by_parity, Names{}, by_value);
  REQUIRE(expected.size() == 2);
  CHECK(expected[0].value == Names{"NL", "BE", "DE"});
  CHECK(expected[1].value == Names{"NL"});
  for (const auto& groups : {group_by(contributions, by_parity, Names{}, by_rvalue),
                             group_by(contributions, by_parity, Names{}, in_place)}) {
    REQUIRE(groups.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK(groups[i] == expected[i]);
  }
}

TEST_CASE("group_by with a fixed capacity fails clearly when there are more groups") {
  CHECK_THROWS_WITH_AS(
      (void)group_by<2>(contributions, &acme::Contribution::country, 0, [](int n, const auto&) { return n + 1; }),
      "group_by: more groups than the capacity given", validation_error);
}

TEST_CASE("group_by on the heap keeps first-appearance order and counts") {
  const auto groups =
      group_by(contributions, &acme::Contribution::country, 0, [](int n, const auto&) { return n + 1; });
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].key == "NL");
  CHECK(groups[0].value == 2);
  CHECK(groups[1].key == "BE");
  CHECK(groups[2].count == 1);
}

TEST_CASE("totals by region treat case and sub-groups as one region") {
  const std::array<PersonnelRow, 3> rows{{
      {.region = {"EUROPA"}, .mission = "a", .framework_military = 1, .deployed_military = 2},
      {.region = {"Europa", "overige"}, .mission = "b", .framework_military = 3, .deployed_military = 4},
      {.region = {"Afrika"}, .mission = "c", .framework_military = std::nullopt, .deployed_military = 5},
  }};
  const auto regions = totals_by_region(rows);
  REQUIRE(regions.size() == 2);
  CHECK(regions[0].key.name == "EUROPA");
  CHECK(regions[0].value.deployed.military == 6);
  CHECK(regions[0].value.framework.military == 4);
  CHECK(regions[1].value.framework.military == 0);  // no framework adds nothing
}

TEST_CASE("overflowing totals are an error, never a wrap") {
  const std::array<PersonnelRow, 2> rows{{
      {.mission = "a", .deployed_military = max_headcount},
      {.mission = "b", .deployed_military = 1},
  }};
  CHECK_THROWS_AS((void)column_totals(rows), validation_error);
}

TEST_CASE("rotation ratios per category") {
  const PersonnelRow osc{.mission = "OSC",
                         .framework_military = 4,
                         .framework_civil = 3,
                         .deployed_military = 8,
                         .deployed_civil = 2,
                         .deployed_total = 10};
  CHECK(rotation_ratio(osc) == Ratio{10, 7});
  CHECK(rotation_ratio(osc, Category::military) == Ratio{2, 1});
  CHECK(rotation_ratio(osc, Category::civil_police) == Ratio{2, 3});
  CHECK(rotation_ratio(osc).value().value() == doctest::Approx(10.0 / 7.0));
}

TEST_CASE("joining is by key, first row wins, and the count matches") {
  const std::array<MandateRow, 3> annex1{{{.mission = "X (a)"}, {.mission = "x"}, {.mission = "Y"}}};
  const std::array<PersonnelRow, 2> annex2{{{.mission = "X"}, {.mission = "Z"}}};
  const Report report{.annex1 = annex1, .annex2 = annex2};
  const auto missions = join_missions(report);
  REQUIRE(missions.size() == mission_count(report));
  REQUIRE(missions.size() == 4);  // X (joined with annex 1 row 1), Z, then the unmatched "x" and "Y"
  CHECK(missions[0].annex1_row == 1);
  CHECK(missions[1].name == "Z");
  CHECK_FALSE(missions[1].in_annex1());
  CHECK(missions[2].name == "x");
  CHECK(missions[3].name == "Y");
  CHECK_THROWS_AS((void)join_missions<3>(report), validation_error);
}

TEST_CASE("joining a name listed 100,000 times in both annexes pairs the rows in order, each look-up O(1)") {
  // Annex 1 opens with names annex 2 does not have, more than the walk looks ahead, so every row of X is
  // left to the look-ups; each of those walked past the rows of X taken before it (10 s).
  std::vector<MandateRow> annex1(100'010, MandateRow{.mission = "X"});
  std::vector<PersonnelRow> annex2(100'000, PersonnelRow{.mission = "x (again)"});
  const std::array<std::string_view, 9> others{"A", "B", "C", "D", "E", "F", "G", "H", "I"};
  for (std::size_t i = 0; i < others.size(); ++i) annex1[i].mission = others[i];
  const auto missions = join_missions(Report{.annex1 = annex1, .annex2 = annex2});
  REQUIRE(missions.size() == 100'010);  // annex 2's rows, then A to I and the one X left over
  for (std::size_t j = 0; j < annex2.size(); ++j) {
    CAPTURE(j);
    REQUIRE(missions[j].annex1_row == j + 10);
  }
  CHECK(missions[100'000].name == "A");
  CHECK(missions.back().annex1_row == 100'010);
}
