#pragma once

#include <algorithm>
#include <array>
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

#include "jvom/annex.hpp"
#include "jvom/headcount.hpp"

/// Which cells of annex 2 are likely wrong when its sums disagree: the fewest cells whose correction makes
/// every row sum, every column sum and the printed "Totaal" row hold. This is error localisation in the
/// sense of Fellegi and Holt, the principle behind Statistics Netherlands' errorlocate, with every cell
/// weighing the same. A row and a column off by the same amount meet in one cell; two columns off by
/// opposite amounts, with every row adding up, are two cells of one row changed together (two values
/// typed into each other's column). Exact up to two cells; beyond that, the result says only that no
/// correction of two cells or fewer exists.
namespace jvom {

/// The five count columns of annex 2.
enum class Annex2Column : std::uint8_t { framework_military, framework_civil, deployed_military, deployed_civil, deployed_total };
BOOST_DESCRIBE_ENUM(Annex2Column, framework_military, framework_civil, deployed_military, deployed_civil, deployed_total)

/// One cell of annex 2: its row (1-based, or `totals_row`: the printed "Totaal" row, which comes last) and
/// its column.
struct Annex2Cell {
  static constexpr std::uint32_t totals_row = std::numeric_limits<std::uint32_t>::max();

  std::uint32_t row = 0;
  Annex2Column column{};

  friend constexpr auto operator<=>(const Annex2Cell&, const Annex2Cell&) = default;
};
BOOST_DESCRIBE_STRUCT(Annex2Cell, (), (row, column))

/// A cell, its value as printed (nullopt where the table prints "-" for no framework) and the value that
/// makes the sums hold.
struct CellCorrection {
  Annex2Cell cell{};
  std::optional<Headcount> printed{};
  Headcount corrected = 0;

  friend constexpr bool operator==(const CellCorrection&, const CellCorrection&) = default;
};
BOOST_DESCRIBE_STRUCT(CellCorrection, (), (cell, printed, corrected))

/// One way to make every sum hold: one cell corrected, or two (in row, then column, order).
struct Correction {
  std::array<CellCorrection, 2> cells{};
  std::size_t size = 0;

  /// Two cells of one row, each corrected to what the other prints: their values exchanged.
  [[nodiscard]] constexpr bool exchange() const noexcept {
    return size == 2 && cells[0].cell.row == cells[1].cell.row && cells[0].printed &&
           cells[1].printed == std::optional<Headcount>{cells[0].corrected} && *cells[0].printed == cells[1].corrected;
  }

  friend constexpr bool operator==(const Correction&, const Correction&) = default;
};
BOOST_DESCRIBE_STRUCT(Correction, (), (cells, size))

/// The most cells a correction is searched for: exact up to this many.
inline constexpr std::size_t max_cells_located = 2;

/// What `locate_wrong_cells` found.
struct CellLocalisation {
  /// How many of the sums do not hold as printed (rows, then the columns against "Totaal").
  std::size_t sums_off = 0;
  /// The fewest cells a correction changes: 0 when every sum holds; nullopt when more than
  /// `max_cells_located` would have to change.
  std::optional<std::size_t> fewest_cells = 0;
  /// How many corrections of that many cells exist.
  std::uint64_t count = 0;
  /// All of them, exchanges first, then in row order; empty when there are more than were asked for.
  std::vector<Correction> corrections;

  friend constexpr bool operator==(const CellLocalisation&, const CellLocalisation&) = default;
};
BOOST_DESCRIBE_STRUCT(CellLocalisation, (), (sums_off, fewest_cells, count, corrections))

namespace detail {

// A sum that should hold: a row's Totaal (row; column unused) or a column against the "Totaal" row.
struct Balance {
  bool is_row = true;
  std::uint32_t row = 0;
  Annex2Column column{};

  friend constexpr bool operator==(const Balance&, const Balance&) = default;
};

// Annex 2 as the equations of error localisation: each sum's residual (what it is off by as printed) and
// the effect on it of changing a cell by one.
class Annex2Balances {
 public:
  constexpr Annex2Balances(std::span<const PersonnelRow> rows, const PersonnelRow& totals)
      : rows_(rows), totals_(totals) {
    for (const PersonnelRow& row : rows)
      for (std::size_t c = 0; c < column_count; ++c) column_sums_[c] += value(row, static_cast<Annex2Column>(c));
  }

  [[nodiscard]] constexpr std::uint32_t last_row() const noexcept { return static_cast<std::uint32_t>(rows_.size()); }

  [[nodiscard]] constexpr const PersonnelRow& row(std::uint32_t r) const noexcept {
    return r == Annex2Cell::totals_row ? totals_ : rows_[r - 1];
  }

  [[nodiscard]] static constexpr std::optional<Headcount> printed(const PersonnelRow& row, Annex2Column c) noexcept {
    switch (c) {
      case Annex2Column::framework_military: return row.framework_military;
      case Annex2Column::framework_civil: return row.framework_civil;
      case Annex2Column::deployed_military: return row.deployed_military;
      case Annex2Column::deployed_civil: return row.deployed_civil;
      case Annex2Column::deployed_total: return row.deployed_total;
    }
    return std::nullopt;
  }
  [[nodiscard]] static constexpr std::int64_t value(const PersonnelRow& row, Annex2Column c) noexcept {
    return printed(row, c).value_or(0);
  }

  // Printed minus computed: a row's Totaal minus military and civil/police; a column's printed total minus
  // the sum of its rows. The sums are of 32-bit cells over fewer than 2^31 rows: they fit.
  [[nodiscard]] constexpr std::int64_t residual(const Balance& b) const noexcept {
    if (b.is_row) {
      const PersonnelRow& r = row(b.row);
      return std::int64_t{r.deployed_total} - r.deployed_military - r.deployed_civil;
    }
    return value(totals_, b.column) - column_sums_[static_cast<std::size_t>(b.column)];
  }

  // The sums a cell enters, each with the change of its residual when the cell grows by one.
  struct Effect {
    Balance balance;
    std::int64_t coefficient = 0;
  };
  [[nodiscard]] static constexpr std::size_t effects(const Annex2Cell& cell, std::array<Effect, 2>& out) noexcept {
    std::size_t n = 0;
    if (cell.column == Annex2Column::deployed_total)
      out[n++] = {{true, cell.row, {}}, +1};
    else if (cell.column == Annex2Column::deployed_military || cell.column == Annex2Column::deployed_civil)
      out[n++] = {{true, cell.row, {}}, -1};
    out[n++] = {{false, 0, cell.column}, cell.row == Annex2Cell::totals_row ? +1 : -1};
    return n;
  }

  // The cells that enter `b`.
  template <class Visit>
  constexpr void for_each_cell_of(const Balance& b, Visit visit) const {
    if (b.is_row) {
      for (const Annex2Column c : {Annex2Column::deployed_military, Annex2Column::deployed_civil, Annex2Column::deployed_total})
        visit(Annex2Cell{b.row, c});
      return;
    }
    for (std::uint32_t r = 1; r <= last_row(); ++r) visit(Annex2Cell{r, b.column});
    visit(Annex2Cell{Annex2Cell::totals_row, b.column});
  }

  // The correction that changes exactly `cells` (one or two) and makes every sum in `off` (the sums that do
  // not hold, of the cells' component) hold, if there is one with counts that stay counts.
  [[nodiscard]] constexpr std::optional<Correction> solve(std::span<const Annex2Cell> cells,
                                                          std::span<const Balance> off) const {
    // The equations: for each sum the cells or `off` touch, the cells' changes must cancel its residual.
    // At most four sums off (else no correction of two cells is looked for) and two for each cell.
    struct Equation {
      Balance balance;
      std::array<std::int64_t, 2> coefficient{};
      std::int64_t residual = 0;
    };
    std::array<Equation, 2 * max_cells_located + 2 * 2> equation_store{};
    std::size_t equation_count = 0;
    const auto equation_of = [&](const Balance& b) -> Equation& {
      for (std::size_t i = 0; i < equation_count; ++i)
        if (equation_store[i].balance == b) return equation_store[i];
      equation_store[equation_count] = {b, {}, residual(b)};
      return equation_store[equation_count++];
    };
    for (const Balance& b : off) equation_of(b);
    for (std::size_t k = 0; k < cells.size(); ++k) {
      std::array<Effect, 2> effect{};
      const std::size_t n = effects(cells[k], effect);
      for (std::size_t i = 0; i < n; ++i) equation_of(effect[i].balance).coefficient[k] = effect[i].coefficient;
    }
    const std::span<const Equation> equations(equation_store.data(), equation_count);
    // Each change read from an equation only it enters (coefficients are +1 or -1), the rest verified.
    std::array<std::optional<std::int64_t>, 2> change{};
    for (const Equation& e : equations)
      for (std::size_t k = 0; k < cells.size(); ++k)
        if (e.coefficient[k] != 0 && (cells.size() == 1 || e.coefficient[1 - k] == 0) && !change[k])
          change[k] = -e.residual * e.coefficient[k];
    // Two cells entering the very same sums (two framework cells of one column) are never the fewest: the
    // column's total alone would do.
    for (std::size_t k = 0; k < cells.size(); ++k)
      if (!change[k] || *change[k] == 0) return std::nullopt;
    for (const Equation& e : equations) {
      std::int64_t left = e.residual;
      for (std::size_t k = 0; k < cells.size(); ++k) left += e.coefficient[k] * *change[k];
      if (left != 0) return std::nullopt;
    }
    Correction correction;
    for (std::size_t k = 0; k < cells.size(); ++k) {
      const std::optional<Headcount> was = printed(row(cells[k].row), cells[k].column);
      const std::int64_t now = std::int64_t{was.value_or(0)} + *change[k];
      if (now < 0 || now > std::int64_t{std::numeric_limits<Headcount>::max()}) return std::nullopt;
      correction.cells[correction.size++] = {cells[k], was, static_cast<Headcount>(now)};
    }
    if (correction.size == 2 && correction.cells[1].cell < correction.cells[0].cell)
      std::swap(correction.cells[0], correction.cells[1]);
    return correction;
  }

 private:
  static constexpr std::size_t column_count = 5;
  std::span<const PersonnelRow> rows_;
  const PersonnelRow& totals_;
  std::array<std::int64_t, column_count> column_sums_{};
};

// The fewest-cell corrections of one group of sums that share no cell with the others: a framework column
// on its own, or the deployed block (the three deployed columns and every row's Totaal).
struct ComponentCorrections {
  std::optional<std::size_t> fewest = 0;  // nullopt: more than max_cells_located
  std::vector<Correction> corrections;
};

constexpr ComponentCorrections locate_in(const Annex2Balances& grid, std::span<const Balance> off) {
  ComponentCorrections found;
  if (off.empty()) return found;
  // Two cells enter at most four sums.
  if (off.size() > 2 * max_cells_located) {
    found.fewest.reset();
    return found;
  }
  // Every correction changes a cell of the first sum that is off (a row's first: three cells, not a column's
  // every row). One cell: it must be one of those.
  const auto first_row = std::find_if(off.begin(), off.end(), [](const Balance& b) { return b.is_row; });
  const Balance first = first_row != off.end() ? *first_row : off.front();
  grid.for_each_cell_of(first, [&](const Annex2Cell& a) {
    const std::array<Annex2Cell, 1> one{a};
    if (const auto c = grid.solve(one, off)) found.corrections.push_back(*c);
  });
  if (!found.corrections.empty()) {
    found.fewest = 1;
    return found;
  }
  // Two cells: the second enters every sum the first leaves off, and every sum the first puts off; one of
  // those sums (a row's, where there is one) gives the candidates.
  grid.for_each_cell_of(first, [&](const Annex2Cell& a) {
    std::array<Annex2Balances::Effect, 2> effect{};
    const std::size_t n = Annex2Balances::effects(a, effect);
    std::array<Balance, 2 * max_cells_located + 2> left{};
    std::size_t left_count = 0;
    for (const Balance& b : off)
      if (std::none_of(effect.begin(), effect.begin() + static_cast<std::ptrdiff_t>(n),
                       [&](const Annex2Balances::Effect& e) { return e.balance == b; }))
        left[left_count++] = b;
    for (std::size_t i = 0; i < n; ++i)
      if (std::find(off.begin(), off.end(), effect[i].balance) == off.end()) left[left_count++] = effect[i].balance;
    if (left_count == 0) return;  // only the cell itself enters only its own sums
    const auto left_end = left.begin() + static_cast<std::ptrdiff_t>(left_count);
    const auto row_left = std::find_if(left.begin(), left_end, [](const Balance& b) { return b.is_row; });
    grid.for_each_cell_of(row_left != left_end ? *row_left : left.front(), [&](const Annex2Cell& b) {
      if (b == a) return;
      const std::array<Annex2Cell, 2> two{a, b};
      if (const auto c = grid.solve(two, off)) found.corrections.push_back(*c);  // each pair is found from both ends
    });
  });
  if (found.corrections.empty())
    found.fewest.reset();
  else
    found.fewest = 2;
  return found;
}

}  // namespace detail

/// The fewest cells of annex 2 (`rows`, and the printed `totals`) whose correction makes every row sum,
/// every column sum and every printed total hold, and every correction of that many cells: exact up to
/// `max_cells_located`. Corrected values stay counts (0 or more, within a Headcount). When more than
/// `max_named` corrections are equally few, only their number is given. The framework columns and the
/// deployed block share no sum, so each is localised on its own and their corrections combine.
[[nodiscard]] constexpr CellLocalisation locate_wrong_cells(std::span<const PersonnelRow> rows,
                                                            const PersonnelRow& totals, std::size_t max_named) {
  const detail::Annex2Balances grid(rows, totals);
  using detail::Balance;
  std::vector<Balance> deployed_off;
  for (std::uint32_t r = 1; r <= grid.last_row(); ++r)
    if (grid.residual({true, r, {}}) != 0) deployed_off.push_back({true, r, {}});
  if (const Balance totals_row{true, Annex2Cell::totals_row, {}}; grid.residual(totals_row) != 0)
    deployed_off.push_back(totals_row);
  CellLocalisation result;
  std::vector<detail::ComponentCorrections> components;
  for (const Annex2Column c : {Annex2Column::framework_military, Annex2Column::framework_civil}) {
    const std::array<Balance, 1> column{Balance{false, 0, c}};
    if (grid.residual(column[0]) == 0) continue;
    ++result.sums_off;
    components.push_back(detail::locate_in(grid, column));
  }
  for (const Annex2Column c : {Annex2Column::deployed_military, Annex2Column::deployed_civil, Annex2Column::deployed_total})
    if (grid.residual({false, 0, c}) != 0) deployed_off.push_back({false, 0, c});
  result.sums_off += deployed_off.size();
  if (!deployed_off.empty()) components.push_back(detail::locate_in(grid, deployed_off));

  std::size_t fewest = 0;
  result.count = components.empty() ? 0 : 1;
  for (detail::ComponentCorrections& c : components) {
    if (c.fewest) fewest += *c.fewest;
    if (!c.fewest || fewest > max_cells_located) {
      result.fewest_cells.reset();
      result.count = 0;
      return result;
    }
    std::sort(c.corrections.begin(), c.corrections.end(), [](const Correction& x, const Correction& y) {
      if (x.exchange() != y.exchange()) return x.exchange();
      return std::tie(x.cells[0].cell, x.cells[1].cell, x.cells[0].corrected, x.cells[1].corrected) <
             std::tie(y.cells[0].cell, y.cells[1].cell, y.cells[0].corrected, y.cells[1].corrected);
    });
    c.corrections.erase(std::unique(c.corrections.begin(), c.corrections.end()), c.corrections.end());
    result.count *= c.corrections.size();
  }
  result.fewest_cells = fewest;
  if (components.empty() || result.count > max_named) return result;
  // Corrections of two components (one cell each) combine every way.
  result.corrections.push_back({});
  for (const detail::ComponentCorrections& c : components) {
    std::vector<Correction> combined;
    for (const Correction& so_far : result.corrections)
      for (const Correction& more : c.corrections) {
        Correction both = so_far;
        for (std::size_t k = 0; k < more.size; ++k) both.cells[both.size++] = more.cells[k];
        if (both.size == 2 && both.cells[1].cell < both.cells[0].cell) std::swap(both.cells[0], both.cells[1]);
        combined.push_back(both);
      }
    result.corrections = std::move(combined);
  }
  return result;
}

}  // namespace jvom
