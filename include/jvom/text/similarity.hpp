#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "jvom/text/characters.hpp"

/// How alike two names are.
namespace jvom::text {

/// The optimal-string-alignment distance between `a` and `b`, ignoring ASCII case: how many insertions,
/// deletions, substitutions and swaps of neighbouring characters turn one into the other ("OCS" and
/// "OSC" are 1 apart). Stops early and returns `limit + 1` once the distance must exceed `limit`.
[[nodiscard]] constexpr std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // (n, value), not (n): Clang 14 cannot value-initialise a vector of a trivial type in a constant
  // expression with libstdc++ 12 ("assignment to object outside its lifetime").
  std::vector<std::size_t> before(m + 1, 0), previous(m + 1, 0), current(m + 1, 0);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = to_lower(a[i - 1]) == to_lower(b[j - 1]) ? 0 : 1;
      std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && to_lower(a[i - 1]) == to_lower(b[j - 2]) && to_lower(a[i - 2]) == to_lower(b[j - 1]))
        d = std::min(d, before[j - 2] + 1);
      current[j] = d;
      row_min = std::min(row_min, d);
    }
    if (row_min > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

/// The first word of a name, up to a dash, slash or blank: "EMASoH" of "EMASoH-AGENOR". The whole name
/// when it has no such separator.
[[nodiscard]] constexpr std::string_view name_head(std::string_view name) noexcept {
  for (std::size_t i = 0; i < name.size(); ++i)
    if (name[i] == '-' || name[i] == '/' || name[i] == ' ') return name.substr(0, i);
  return name;
}

}  // namespace jvom::text
