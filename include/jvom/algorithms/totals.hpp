#pragma once

#include <boost/describe/class.hpp>
#include <cstddef>
#include <ranges>

#include "jvom/algorithms/staffed.hpp"
#include "jvom/headcount.hpp"
#include "jvom/personnel_count.hpp"

namespace jvom {

/// The columns of annex 2 added up: the framework caps and the personnel deployed.
struct ColumnTotals {
  PersonnelCount framework{};  ///< caps of the elements that have a framework
  PersonnelCount deployed{};
  std::size_t missions = 0;  ///< how many elements were added

  /// Adds one element; an error (never a wrap) when a column overflows.
  template <Staffed T>
  constexpr ColumnTotals& add(const T& element) {
    if (const auto caps = framework_caps(element)) framework += *caps;
    deployed += deployed_personnel(element);
    ++missions;
    return *this;
  }
  /// Adds another total column by column.
  constexpr ColumnTotals& add(const ColumnTotals& other) {
    framework += other.framework;
    deployed += other.deployed;
    missions += other.missions;
    return *this;
  }
  /// The printed "Totaal" column: everyone deployed.
  [[nodiscard]] constexpr Headcount deployed_total() const { return deployed.total(); }

  friend constexpr bool operator==(const ColumnTotals&, const ColumnTotals&) = default;
};
BOOST_DESCRIBE_STRUCT(ColumnTotals, (), (framework, deployed, missions))

/// The column totals of any range of staffed elements (missions, annex 2 rows, a user's own rows).
/// One pass, no allocation; usable in constant expressions.
template <std::ranges::input_range R>
requires Staffed<std::ranges::range_value_t<R>>
[[nodiscard]] constexpr ColumnTotals column_totals(R&& elements) {
  ColumnTotals totals;
  for (const auto& element : elements) totals.add(element);
  return totals;
}

}  // namespace jvom
