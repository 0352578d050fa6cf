// group_by and the groupings on several threads: the same result as on one, whatever the split.
#include <doctest/doctest.h>

#include <array>
#include <deque>
#include <jvom/algorithms/parallel.hpp>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/jvom.hpp>
#include <mutex>
#include <random>
#include <set>
#include <string_view>
#include <thread>
#include <vector>

using namespace jvom;

namespace {

// Rows under regions spelt in different cases, so that a group's key (its first element's) shows.
std::vector<PersonnelRow> random_rows(std::size_t n, std::mt19937& random) {
  static constexpr std::array<Region, 6> regions{
      {{"EUROPA"}, {"Europa", "overige"}, {"Afrika"}, {"AFRIKA"}, {"Midden-Oosten"}, {"Azië"}}};
  std::uniform_int_distribution<std::size_t> region(0, regions.size() - 1), run(1, 4);
  std::uniform_int_distribution<Headcount> count(0, 50);
  std::vector<PersonnelRow> rows;
  while (rows.size() < n) {
    const Region& r = regions[region(random)];  // a few rows at a time under one heading, as printed
    for (std::size_t k = run(random); k > 0 && rows.size() < n; --k) {
      PersonnelRow row{
          .region = r, .mission = "m", .deployed_military = count(random), .deployed_civil = count(random)};
      if (count(random) % 3 != 0) row.framework_military = count(random);
      rows.push_back(row);
    }
  }
  return rows;
}

template <class A, class B>
void check_same_groups(const A& parallel_groups, const B& sequential_groups) {
  REQUIRE(parallel_groups.size() == sequential_groups.size());
  for (std::size_t i = 0; i < sequential_groups.size(); ++i) {
    CHECK(parallel_groups[i].key.name == sequential_groups[i].key.name);  // the same spelling: the first's
    CHECK(parallel_groups[i] == sequential_groups[i]);
  }
}

}  // namespace

TEST_CASE("totals by region on threads equal those on one, for every split") {
  std::mt19937 random(20251);
  for (const std::size_t n : std::array<std::size_t, 9>{0, 1, 2, 3, 5, 8, 13, 40, 1000}) {
    const std::vector<PersonnelRow> rows = random_rows(n, random);
    const auto expected = totals_by_region(rows);
    for (const unsigned threads : {1u, 2u, 3u, 4u, 7u}) {
      CAPTURE(n);
      CAPTURE(threads);
      check_same_groups(totals_by_region(Parallel{.threads = threads, .min_per_thread = 1}, rows), expected);
    }
  }
}

TEST_CASE("group_by on threads: a group first met in a later part is keyed by its first element") {
  const std::array<PersonnelRow, 4> rows{{
      {.region = {"EUROPA"}, .mission = "a", .deployed_military = 1},
      {.region = {"Europa"}, .mission = "b", .deployed_military = 2},
      {.region = {"afrika"}, .mission = "c", .deployed_military = 3},  // the first of its region, in part 2
      {.region = {"AFRIKA"}, .mission = "d", .deployed_military = 4},
  }};
  const auto groups = totals_by_region(Parallel{.threads = 4, .min_per_thread = 1}, rows);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].key.name == "EUROPA");
  CHECK(groups[0].count == 2);
  CHECK(groups[0].value.deployed.military == 3);
  CHECK(groups[1].key.name == "afrika");
  CHECK(groups[1].count == 2);
  CHECK(groups[1].value.deployed.military == 7);
}

TEST_CASE("group_by on threads takes a user's reduce and combine, over ranges not side by side in memory") {
  std::mt19937 random(7);
  const std::vector<PersonnelRow> rows = random_rows(500, random);
  const std::deque<PersonnelRow> deque(rows.begin(), rows.end());
  // The largest deployment per region: a reduce that is not a sum, and its combine.
  const auto largest = [](Headcount most, const PersonnelRow& row) { return std::max(most, row.deployed_military); };
  const auto larger = [](Headcount a, Headcount b) { return std::max(a, b); };
  const auto expected = group_by(rows, detail::region_of, Headcount{0}, largest, detail::same_region_fn);
  const auto got = group_by(Parallel{.threads = 3, .min_per_thread = 1}, deque, detail::region_of, Headcount{0},
                            largest, larger, detail::same_region_fn);
  check_same_groups(got, expected);
}

TEST_CASE("totals by legal basis kind on threads equal those on one") {
  const std::vector<Mission> missions = join_missions(datasets::jvom2025::report);
  const auto expected = totals_by_legal_basis_kind(missions);
  const auto got = totals_by_legal_basis_kind(Parallel{.threads = 3, .min_per_thread = 1}, missions);
  REQUIRE(got.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) CHECK(got[i] == expected[i]);
}

TEST_CASE("group_by on threads uses them only for parts of at least min_per_thread elements") {
  std::mt19937 random(3);
  const std::vector<PersonnelRow> rows = random_rows(64, random);
  std::mutex mutex;
  std::set<std::thread::id> seen;
  const auto counting = [&](int n, const PersonnelRow&) {
    const std::scoped_lock lock(mutex);
    seen.insert(std::this_thread::get_id());
    return n + 1;
  };
  const auto plus = [](int a, int b) { return a + b; };
  (void)group_by(Parallel{.threads = 2, .min_per_thread = 32}, rows, detail::region_of, 0, counting, plus,
                 detail::same_region_fn);
  CHECK(seen.size() == 2);
  CHECK(seen.count(std::this_thread::get_id()) == 1);  // the calling thread folds the first part
  seen.clear();
  (void)group_by(Parallel{.threads = 2, .min_per_thread = 33}, rows, detail::region_of, 0, counting, plus,
                 detail::same_region_fn);
  CHECK(seen == std::set{std::this_thread::get_id()});
  seen.clear();
  (void)group_by(parallel, rows, detail::region_of, 0, counting, plus,
                 detail::same_region_fn);  // the default: 64 rows are far fewer than a thread is worth
  CHECK(seen == std::set{std::this_thread::get_id()});
}

TEST_CASE("an overflow on any thread is an error on the calling thread, never a wrap") {
  // In the second part alone, and only once the parts are merged.
  const std::array<PersonnelRow, 4> in_part{{
      {.mission = "a", .deployed_military = 1},
      {.mission = "b", .deployed_military = 1},
      {.mission = "c", .deployed_military = max_headcount},
      {.mission = "d", .deployed_military = 1},
  }};
  const std::array<PersonnelRow, 2> on_merge{{
      {.mission = "a", .deployed_military = max_headcount},
      {.mission = "b", .deployed_military = 1},
  }};
  const Parallel two{.threads = 2, .min_per_thread = 1};
  CHECK_THROWS_AS((void)totals_by_region(two, in_part), validation_error);
  CHECK_THROWS_AS((void)totals_by_region(two, on_merge), validation_error);
  CHECK_THROWS_AS((void)totals_by_region(in_part), validation_error);  // as on one thread
}
