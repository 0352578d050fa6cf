#pragma once

#include <algorithm>
#include <array>
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
  // Some cheapest alignment pairs the characters both names start or end with with each other (a swap
  // across that boundary would only exchange a character with its own copy), so only what lies between is
  // compared: for two spellings of one name, a few characters instead of the whole table.
  while (!a.empty() && !b.empty() && to_lower(a.front()) == to_lower(b.front())) a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && to_lower(a.back()) == to_lower(b.back())) a.remove_suffix(1), b.remove_suffix(1);
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  if (n == 0 || m == 0) return n + m;
  // Three rows of the table. Names are short: on the stack up to 64 characters, else on the heap.
  constexpr std::size_t on_stack = 65;
  std::array<std::size_t, 3 * on_stack> stack;  // each cell written before it is read
  std::vector<std::size_t> heap(m + 1 > on_stack ? 3 * (m + 1) : 0, 0);
  std::size_t* rows = m + 1 > on_stack ? heap.data() : stack.data();
  const std::size_t width = m + 1 > on_stack ? m + 1 : on_stack;
  std::size_t* before = rows;
  std::size_t* previous = rows + width;
  std::size_t* current = rows + 2 * width;
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    const char ai = to_lower(a[i - 1]);
    for (std::size_t j = 1; j <= m; ++j) {
      const char bj = to_lower(b[j - 1]);
      const std::size_t cost = ai == bj ? 0 : 1;
      std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && ai == to_lower(b[j - 2]) && to_lower(a[i - 2]) == bj) d = std::min(d, before[j - 2] + 1);
      current[j] = d;
      row_min = std::min(row_min, d);
    }
    if (row_min > limit) return limit + 1;
    std::size_t* const recycled = before;
    before = previous;
    previous = current;
    current = recycled;
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
