#pragma once

#include <optional>

#include "jvom/algorithms/categories.hpp"
#include "jvom/algorithms/staffed.hpp"
#include "jvom/headcount.hpp"
#include "jvom/ratio.hpp"

namespace jvom {

/// Deployed over framework cap, everyone together: how many people filled each post in the period
/// (the report's tours last 3 to 12 months, so up to 4 per post in a year is expected). nullopt when
/// there is no framework or its cap is 0.
template <Staffed T>
[[nodiscard]] constexpr std::optional<Ratio> rotation_ratio(const T& element) {
  const auto caps = framework_caps(element);
  if (!caps || caps->total() == 0) return std::nullopt;
  return Ratio{deployed_personnel(element).total(), caps->total()};
}

/// The same for one category (military; or civil_police against the civil/police cap).
template <Staffed T>
[[nodiscard]] constexpr std::optional<Ratio> rotation_ratio(const T& element, Category category) {
  const auto caps = framework_caps(element);
  if (!caps) return std::nullopt;
  const Headcount cap = category == Category::military ? caps->military : caps->non_military();
  if (cap == 0) return std::nullopt;
  const PersonnelCount deployed = deployed_personnel(element);
  return Ratio{category == Category::military ? deployed.military : deployed.non_military(), cap};
}

}  // namespace jvom
