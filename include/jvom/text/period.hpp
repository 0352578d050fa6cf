#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <string_view>

#include "jvom/ext/characters.hpp"
#include "jvom/parsed.hpp"
#include "jvom/reporting_period.hpp"
#include "jvom/text/date.hpp"

/// Reporting periods as printed: "mei 2024 tot en met april 2025", "mei 2024 t/m april 2025".
namespace jvom::text {

/// Which end of a period a bound is: "mei 2024" starts on 1 May, "april 2025" ends on 30 April.
enum class PeriodBound { first, last };

/// One bound of a period: a full date (Dutch or ISO) or a month and year.
[[nodiscard]] constexpr Parsed<std::chrono::year_month_day> parse_period_bound(std::string_view input,
                                                                               PeriodBound bound) noexcept {
  using namespace std::chrono;
  const auto full = parse_date(input);
  if (full) return full;
  const auto month_year = parse_month_year(input);
  if (!month_year) {
    // Report the date error when the text started like a date (with a day number).
    const std::string_view s = ext::trim(input);
    return !s.empty() && ext::is_digit(s[0]) ? full : month_year.error();
  }
  if (bound == PeriodBound::first) return year_month_day{*month_year / day{1}};
  return year_month_day{*month_year / last};
}

/// A period: two bounds joined by "tot en met", "t/m" or "tot", each a month and year or a full date.
[[nodiscard]] constexpr Parsed<ReportingPeriod> parse_period(std::string_view input) noexcept {
  const std::string_view s = ext::trim(input);
  constexpr std::array<std::string_view, 3> joiners{" tot en met ", " t/m ", " tot "};
  for (const std::string_view joiner : joiners) {
    const std::size_t at = ext::ifind(s, joiner);
    if (at == std::string_view::npos) continue;
    const std::string_view first_text = s.substr(0, at);
    const std::string_view last_text = s.substr(at + joiner.size());
    const auto first = parse_period_bound(first_text, PeriodBound::first);
    if (!first)
      return ParseError{first.error().expected, first.error().found,
                        ext::offset_in(input, first_text) + first.error().offset};
    const auto last = parse_period_bound(last_text, PeriodBound::last);
    if (!last)
      return ParseError{last.error().expected, last.error().found, ext::offset_in(input, last_text) + last.error().offset};
    if (*last < *first) return ParseError{Expected::period_end_after_start, s, ext::offset_in(input, s)};
    return ReportingPeriod{*first, *last};
  }
  return ParseError{Expected::period, s, ext::offset_in(input, s)};
}

}  // namespace jvom::text
