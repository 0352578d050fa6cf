#pragma once

#include <cstdint>
#include <limits>

#include "jvom/config.hpp"
#include "jvom/error.hpp"

namespace jvom {

/// A number of people. Unsigned, so non-negative by construction; 32 bits hold any real headcount,
/// and sums are checked (`checked_add`) so that they never wrap.
using Headcount = std::uint32_t;

inline constexpr Headcount max_headcount = std::numeric_limits<Headcount>::max();

namespace detail {
// One message for every sum that does not fit; the literal is in the frame the compilers print.
constexpr void fail_headcount_overflow() { fail("headcount overflow: the sum exceeds 4294967295"); }
}  // namespace detail

/// `a + b`, or an error when the sum does not fit a Headcount: a compile error in a constant
/// expression, `validation_error` at run time. Never wraps.
[[nodiscard]] constexpr Headcount checked_add(Headcount a, Headcount b) {
  Headcount sum = 0;
  if (ext::add_overflows(a, b, &sum)) [[unlikely]]
    detail::fail_headcount_overflow();
  return sum;
}

/// A sum taken in 64 bits as a Headcount, or the same error as `checked_add` when it does not fit.
[[nodiscard]] constexpr Headcount checked_headcount(std::uint64_t sum) {
  if (sum > max_headcount) [[unlikely]]
    detail::fail_headcount_overflow();
  return static_cast<Headcount>(sum);
}

}  // namespace jvom
