#pragma once

#include <boost/describe/class.hpp>
#include <compare>
#include <cstdint>
#include <optional>

#include "jvom/algorithms/categories.hpp"
#include "jvom/algorithms/staffed.hpp"
#include "jvom/headcount.hpp"

namespace jvom {

/// An exact ratio of two headcounts. Compared exactly (by cross-multiplication, which fits 64 bits
/// for 32-bit headcounts); `value()` for display.
struct Ratio {
  Headcount numerator = 0;
  Headcount denominator = 1;

  [[nodiscard]] constexpr double value() const noexcept {
    return static_cast<double>(numerator) / static_cast<double>(denominator);
  }
  friend constexpr std::strong_ordering operator<=>(const Ratio& a, const Ratio& b) noexcept {
    return std::uint64_t{a.numerator} * b.denominator <=> std::uint64_t{b.numerator} * a.denominator;
  }
  friend constexpr bool operator==(const Ratio& a, const Ratio& b) noexcept { return (a <=> b) == 0; }
};
BOOST_DESCRIBE_STRUCT(Ratio, (), (numerator, denominator))

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
