#pragma once

#include <boost/describe/class.hpp>
#include <compare>
#include <cstdint>

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

}  // namespace jvom
