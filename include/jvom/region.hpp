#pragma once

#include <boost/describe/class.hpp>
#include <string_view>
#include <type_traits>

#include "jvom/ext/characters.hpp"

namespace jvom {

/// A region as the annexes print it ("Midden-Oosten", "EUROPA"), with an optional sub-group:
/// annex 2's heading "Midden-Oosten overige missies" is the region Midden-Oosten, sub-group
/// "overige missies", not a region of its own.
struct Region {
  std::string_view name{};
  std::string_view subgroup{};

  friend constexpr bool operator==(const Region&, const Region&) = default;
};
BOOST_DESCRIBE_STRUCT(Region, (), (name, subgroup))

/// True when `a` and `b` name the same region. The annexes differ in case ("EUROPA" and "Europa"),
/// so names compare ignoring ASCII case; sub-groups do not matter.
[[nodiscard]] constexpr bool same_region(const Region& a, const Region& b) noexcept {
  // Rows under one heading share its text, so most comparisons are of one view with itself. (Not in a
  // constant expression, where Clang does not compare addresses of distinct string literals.)
  if (!std::is_constant_evaluated() && a.name.data() == b.name.data() && a.name.size() == b.name.size()) return true;
  return ext::iequals(ext::trim(a.name), ext::trim(b.name));
}

}  // namespace jvom
