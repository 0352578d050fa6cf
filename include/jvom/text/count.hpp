#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "jvom/ext/characters.hpp"
#include "jvom/headcount.hpp"
#include "jvom/parsed.hpp"
#include "jvom/text/placeholder.hpp"

/// Counts as the tables print them: "1481" or "1.481" (a full stop groups thousands in Dutch).
namespace jvom::text {

/// A headcount: digits, optionally grouped in thousands by full stops ("1.481", "12.345.678").
/// Negative numbers, decimals, and values past the Headcount range are errors.
[[nodiscard]] constexpr Parsed<Headcount> parse_count(std::string_view input) noexcept {
  const std::string_view s = ext::trim(input);
  const std::size_t at = ext::offset_in(input, s);
  if (s.empty()) return ParseError{Expected::count, s, at};
  if (s[0] == '-' || s[0] == '+')
    return ParseError{s[0] == '-' ? Expected::count_not_negative : Expected::count_without_sign, s, at};

  std::uint64_t value = 0;
  std::size_t digits_in_group = 0;
  bool grouped = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.') {
      // A separator must follow one to three digits (first group) or exactly three (later groups).
      if (digits_in_group == 0 || (grouped && digits_in_group != 3) || digits_in_group > 3)
        return ParseError{Expected::thousands_groups, s, at};
      grouped = true;
      digits_in_group = 0;
      continue;
    }
    if (!ext::is_digit(c)) return ParseError{Expected::count_digits, s, at};
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
    ++digits_in_group;
    if (value > max_headcount) return ParseError{Expected::count_in_range, s, at};
  }
  if (grouped && digits_in_group != 3) return ParseError{Expected::thousands_groups, s, at};
  return static_cast<Headcount>(value);
}

/// A count cell in annex 2: empty means 0 and "-" means none given (also 0); anything else is a count.
[[nodiscard]] constexpr Parsed<Headcount> parse_count_cell(std::string_view cell) noexcept {
  if (is_placeholder(cell)) return Headcount{0};
  return parse_count(cell);
}

/// A framework cap cell in annex 2: "-" means no national framework (nullopt); empty means a cap of 0.
[[nodiscard]] constexpr Parsed<std::optional<Headcount>> parse_cap_cell(std::string_view cell) noexcept {
  const std::string_view s = ext::trim(cell);
  if (s.empty()) return std::optional<Headcount>{Headcount{0}};
  if (is_placeholder(s)) return std::optional<Headcount>{};
  const auto n = parse_count(cell);
  if (!n) return n.error();
  return std::optional<Headcount>{*n};
}

}  // namespace jvom::text
