#pragma once

#include <boost/describe/class.hpp>
#include <cstdint>

#include "jvom/headcount.hpp"

namespace jvom {

/// People by category. The narrative separates civilians from police; the annex tables print one
/// merged column "Civiel/Politie", which is kept as it is in `civil_police` rather than split by guess.
///
/// An aggregate with public members, so datasets read as `{.military = 4, .civil_police = 3}`, the
/// type is structural, and a negative literal does not compile (narrowing).
struct PersonnelCount {
  Headcount military = 0;
  Headcount civilian = 0;
  Headcount police = 0;
  Headcount civil_police = 0;  ///< civil or police, as the tables print it (not split)

  /// Everyone who is not military: civilians, police and the unsplit column.
  [[nodiscard]] constexpr Headcount non_military() const {
    return checked_add(checked_add(civilian, police), civil_police);
  }
  /// Everyone; an error (never a wrap) when it does not fit a Headcount.
  [[nodiscard]] constexpr Headcount total() const { return checked_add(military, non_military()); }
  /// The total in 64 bits, which cannot overflow: for checks, which report rather than throw.
  [[nodiscard]] constexpr std::uint64_t exact_total() const noexcept {
    return std::uint64_t{military} + civilian + police + civil_police;
  }
  /// non_military() in 64 bits, which cannot overflow.
  [[nodiscard]] constexpr std::uint64_t exact_non_military() const noexcept {
    return std::uint64_t{civilian} + police + civil_police;
  }
  /// True when nobody is counted.
  [[nodiscard]] constexpr bool empty() const noexcept {
    return military == 0 && civilian == 0 && police == 0 && civil_police == 0;
  }

  /// Category by category; an error (never a wrap) when a category overflows.
  constexpr PersonnelCount& operator+=(const PersonnelCount& other) {
    military = checked_add(military, other.military);
    civilian = checked_add(civilian, other.civilian);
    police = checked_add(police, other.police);
    civil_police = checked_add(civil_police, other.civil_police);
    return *this;
  }
  [[nodiscard]] friend constexpr PersonnelCount operator+(PersonnelCount a, const PersonnelCount& b) { return a += b; }

  friend constexpr bool operator==(const PersonnelCount&, const PersonnelCount&) = default;
};
BOOST_DESCRIBE_STRUCT(PersonnelCount, (), (military, civilian, police, civil_police))

}  // namespace jvom
