#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "jvom/ext/characters.hpp"

/// How alike two names are.
namespace jvom::text {

/// The optimal-string-alignment distance between `a` and `b`, ignoring ASCII case: how many insertions,
/// deletions, substitutions and swaps of neighbouring characters turn one into the other ("OCS" and
/// "OSC" are 1 apart). Stops early and returns `limit + 1` once the distance must exceed `limit`.
[[nodiscard]] constexpr std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  // Some cheapest alignment pairs the characters both names start or end with with each other (a swap
  // across that boundary would only exchange a character with its own copy), so only what lies between is
  // compared: for two spellings of one name, a few characters instead of the whole table.
  while (!a.empty() && !b.empty() && ext::to_lower(a.front()) == ext::to_lower(b.front())) a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && ext::to_lower(a.back()) == ext::to_lower(b.back())) a.remove_suffix(1), b.remove_suffix(1);
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
    const char ai = ext::to_lower(a[i - 1]);
    for (std::size_t j = 1; j <= m; ++j) {
      const char bj = ext::to_lower(b[j - 1]);
      const std::size_t cost = ai == bj ? 0 : 1;
      std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && ai == ext::to_lower(b[j - 2]) && ext::to_lower(a[i - 2]) == bj) d = std::min(d, before[j - 2] + 1);
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

namespace detail {
// The base letter of each of U+00C0 to U+017F (Latin-1's letters and Latin Extended-A), or 0 where none.
inline constexpr std::string_view latin_bases =
    "AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTs" "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty"
    "AaAaAaCcCcCcCcDd" "DdEeEeEeEeEeGgGg" "GgGgHhHhIiIiIiIi" "IiIiJjKkkLlLlLlL"
    "lLlNnNnNnnNnOoOo" "OoOoRrRrRrSsSsSs" "SsTtTtTtUuUuUuUu" "UuUuWwYyYZzZzZzs";
}  // namespace detail

/// True when `s` holds a letter with a diacritic (or a combining mark) that `fold_diacritics` folds.
[[nodiscard]] constexpr bool has_diacritics(std::string_view s) noexcept {
  for (const char c : s)
    if (c == '\xC3' || c == '\xC4' || c == '\xC5' || c == '\xCC' || c == '\xCD') return true;
  return false;
}

/// `s` with the diacritics of Latin letters taken off ("Aspid\xC3\xA8s" is "Aspides", "Isra\xC3\xABl"
/// "Israel") and combining marks (U+0300 to U+036F) dropped, for comparing names spelt with and without
/// them; other text is kept as it is. Appends to `out`.
template <class Out>
constexpr void fold_diacritics(std::string_view s, Out& out) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (i + 1 < s.size() && c >= 0xC3 && c <= 0xCD) {
      const auto next = static_cast<unsigned char>(s[i + 1]);
      const unsigned cp = ((c & 0x1Fu) << 6) | (next & 0x3Fu);
      if (cp >= 0x300 && cp <= 0x36F) {  // a combining mark
        ++i;
        continue;
      }
      if (cp >= 0xC0 && cp <= 0x17F && detail::latin_bases[cp - 0xC0] != '\0') {
        out.push_back(detail::latin_bases[cp - 0xC0]);
        ++i;
        continue;
      }
    }
    out.push_back(s[i]);
  }
}

}  // namespace jvom::text
