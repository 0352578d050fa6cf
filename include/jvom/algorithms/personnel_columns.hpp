#pragma once

#include <algorithm>
#include <boost/describe/class.hpp>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <ranges>
#include <span>
#include <vector>

#include "jvom/algorithms/group_by.hpp"
#include "jvom/algorithms/groupings.hpp"
#include "jvom/algorithms/totals.hpp"
#include "jvom/annex.hpp"
#include "jvom/headcount.hpp"
#include "jvom/personnel_count.hpp"
#include "jvom/region.hpp"

/// Annex 2's counts in columns: the layout for adding up reports of millions of rows.
namespace jvom {

namespace detail {
template <class R>
concept PersonnelRowRange = std::ranges::input_range<R> && std::same_as<std::ranges::range_value_t<R>, PersonnelRow>;
}  // namespace detail

/// Rows side by side under one region (as `same_region` compares them), keyed by the first one's.
struct RegionRun {
  Region region{};
  std::size_t first = 0;  ///< the run's first row
  std::size_t size = 0;   ///< how many rows it has

  friend constexpr bool operator==(const RegionRun&, const RegionRun&) = default;
};
BOOST_DESCRIBE_STRUCT(RegionRun, (), (region, first, size))

/// The four count columns of annex 2's rows, each a column of its own, and their regions as runs of rows.
/// Totals over it equal those over the rows, and read 16 bytes a row where a PersonnelRow takes 80 (region
/// and name as text, caps as optionals): over rows that do not fit the cache, aggregation waits on memory,
/// so the narrower layout is the faster one. A copy made once, for reports aggregated at scale; the rows
/// stay the data as printed. The regions' text is the rows' (views), and a cap of "-" is held as 0, which
/// adds what no framework adds: nothing (a row has no framework only where both its caps are 0). A run is
/// 48 bytes: the layout pays where a region's rows come together, as the tables print them, not where
/// regions alternate row by row.
class PersonnelColumns {
 public:
  constexpr PersonnelColumns() = default;

  /// The columns of `rows` (annex 2's, in the order given).
  template <detail::PersonnelRowRange R>
  constexpr explicit PersonnelColumns(R&& rows) {
    if constexpr (std::ranges::sized_range<R>) {
      const auto n = static_cast<std::size_t>(std::ranges::size(rows));
      for (std::vector<Headcount>* column :
           {&framework_military_, &framework_civil_, &deployed_military_, &deployed_civil_})
        column->reserve(n);
    }
    for (const PersonnelRow& row : rows) {
      if (runs_.empty() || !same_region(runs_.back().region, row.region))
        runs_.push_back(RegionRun{row.region, framework_military_.size(), 0});
      ++runs_.back().size;
      framework_military_.push_back(row.framework_military.value_or(0));
      framework_civil_.push_back(row.framework_civil.value_or(0));
      deployed_military_.push_back(row.deployed_military);
      deployed_civil_.push_back(row.deployed_civil);
    }
  }

  [[nodiscard]] constexpr std::size_t size() const noexcept { return deployed_military_.size(); }
  [[nodiscard]] constexpr bool empty() const noexcept { return size() == 0; }
  [[nodiscard]] constexpr std::span<const Headcount> framework_military() const noexcept { return framework_military_; }
  [[nodiscard]] constexpr std::span<const Headcount> framework_civil() const noexcept { return framework_civil_; }
  [[nodiscard]] constexpr std::span<const Headcount> deployed_military() const noexcept { return deployed_military_; }
  [[nodiscard]] constexpr std::span<const Headcount> deployed_civil() const noexcept { return deployed_civil_; }
  /// The regions, in the rows' order: a region whose rows are printed apart has a run for each part.
  [[nodiscard]] constexpr std::span<const RegionRun> runs() const noexcept { return runs_; }

 private:
  std::vector<Headcount> framework_military_, framework_civil_, deployed_military_, deployed_civil_;
  std::vector<RegionRun> runs_;
};

namespace detail {

// A column's values added up: in 64 bits, which 2^31 values of 32 bits cannot overflow, each such part
// then checked to fit a Headcount (a checked add per value would keep the loop from vectorising).
[[nodiscard]] constexpr Headcount column_sum(std::span<const Headcount> values) {
  constexpr std::size_t values_per_sum = std::size_t{1} << 31;
  Headcount total = 0;
  for (std::size_t at = 0; at < values.size(); at += values_per_sum) {
    std::uint64_t sum = 0;
    for (const Headcount value : values.subspan(at, std::min(values_per_sum, values.size() - at))) sum += value;
    total = checked_add(total, checked_headcount(sum));
  }
  return total;
}

// The column totals of rows [first, last).
[[nodiscard]] constexpr ColumnTotals column_totals(const PersonnelColumns& columns, std::size_t first,
                                                   std::size_t last) {
  const auto part = [&](std::span<const Headcount> column) { return column_sum(column.subspan(first, last - first)); };
  return {
      .framework = {.military = part(columns.framework_military()), .civil_police = part(columns.framework_civil())},
      .deployed = {.military = part(columns.deployed_military()), .civil_police = part(columns.deployed_civil())},
      .missions = last - first};
}

// totals_by_region over rows [first, last): the runs they lie in, each part of a run added up column by column.
template <std::size_t Capacity>
[[nodiscard]] constexpr GroupList<Region, ColumnTotals, Capacity> totals_by_region(const PersonnelColumns& columns,
                                                                                   std::size_t first,
                                                                                   std::size_t last) {
  GroupList<Region, ColumnTotals, Capacity> groups;
  auto equal = same_region_fn;
  const std::span<const RegionRun> runs = columns.runs();
  // The first run that ends after `first`.
  auto run = std::ranges::upper_bound(runs, first, {}, [](const RegionRun& r) { return r.first + r.size; });
  for (; run != runs.end() && run->first < last; ++run) {
    const std::size_t from = std::max(first, run->first), to = std::min(last, run->first + run->size);
    auto& group = groups.group_for(run->region, ColumnTotals{}, equal);
    group.value.add(column_totals(columns, from, to));
    group.count += to - from;
  }
  return groups;
}

}  // namespace detail

/// The column totals of every row: `column_totals(rows)`, from the columns.
[[nodiscard]] constexpr ColumnTotals column_totals(const PersonnelColumns& columns) {
  return detail::column_totals(columns, 0, columns.size());
}

/// Column totals per region: `totals_by_region(rows)` (jvom/algorithms/groupings.hpp), the same groups in
/// the same order, from the columns. With a `Capacity`, no heap for the groups.
template <std::size_t Capacity = dynamic_groups>
[[nodiscard]] constexpr auto totals_by_region(const PersonnelColumns& columns) {
  return detail::totals_by_region<Capacity>(columns, 0, columns.size());
}

}  // namespace jvom
