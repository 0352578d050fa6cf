#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "jvom/ext/characters.hpp"

/// The dates of the UN's open-data files, as they write them.
namespace jvom::text {

/// What `parse_un_date` reads, in words for an error.
inline constexpr std::string_view un_date_forms = "a date as the UN writes it: 30/11/2020, 30-Nov-20 or 2020-11-30";

/// A date of the UN's files: "30/11/2020" (day/month/year, the current files), "30-Nov-20" or
/// "30-Nov-2020" (older files; a two-digit year is 19yy from 90 on, else 20yy: the UN's series start in
/// 1990), or ISO "2020-11-30". nullopt for anything else, and for a day the month does not have.
[[nodiscard]] constexpr std::optional<std::chrono::year_month_day> parse_un_date(std::string_view text) noexcept {
  const std::string_view s = ext::trim(text);
  std::size_t at = 0;
  // Digits at `at`: between `fewest` and `most` of them, as a number.
  const auto number = [&](std::size_t fewest, std::size_t most) -> std::optional<int> {
    std::size_t n = 0;
    int value = 0;
    while (at < s.size() && n < most && s[at] >= '0' && s[at] <= '9') value = value * 10 + (s[at++] - '0'), ++n;
    if (n < fewest || (at < s.size() && s[at] >= '0' && s[at] <= '9')) return std::nullopt;
    return value;
  };
  const auto skip = [&](char c) {
    if (at >= s.size() || s[at] != c) return false;
    ++at;
    return true;
  };
  const auto make = [&](int y, int m, int d) -> std::optional<std::chrono::year_month_day> {
    if (at != s.size() || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    const std::chrono::year_month_day day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!day.ok()) return std::nullopt;
    return day;
  };
  const std::optional<int> first = number(1, 4);
  if (!first) return std::nullopt;
  if (at == 4 && skip('-')) {  // 2020-11-30
    const auto m = number(2, 2);
    if (!m || !skip('-')) return std::nullopt;
    const auto d = number(2, 2);
    return d ? make(*first, *m, *d) : std::nullopt;
  }
  if (at > 2) return std::nullopt;
  if (skip('/')) {  // 30/11/2020
    const auto m = number(1, 2);
    if (!m || !skip('/')) return std::nullopt;
    const auto y = number(4, 4);
    return y ? make(*y, *m, *first) : std::nullopt;
  }
  if (!skip('-') || at + 3 > s.size()) return std::nullopt;  // 30-Nov-20
  constexpr std::array<std::string_view, 12> months{"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};
  int m = 0;
  for (std::size_t i = 0; i < months.size(); ++i)
    if (ext::iequals(s.substr(at, 3), months[i])) m = static_cast<int>(i) + 1;
  at += 3;
  if (m == 0 || !skip('-')) return std::nullopt;
  const std::size_t year_at = at;
  const auto y = number(2, 4);
  if (!y || at - year_at == 3) return std::nullopt;
  const int year = at - year_at == 4 ? *y : (*y >= 90 ? 1900 : 2000) + *y;
  return make(year, m, *first);
}

/// A date as the UN's current files write it: "30/11/2020" (the year in four digits or more, so that it
/// reads back).
[[nodiscard]] inline std::string format_un_date(const std::chrono::year_month_day& day) {
  const auto two = [](unsigned n) { return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)}; };
  std::string year = std::to_string(static_cast<int>(day.year()));
  if (year.size() < 4) year.insert(0, 4 - year.size(), '0');
  return two(static_cast<unsigned>(day.day())) + "/" + two(static_cast<unsigned>(day.month())) + "/" + year;
}

}  // namespace jvom::text
