// Rows listed before: for_each_listing finds, for every row in order, the first earlier row of its key, as
// the rule says when every pair of rows is compared; the table (constant evaluation, small inputs) and the
// grouped hashes (large inputs at run time) alike.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <jvom/detail/listings.hpp>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

struct Row {
  std::string_view mission;
};

using Visits = std::vector<std::pair<std::size_t, std::size_t>>;  // (row, earlier) in the order visited

Visits visits(std::span<const Row> rows, std::size_t grouped_from) {
  Visits seen;
  jvom::detail::for_each_listing(
      rows, [&](std::size_t row, std::size_t earlier) { seen.emplace_back(row, earlier); }, grouped_from);
  return seen;
}
constexpr std::size_t grouped = 0, table = std::numeric_limits<std::size_t>::max();  // which path: from n rows

constexpr std::size_t none = jvom::detail::not_listed_before;

// The rule, every pair compared: the first row before `row` whose key is the same.
Visits by_the_rule(std::span<const Row> rows) {
  Visits want;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    std::size_t earlier = none;
    for (std::size_t e = 0; e < row && earlier == none; ++e)
      if (jvom::same_mission(rows[e].mission, rows[row].mission)) earlier = e;
    want.emplace_back(row, earlier);
  }
  return want;
}

constexpr std::array<Row, 9> rows{{{"UNTSO"},
                                   {"unifil"},
                                   {"UNTSO (Libanon en Golan)"},
                                   {" untso "},
                                   {"UNIFIL (Libanon)"},
                                   {""},
                                   {"MINUSMA"},
                                   {"minusma"},
                                   {""}}};

// The earlier row each row names, in constant evaluation.
constexpr std::array<std::size_t, rows.size()> earlier_at_compile_time() {
  std::array<std::size_t, rows.size()> earlier{};
  jvom::detail::for_each_listing(std::span<const Row>(rows), [&](std::size_t row, std::size_t e) { earlier[row] = e; });
  return earlier;
}
constexpr std::array<std::size_t, rows.size()> expected{none, none, 0, 0, 1, none, none, 6, 5};
static_assert(earlier_at_compile_time() == expected);

}  // namespace

TEST_CASE("every row is visited in order with the first row of its key, as the rule has it") {
  Visits want;
  for (std::size_t row = 0; row < rows.size(); ++row) want.emplace_back(row, expected[row]);
  CHECK(by_the_rule(rows) == want);
  CHECK(visits(rows, table) == want);
  CHECK(visits(rows, grouped) == want);
  CHECK(visits({}, grouped).empty());
}

TEST_CASE("both paths tell apart names that share the half of a hash the grouped path keeps") {
  // 300,000 names, every tenth listed again later in another case with a qualifier and a doubled space:
  // about ten pairs of different names share the top half of their hashes.
  std::vector<std::string> names;
  for (std::size_t i = 0; i < 300'000; ++i) names.push_back("Missie " + std::to_string(i * 7919));
  for (std::size_t i = 0; i < 300'000; i += 10) names.push_back("MISSIE  " + std::to_string(i * 7919) + " (bis)");
  std::vector<Row> listed;
  for (const std::string& name : names) listed.push_back({name});

  std::vector<std::pair<std::uint32_t, std::string_view>> halves;  // what the grouped path compares first
  for (const Row& row : listed)
    halves.emplace_back(static_cast<std::uint32_t>(jvom::mission_hash(row.mission) >> 32),
                        jvom::mission_key(row.mission));
  std::sort(halves.begin(), halves.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t shared_by_other_keys = 0;
  for (std::size_t i = 1; i < halves.size(); ++i)
    if (halves[i].first == halves[i - 1].first && !jvom::same_key(halves[i].second, halves[i - 1].second))
      ++shared_by_other_keys;
  REQUIRE(shared_by_other_keys > 0);  // else this test would not exercise the comparison

  const Visits found = visits(listed, grouped);
  CHECK(found == visits(listed, table));
  REQUIRE(found.size() == listed.size());
  CHECK(found[300'000] == std::pair<std::size_t, std::size_t>{300'000, 0});
  CHECK(found[300'001] == std::pair<std::size_t, std::size_t>{300'001, 10});
  CHECK(std::count_if(found.begin(), found.end(), [](const auto& v) { return v.second != none; }) == 30'000);
}

TEST_CASE("on a few thousand rows, both paths find what every pair compared finds") {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < 3'000; ++i) names.push_back("Missie " + std::to_string(i % 1'700));
  for (std::size_t i = 0; i < 300; ++i) names.push_back("missie  " + std::to_string(i * 3) + " (2)");
  std::vector<Row> listed;
  for (const std::string& name : names) listed.push_back({name});
  const Visits want = by_the_rule(listed);
  CHECK(visits(listed, table) == want);
  CHECK(visits(listed, grouped) == want);
}
