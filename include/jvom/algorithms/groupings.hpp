#pragma once

#include <cstddef>
#include <optional>
#include <ranges>

#include "jvom/algorithms/group_by.hpp"
#include "jvom/algorithms/staffed.hpp"
#include "jvom/algorithms/totals.hpp"
#include "jvom/legal_basis.hpp"
#include "jvom/mission.hpp"
#include "jvom/region.hpp"

/// The groupings the report itself makes, built on group_by.
namespace jvom {

namespace detail {
// Adds in place (see group_by's reduce): an element, or another group's totals.
inline constexpr auto add_to_totals = [](ColumnTotals& totals, const auto& element) { totals.add(element); };
inline constexpr auto region_of = [](const auto& element) -> const Region& { return element.region; };
inline constexpr auto same_region_fn = [](const Region& a, const Region& b) { return same_region(a, b); };
}  // namespace detail

/// Column totals per region, regions in order of appearance; regions compare ignoring case, so
/// "EUROPA" and "Europa" are one group, and sub-groups ("Midden-Oosten overige missies") count in
/// their region. For missions or annex 2 rows (anything staffed with a `region` member).
template <std::size_t Capacity = dynamic_groups, std::ranges::input_range R>
requires Staffed<std::ranges::range_value_t<R>>
[[nodiscard]] constexpr auto totals_by_region(R&& elements) {
  return group_by<Capacity>(elements, detail::region_of, ColumnTotals{}, detail::add_to_totals, detail::same_region_fn);
}

/// The kind of a mission's legal basis, or nullopt when annex 1 does not list the mission.
[[nodiscard]] constexpr std::optional<LegalBasisKind> legal_basis_kind(const Mission& m) noexcept {
  if (!m.in_annex1()) return std::nullopt;
  return m.mandate.legal_basis.kind();
}

/// Column totals per kind of legal basis (UN resolution, UNCLOS, ...); missions that annex 1 does not
/// list form a group with key nullopt.
template <std::size_t Capacity = dynamic_groups, std::ranges::input_range R>
[[nodiscard]] constexpr auto totals_by_legal_basis_kind(R&& missions) {
  return group_by<Capacity>(missions, legal_basis_kind, ColumnTotals{}, detail::add_to_totals);
}

}  // namespace jvom
