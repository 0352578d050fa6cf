#pragma once

#include <concepts>
#include <optional>

#include "jvom/annex.hpp"
#include "jvom/mission.hpp"
#include "jvom/personnel_count.hpp"

/// What the aggregation algorithms need of an element: its framework caps and who was deployed.
/// Missions and annex 2 rows provide both; a user's own type joins in by overloading `framework_caps`
/// and `deployed_personnel` in its namespace (found by argument-dependent lookup).
namespace jvom {

[[nodiscard]] constexpr std::optional<PersonnelCount> framework_caps(const Mission& m) noexcept {
  return m.framework.caps;
}
[[nodiscard]] constexpr std::optional<PersonnelCount> framework_caps(const PersonnelRow& row) noexcept {
  return row.framework();
}
[[nodiscard]] constexpr PersonnelCount deployed_personnel(const Mission& m) noexcept { return m.deployed; }
[[nodiscard]] constexpr PersonnelCount deployed_personnel(const PersonnelRow& row) noexcept { return row.deployed(); }

/// Something with framework caps (or none) and deployed personnel.
template <class T>
concept Staffed = requires(const T& t) {
  { framework_caps(t) } -> std::convertible_to<std::optional<PersonnelCount>>;
  { deployed_personnel(t) } -> std::convertible_to<PersonnelCount>;
};

}  // namespace jvom
