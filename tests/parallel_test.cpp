// group_by, the groupings and the check run on several threads: the same result as on one, whatever the
// split. (Also built under ThreadSanitizer: tests/CMakeLists.txt.)
#include <doctest/doctest.h>

#include <array>
#include <deque>
#include <jvom/algorithms/parallel.hpp>
#include <jvom/checks/parallel.hpp>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/jvom.hpp>
#include <mutex>
#include <random>
#include <set>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <vector>

#include "generated_report.hpp"

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

TEST_CASE("totals by region over the columns on threads equal those over the rows, parts splitting runs") {
  std::mt19937 random(20252);
  for (const std::size_t n : std::array<std::size_t, 9>{0, 1, 2, 3, 5, 8, 13, 40, 1000}) {
    const std::vector<PersonnelRow> rows = random_rows(n, random);
    const PersonnelColumns columns(rows);
    const auto expected = totals_by_region(rows);
    for (const unsigned threads : {1u, 2u, 3u, 4u, 7u}) {
      CAPTURE(n);
      CAPTURE(threads);
      check_same_groups(totals_by_region(Parallel{.threads = threads, .min_per_thread = 1}, columns), expected);
    }
  }
  // An overflow only once the parts are merged.
  const std::array<PersonnelRow, 2> on_merge{{
      {.mission = "a", .deployed_military = max_headcount},
      {.mission = "b", .deployed_military = 1},
  }};
  CHECK_THROWS_AS((void)totals_by_region(Parallel{.threads = 2, .min_per_thread = 1}, PersonnelColumns(on_merge)),
                  validation_error);
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

TEST_CASE("group_by on threads takes a reduce and a combine that update their value in place") {
  std::mt19937 random(11);
  const std::vector<PersonnelRow> rows = random_rows(500, random);
  const auto add_row = [](Headcount& sum, const PersonnelRow& row) { sum = checked_add(sum, row.deployed_civil); };
  const auto add_sum = [](Headcount& sum, Headcount other) { sum = checked_add(sum, other); };
  const auto expected = group_by(
      rows, detail::region_of, Headcount{0},
      [](Headcount sum, const PersonnelRow& row) { return checked_add(sum, row.deployed_civil); },
      detail::same_region_fn);
  const auto got = group_by(Parallel{.threads = 3, .min_per_thread = 1}, rows, detail::region_of, Headcount{0}, add_row,
                            add_sum, detail::same_region_fn);
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

namespace {

void check_same_results(const CheckResults& got, const CheckResults& expected) {
  REQUIRE(got.summaries.size() == expected.summaries.size());
  for (std::size_t i = 0; i < expected.summaries.size(); ++i) CHECK(got.summaries[i] == expected.summaries[i]);
  REQUIRE(got.findings.size() == expected.findings.size());
  for (std::size_t i = 0; i < expected.findings.size(); ++i) CHECK(got.findings[i] == expected.findings[i]);
}

// A user's check that raises a finding for every mission, to see that extra checks run on threads too.
struct EveryMission {
  std::string_view id = "acme.every_mission";
  Severity severity = Severity::info;
  void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Mission& m : in.missions) {
      out.examined();
      out.raise(finding(m.name, "seen"));
    }
  }
};

// Records the thread it runs on.
struct WhereRun {
  std::string_view id = "acme.where_run";
  Severity severity = Severity::info;
  std::thread::id* ran_on;
  void operator()(const CheckInput&, FindingSink&) const { *ran_on = std::this_thread::get_id(); }
};

struct Throws {
  std::string_view id = "acme.throws";
  Severity severity = Severity::error;
  void operator()(const CheckInput&, FindingSink&) const { throw std::runtime_error("acme.throws gave up"); }
};

}  // namespace

TEST_CASE("the join on threads writes the missions the join on one makes, in the same order") {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    const OwnedReport owned = testing::Generator(seed, false).report();
    const Report report = owned.report();
    const std::vector<Mission> expected = join_missions(report);
    for (const unsigned threads : {1u, 2u, 3u, 7u}) {
      CAPTURE(seed);
      CAPTURE(threads);
      const detail::MissionBuffer got =
          detail::join_missions(Parallel{.threads = threads, .min_per_thread = 1}, report);
      REQUIRE(got.missions().size() == expected.size());
      for (std::size_t i = 0; i < expected.size(); ++i) CHECK(got.missions()[i] == expected[i]);
    }
  }
}

TEST_CASE("the catalog on threads finds what it finds on one, in the same order") {
  const Parallel every_row{.threads = 0, .min_per_thread = 1};
  check_same_results(run_checks(every_row, datasets::jvom2025::report), run_checks(datasets::jvom2025::report));
  for (unsigned seed = 1; seed <= 60; ++seed) {
    const OwnedReport owned = testing::Generator(seed, false).report();
    const Report report = owned.report();
    const CheckResults expected = run_checks(report, default_config, EveryMission{});
    for (const unsigned threads : {1u, 2u, 3u, 5u, 30u}) {
      CAPTURE(seed);
      CAPTURE(threads);
      check_same_results(
          run_checks(Parallel{.threads = threads, .min_per_thread = 1}, report, default_config, EveryMission{}),
          expected);
    }
  }
}

TEST_CASE("run_only on threads: any checks, none, or one that throws on another thread") {
  const Report& report = datasets::jvom2025::report;
  const Parallel two{.threads = 2, .min_per_thread = 1};
  check_same_results(
      run_only(two, report, default_config, checks::RowSum{}, checks::MissingInAnnex1{}, checks::MandateExpired{}),
      run_only(report, default_config, checks::RowSum{}, checks::MissingInAnnex1{}, checks::MandateExpired{}));
  // An empty report: nothing to join, nothing found but the lack of a period.
  const Report empty{};
  check_same_results(run_checks(two, empty), run_checks(empty));
  // No checks: only the acknowledgements' own check, which finds each unused.
  check_same_results(run_only(two, report, default_config), run_only(report, default_config));
  // The second of two checks runs on the second thread; its exception reaches the caller.
  CHECK_THROWS_WITH_AS((void)run_only(two, report, default_config, checks::RowSum{}, Throws{}), "acme.throws gave up",
                       std::runtime_error);
}

TEST_CASE("a run on threads stays on the calling thread for a small report, unless told otherwise") {
  const Report& report = datasets::jvom2025::report;
  std::thread::id ran_on{};
  (void)run_checks(parallel, report, default_config, WhereRun{.ran_on = &ran_on});
  CHECK(ran_on == std::this_thread::get_id());  // 30-odd missions: far fewer than a thread is worth
  (void)run_checks(Parallel{.threads = 2, .min_per_thread = 1}, report, default_config, WhereRun{.ran_on = &ran_on});
  CHECK(ran_on != std::this_thread::get_id());  // the last check, in the second group
  CHECK(ran_on != std::thread::id{});
}
