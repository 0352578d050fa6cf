// Which cells of annex 2 are likely wrong: single and double faults, faults with no unique explanation,
// faults beyond two cells, and a brute-force search over small tables to hold the exact search to.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <jvom/algorithms/cell_corrections.hpp>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/jvom.hpp>
#include <optional>
#include <random>
#include <tuple>
#include <string_view>
#include <vector>

#include "small_dataset.hpp"

using namespace jvom;

namespace {

struct Annex2 {
  std::vector<PersonnelRow> rows{datasets::jvom2025::annex2.begin(), datasets::jvom2025::annex2.end()};
  PersonnelRow totals = datasets::jvom2025::printed_totals;

  PersonnelRow& row(std::string_view mission) {
    return *std::find_if(rows.begin(), rows.end(), [&](const PersonnelRow& r) { return r.mission == mission; });
  }
  std::uint32_t number(std::string_view mission) const {
    return static_cast<std::uint32_t>(
        std::find_if(rows.begin(), rows.end(), [&](const PersonnelRow& r) { return r.mission == mission; }) -
        rows.begin() + 1);
  }
  CellLocalisation locate(std::size_t max_named = 100) const { return locate_wrong_cells(rows, totals, max_named); }
};

constexpr Annex2Column military = Annex2Column::deployed_military, civil = Annex2Column::deployed_civil,
                       total = Annex2Column::deployed_total, cap_military = Annex2Column::framework_military,
                       cap_civil = Annex2Column::framework_civil;
constexpr std::uint32_t totals_row = Annex2Cell::totals_row;

CellCorrection cell(std::uint32_t row, Annex2Column column, std::optional<Headcount> printed, Headcount corrected) {
  return {{row, column}, printed, corrected};
}
Correction one(CellCorrection a) { return {{a, {}}, 1}; }
Correction two(CellCorrection a, CellCorrection b) { return {{a, b}, 2}; }

}  // namespace

TEST_CASE("the 2025 annex 2 as printed: every sum holds, nothing to correct") {
  const CellLocalisation found = Annex2{}.locate();
  CHECK(found.sums_off == 0);
  CHECK(found.fewest_cells == 0u);
  CHECK(found.count == 0);
  CHECK(found.corrections.empty());
}

TEST_CASE("one wrong cell: its row and its column meet in it") {
  Annex2 a;
  a.row("UNTSO").deployed_military = 23;  // printed Totaal 22 and the column total stay
  CellLocalisation found = a.locate();
  CHECK(found.sums_off == 2);
  CHECK(found.fewest_cells == 1u);
  REQUIRE(found.corrections.size() == 1);
  CHECK(found.corrections[0] == one(cell(a.number("UNTSO"), military, 23, 22)));

  a = {};
  a.row("OSC").deployed_total = 11;  // a row's own Totaal
  found = a.locate();
  REQUIRE(found.corrections.size() == 1);
  CHECK(found.corrections[0] == one(cell(a.number("OSC"), total, 11, 10)));

  a = {};
  a.totals.deployed_military = 3376;  // the Totaal row: its Totaal and its column meet there
  found = a.locate();
  REQUIRE(found.corrections.size() == 1);
  CHECK(found.corrections[0] == one(cell(totals_row, military, 3376, 3375)));
}

TEST_CASE("one wrong framework cap: any cell of the column could be it, and all of them are named") {
  Annex2 a;
  a.row("KFOR").framework_military = 2;  // the column adds up to 1321, printed 1320
  const CellLocalisation found = a.locate();
  CHECK(found.fewest_cells == 1u);
  // Lowering a cap by one works in every row with a cap of 1 or more (16 of 18: two print "-"), and the
  // printed total could be raised to 1321.
  CHECK(found.count == 17);
  REQUIRE(found.corrections.size() == 17);
  CHECK(std::count(found.corrections.begin(), found.corrections.end(), one(cell(a.number("KFOR"), cap_military, 2, 1))) ==
        1);
  CHECK(found.corrections.back() == one(cell(totals_row, cap_military, 1320, 1321)));
  for (const Correction& c : found.corrections) CHECK(c.cells[0].cell.column == cap_military);
  // More ties than asked for: only their number.
  const CellLocalisation counted = a.locate(16);
  CHECK(counted.count == 17);
  CHECK(counted.corrections.empty());
}

TEST_CASE("military and civil/police exchanged in one row: every row adds up, two columns are off") {
  Annex2 a;
  std::swap(a.row("OSC").deployed_military, a.row("OSC").deployed_civil);  // 2 and 8, Totaal 10
  const CellLocalisation found = a.locate();
  CHECK(found.sums_off == 2);
  CHECK(found.fewest_cells == 2u);
  // Three corrections of two cells: OSC's values exchanged back (named first), NAVO Irak's moved by 6
  // (its 14 civil/police can lose 6), or the Totaal row's. No other row has 6 civil/police to lose: a
  // correction never makes a count negative.
  REQUIRE(found.corrections.size() == 3);
  const std::uint32_t osc = a.number("OSC"), iraq = a.number("NAVO-missie Irak en de brede veiligheidsinzet in Irak (separate VGR)");
  CHECK(found.corrections[0] == two(cell(osc, military, 2, 8), cell(osc, civil, 8, 2)));
  CHECK(found.corrections[0].exchange());
  CHECK(found.corrections[1] == two(cell(iraq, military, 1333, 1339), cell(iraq, civil, 14, 8)));
  CHECK_FALSE(found.corrections[1].exchange());
  CHECK(found.corrections[2] == two(cell(totals_row, military, 3375, 3369), cell(totals_row, civil, 18, 24)));
}

TEST_CASE("two wrong cells in different rows and columns: the one pair that explains all four sums") {
  Annex2 a;
  a.row("UNTSO").deployed_military = 23;
  a.row("OSC").deployed_civil = 4;
  const CellLocalisation found = a.locate();
  CHECK(found.sums_off == 4);
  CHECK(found.fewest_cells == 2u);
  REQUIRE(found.corrections.size() == 1);
  CHECK(found.corrections[0] == two(cell(a.number("UNTSO"), military, 23, 22), cell(a.number("OSC"), civil, 4, 2)));
}

TEST_CASE("two wrong cells with no unique explanation: a row's military and Totaal raised together") {
  Annex2 a;
  a.row("UNTSO").deployed_military = 25;
  a.row("UNTSO").deployed_total = 25;  // the row adds up; the military and Totaal columns are 3 over
  const CellLocalisation found = a.locate();
  CHECK(found.fewest_cells == 2u);
  // Any row with 3 military or more could have both lowered by 3, or the Totaal row both raised.
  const auto with_three = std::count_if(a.rows.begin(), a.rows.end(), [](const PersonnelRow& r) { return r.deployed_military >= 3; });
  CHECK(found.count == static_cast<std::uint64_t>(with_three) + 1);
  CHECK(std::count(found.corrections.begin(), found.corrections.end(),
                   two(cell(a.number("UNTSO"), military, 25, 22), cell(a.number("UNTSO"), total, 25, 22))) == 1);
}

TEST_CASE("a wrong framework cap and a wrong deployed cell: each part localised on its own, then combined") {
  Annex2 a;
  a.row("UNTSO").deployed_military = 23;
  a.totals.framework_civil = 23;  // the civil caps add up to 22; raising one row's cap by one would do too
  const CellLocalisation found = a.locate();
  CHECK(found.fewest_cells == 2u);
  const std::size_t civil_caps = 18;  // every row's civil cap could be raised by one (an empty cell is 0)
  CHECK(found.count == civil_caps + 1);
  CHECK(std::count(found.corrections.begin(), found.corrections.end(),
                   two(cell(a.number("UNTSO"), military, 23, 22), cell(totals_row, cap_civil, 23, 22))) == 1);
  for (const Correction& c : found.corrections) {
    REQUIRE(c.size == 2);
    CHECK((c.cells[0] == cell(a.number("UNTSO"), military, 23, 22) || c.cells[1] == cell(a.number("UNTSO"), military, 23, 22)));
  }
}

TEST_CASE("beyond two cells: no correction is named, and the result says so") {
  Annex2 a;
  a.row("UNTSO").deployed_military = 23;
  a.row("OSC").deployed_civil = 4;
  a.row("KFOR").deployed_total = 7;
  CellLocalisation found = a.locate();
  CHECK(found.sums_off == 6);  // three rows, three columns
  CHECK_FALSE(found.fewest_cells.has_value());
  CHECK(found.corrections.empty());
  // Three faults in four sums: too few sums off to rule two cells out by counting, and still none does.
  a = {};
  a.row("UNTSO").deployed_military = 23;
  a.row("UNTSO").deployed_civil = 1;
  a.row("UNTSO").deployed_total = 20;
  found = a.locate();
  CHECK(found.sums_off == 4);
  CHECK_FALSE(found.fewest_cells.has_value());
}

namespace {

// Every correction of exactly `cells` cells of a small table, found by trying every value up to `bound` in
// every cell: what the exact search must equal.
struct BruteForce {
  std::vector<PersonnelRow> rows;
  PersonnelRow totals;

  static std::optional<Headcount> get(const PersonnelRow& r, Annex2Column c) {
    switch (c) {
      case Annex2Column::framework_military: return r.framework_military;
      case Annex2Column::framework_civil: return r.framework_civil;
      case Annex2Column::deployed_military: return r.deployed_military;
      case Annex2Column::deployed_civil: return r.deployed_civil;
      case Annex2Column::deployed_total: return r.deployed_total;
    }
    return {};
  }
  static void set(PersonnelRow& r, Annex2Column c, Headcount v) {
    switch (c) {
      case Annex2Column::framework_military: r.framework_military = v; break;
      case Annex2Column::framework_civil: r.framework_civil = v; break;
      case Annex2Column::deployed_military: r.deployed_military = v; break;
      case Annex2Column::deployed_civil: r.deployed_civil = v; break;
      case Annex2Column::deployed_total: r.deployed_total = v; break;
    }
  }
  PersonnelRow& at(std::uint32_t row) { return row == totals_row ? totals : rows[row - 1]; }

  bool holds() const {
    std::array<std::uint64_t, 5> sums{};
    for (const PersonnelRow& r : rows) {
      if (r.deployed_military + r.deployed_civil != r.deployed_total) return false;
      for (std::size_t c = 0; c < 5; ++c) sums[c] += get(r, static_cast<Annex2Column>(c)).value_or(0);
    }
    if (totals.deployed_military + totals.deployed_civil != totals.deployed_total) return false;
    for (std::size_t c = 0; c < 5; ++c)
      if (sums[c] != get(totals, static_cast<Annex2Column>(c)).value_or(0)) return false;
    return true;
  }

  std::vector<Correction> corrections(std::size_t cells, Headcount bound) {
    std::vector<Annex2Cell> all;
    for (std::uint32_t r = 1; r <= rows.size(); ++r)
      for (std::size_t c = 0; c < 5; ++c) all.push_back({r, static_cast<Annex2Column>(c)});
    for (std::size_t c = 0; c < 5; ++c) all.push_back({totals_row, static_cast<Annex2Column>(c)});
    std::vector<Correction> found;
    const auto change = [&](const Annex2Cell& x, Headcount v) {
      const std::optional<Headcount> was = get(at(x.row), x.column);
      if (was == v) return std::optional<std::optional<Headcount>>{};
      set(at(x.row), x.column, v);
      return std::optional<std::optional<Headcount>>{was};
    };
    const auto restore = [&](const Annex2Cell& x, std::optional<Headcount> was) {
      PersonnelRow& r = at(x.row);
      if (x.column == Annex2Column::framework_military) r.framework_military = was;
      else if (x.column == Annex2Column::framework_civil) r.framework_civil = was;
      else set(r, x.column, *was);
    };
    for (std::size_t i = 0; i < all.size(); ++i)
      for (Headcount v = 0; v <= bound; ++v) {
        const auto was_i = change(all[i], v);
        if (!was_i) continue;
        if (cells == 1) {
          if (holds()) found.push_back(one({all[i], *was_i, v}));
        } else {
          for (std::size_t j = i + 1; j < all.size(); ++j)
            for (Headcount w = 0; w <= bound; ++w) {
              const auto was_j = change(all[j], w);
              if (!was_j) continue;
              if (holds()) found.push_back(two({all[i], *was_i, v}, {all[j], *was_j, w}));
              restore(all[j], *was_j);
            }
        }
        restore(all[i], *was_i);
      }
    return found;
  }
};

}  // namespace

TEST_CASE("the exact search finds what trying every value in every cell finds, on random small tables") {
  std::mt19937 random(20261203);
  std::uniform_int_distribution<Headcount> small(0, 6), fault_value(0, 9);
  std::uniform_int_distribution<int> fault_count(1, 3);
  constexpr Headcount bound = 30;  // above any value a correction of these tables can need
  for (int table = 0; table < 120; ++table) {
    BruteForce t;
    for (int r = 0, rows = 2 + table % 2; r < rows; ++r) {
      PersonnelRow row{.mission = "m"};
      row.framework_military = small(random);
      if (random() % 4 == 0) row.framework_military.reset();  // "-"
      row.framework_civil = small(random);
      row.deployed_military = small(random);
      row.deployed_civil = small(random);
      row.deployed_total = row.deployed_military + row.deployed_civil;
      t.rows.push_back(row);
    }
    t.totals = PersonnelRow{.mission = "Totaal", .framework_military = 0, .framework_civil = 0};
    for (const PersonnelRow& r : t.rows) {
      *t.totals.framework_military += r.framework_military.value_or(0);
      *t.totals.framework_civil += *r.framework_civil;
      t.totals.deployed_military += r.deployed_military;
      t.totals.deployed_civil += r.deployed_civil;
      t.totals.deployed_total += r.deployed_total;
    }
    for (int f = fault_count(random); f > 0; --f) {
      const std::uint32_t row =
          random() % 3 == 0 ? totals_row : static_cast<std::uint32_t>(random() % t.rows.size() + 1);
      BruteForce::set(t.at(row), static_cast<Annex2Column>(random() % 5), fault_value(random));
    }
    CAPTURE(table);
    const CellLocalisation found = locate_wrong_cells(t.rows, t.totals, 10'000);
    std::vector<Correction> expected;
    std::optional<std::size_t> fewest;
    if (t.holds())
      fewest = 0;
    else if (expected = t.corrections(1, bound); !expected.empty())
      fewest = 1;
    else if (expected = t.corrections(2, bound); !expected.empty())
      fewest = 2;
    CHECK(found.fewest_cells == fewest);
    CHECK(found.count == expected.size());
    std::vector<Correction> got = found.corrections;
    const auto order = [](const Correction& x, const Correction& y) {
      return std::tie(x.cells[0].cell, x.cells[0].corrected, x.cells[1].cell, x.cells[1].corrected) <
             std::tie(y.cells[0].cell, y.cells[0].corrected, y.cells[1].cell, y.cells[1].corrected);
    };
    std::sort(got.begin(), got.end(), order);
    std::sort(expected.begin(), expected.end(), order);
    CHECK(got == expected);
  }
}

TEST_CASE("the localisation is a constant expression") {
  constexpr auto fewest = [] {
    std::array<PersonnelRow, 2> rows{{{.mission = "a", .deployed_military = 3, .deployed_total = 3},
                                      {.mission = "b", .deployed_military = 5, .deployed_civil = 1, .deployed_total = 6}}};
    const PersonnelRow totals{.mission = "Totaal", .deployed_military = 8, .deployed_civil = 1, .deployed_total = 9};
    rows[0].deployed_military = 4;  // its Totaal says 3, and so does the column's
    return locate_wrong_cells(rows, totals, 8).corrections.at(0).cells[0].cell.row;
  }();
  static_assert(fewest == 1);
  CHECK(fewest == 1);
}
