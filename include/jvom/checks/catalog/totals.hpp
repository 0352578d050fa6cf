#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <variant>

#include "jvom/algorithms/cell_corrections.hpp"
#include "jvom/checks/check.hpp"
#include "jvom/describe.hpp"

/// Totals: row sums, column sums against the printed "Totaal" row, the cells likely wrong when they
/// disagree, totals stated in the narrative.
/// Sums are 64-bit here, so a check never overflows whatever the data; disagreements carry the
/// imbalance, printed minus computed.
namespace jvom::checks {

namespace detail {

// The five columns of annex 2, summed over the mission rows.
struct ColumnSums {
  std::uint64_t framework_military = 0, framework_civil = 0, deployed_military = 0, deployed_civil = 0,
                deployed_total = 0;
};

constexpr ColumnSums sum_columns(std::span<const PersonnelRow> rows) noexcept {
  ColumnSums s;
  for (const PersonnelRow& row : rows) {
    s.framework_military += row.framework_military.value_or(0);
    s.framework_civil += row.framework_civil.value_or(0);
    s.deployed_military += row.deployed_military;
    s.deployed_civil += row.deployed_civil;
    s.deployed_total += row.deployed_total;
  }
  return s;
}

constexpr std::int64_t difference(std::uint64_t printed, std::uint64_t computed) noexcept {
  return static_cast<std::int64_t>(printed) - static_cast<std::int64_t>(computed);
}

}  // namespace detail

/// Each row's printed Totaal is its military plus civil/police (the "Totaal" row included).
struct RowSum {
  static constexpr std::string_view id = "totals.row_sum";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    auto check_row = [&](const PersonnelRow& row, Source source) {
      out.examined();
      const std::uint64_t computed = std::uint64_t{row.deployed_military} + row.deployed_civil;
      if (computed == row.deployed_total) return;
      out.raise(finding(row.mission, "the printed total is not military plus civil/police")
                    .with("printed total", Count{row.deployed_total}, source)
                    .with("military + civil/police", Count{computed}, Source::computed())
                    .with_imbalance(detail::difference(row.deployed_total, computed)));
    };
    for (std::size_t i = 0; i < in.report.annex2.size(); ++i)
      check_row(in.report.annex2[i], Source::annex2_row(static_cast<std::uint32_t>(i + 1)));
    if (in.report.printed_totals) check_row(*in.report.printed_totals, Source::totals_row());
  }
};

/// Each column of the printed "Totaal" row is the sum of that column over the mission rows.
struct ColumnSum {
  static constexpr std::string_view id = "totals.column_sum";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    if (!in.report.printed_totals) return;  // nothing printed, nothing examined
    const PersonnelRow& printed = *in.report.printed_totals;
    const detail::ColumnSums sums = detail::sum_columns(in.report.annex2);
    struct Column {
      std::string_view name;
      std::uint64_t printed, computed;
    };
    const std::array<Column, 5> columns{{
        {"framework_military", printed.framework_military.value_or(0), sums.framework_military},
        {"framework_civil", printed.framework_civil.value_or(0), sums.framework_civil},
        {"deployed_military", printed.deployed_military, sums.deployed_military},
        {"deployed_civil", printed.deployed_civil, sums.deployed_civil},
        {"deployed_total", printed.deployed_total, sums.deployed_total},
    }};
    for (const Column& c : columns) {
      out.examined(in.report.annex2.size());
      if (c.printed == c.computed) continue;
      out.raise(finding({}, "a printed total is not the sum of its column")
                    .with(c.name, Count{c.printed}, Source::totals_row())
                    .with("sum of the rows", Count{c.computed}, Source::computed())
                    .with_imbalance(detail::difference(c.printed, c.computed)));
    }
  }
};

/// When annex 2's sums disagree, the cells whose correction makes them all hold with the fewest changed
/// (`locate_wrong_cells`): one finding per correction, ties all named up to
/// `Config::max_named_corrections`; when more than two cells must change, one finding that says so. Needs
/// the printed "Totaal" row: without it only the row sums constrain, and any of a row's three cells
/// explains its fault equally (totals.row_sum names the row).
struct SuspectCells {
  static constexpr std::string_view id = "totals.suspect_cells";
  static constexpr Severity severity = Severity::warning;

  static constexpr std::string_view one_cell = "correcting this cell makes every row sum, column sum and printed total hold";
  static constexpr std::string_view two_cells =
      "correcting these two cells makes every row sum, column sum and printed total hold";
  static constexpr std::string_view exchanged =
      "these two cells look exchanged: exchanging them makes every row sum, column sum and printed total hold";
  static constexpr std::string_view one_cell_of_several =
      "correcting this cell would make every total hold; other corrections of one cell would too";
  static constexpr std::string_view two_cells_of_several =
      "correcting these two cells would make every total hold; other corrections of two cells would too";
  static constexpr std::string_view exchanged_of_several =
      "these two cells look exchanged, and exchanging them would make every total hold; other corrections of two "
      "cells would too";
  static constexpr std::string_view too_many =
      "so many corrections of as few cells make every total hold that the data point at no cell";
  static constexpr std::string_view beyond =
      "no correction of one or two cells makes every row sum, column sum and printed total hold";

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    if (!in.report.printed_totals) return;
    const std::span<const PersonnelRow> rows = in.report.annex2;
    out.examined(rows.size() + 1);
    const CellLocalisation found = locate_wrong_cells(rows, *in.report.printed_totals, in.config.max_named_corrections);
    if (!found.fewest_cells) {
      out.raise(finding({}, beyond).with("sums that do not hold", Count{found.sums_off}, Source::computed()));
      return;
    }
    if (*found.fewest_cells == 0) return;
    if (found.corrections.empty()) {
      out.raise(finding({}, too_many)
                    .with("equally small corrections", Count{found.count}, Source::computed())
                    .with("cells each changes", Count{*found.fewest_cells}, Source::computed()));
      return;
    }
    const auto mission_of = [&](const CellCorrection& c) {
      return c.cell.row == Annex2Cell::totals_row ? std::string_view{} : rows[c.cell.row - 1].mission;
    };
    const auto source_of = [](const CellCorrection& c) {
      return c.cell.row == Annex2Cell::totals_row ? Source::totals_row() : Source::annex2_row(c.cell.row);
    };
    const auto printed_value = [](const CellCorrection& c) -> FindingValue {
      if (c.printed) return Count{*c.printed};
      return std::string_view{"-"};
    };
    const bool unique = found.count == 1;
    for (const Correction& c : found.corrections) {
      const CellCorrection& first = c.cells[0];
      if (c.size == 1) {
        out.raise(finding(mission_of(first), unique ? one_cell : one_cell_of_several)
                      .with(enum_name(first.cell.column), printed_value(first), source_of(first))
                      .with("corrected to", Count{first.corrected}, Source::computed())
                      .with("equally small corrections", Count{found.count}, Source::computed()));
        continue;
      }
      const CellCorrection& second = c.cells[1];
      const std::string_view what = c.exchange() ? (unique ? exchanged : exchanged_of_several)
                                                 : (unique ? two_cells : two_cells_of_several);
      Finding f = finding(mission_of(first), what);
      if (second.cell.row != first.cell.row) f.other_mission = mission_of(second);
      out.raise(f.with(enum_name(first.cell.column), printed_value(first), source_of(first))
                    .with("corrected to", Count{first.corrected}, Source::computed())
                    .with(enum_name(second.cell.column), printed_value(second), source_of(second))
                    .with("corrected to", Count{second.corrected}, Source::computed()));
    }
  }
};

/// Totals the narrative states for the whole report (claims without a mission) are what the rows add
/// up to.
struct NarrativeTotals {
  static constexpr std::string_view id = "totals.narrative";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    // Summed on the first claim that states a total: most reports of many rows state none, and the sums are
    // a pass over every row.
    std::optional<detail::ColumnSums> summed;
    const auto sums = [&]() -> const detail::ColumnSums& {
      if (!summed) summed = detail::sum_columns(in.report.annex2);
      return *summed;
    };
    for (const Claim& claim : in.report.claims) {
      if (!claim.mission.empty()) continue;
      const Headcount* stated = std::get_if<Headcount>(&claim.value);
      if (stated == nullptr) continue;
      std::uint64_t computed = 0;
      switch (claim.field) {
        case ClaimField::framework_military: computed = sums().framework_military; break;
        case ClaimField::framework_civil: computed = sums().framework_civil; break;
        case ClaimField::deployed_military: computed = sums().deployed_military; break;
        case ClaimField::deployed_civil: computed = sums().deployed_civil; break;
        case ClaimField::deployed_total: computed = sums().deployed_military + sums().deployed_civil; break;
        default: continue;
      }
      out.examined();
      if (*stated == computed) continue;
      out.raise(finding({}, "the narrative states a total the rows do not add up to")
                    .with(enum_name(claim.field), Count{*stated}, Source::narrative(claim))
                    .with("sum of the rows", Count{computed}, Source::computed())
                    .with_imbalance(detail::difference(*stated, computed)));
    }
  }
};

}  // namespace jvom::checks
