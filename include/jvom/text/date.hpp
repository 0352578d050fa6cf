#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>

#include "jvom/end_date.hpp"
#include "jvom/ext/characters.hpp"
#include "jvom/parsed.hpp"
#include "jvom/text/placeholder.hpp"

/// Dates as the report prints them: "31 augustus 2024", "9 juli 2025", "31 dec 2026", and ISO
/// "2024-08-31" (used in report.csv).
namespace jvom::text {

namespace detail {
struct MonthName {
  std::string_view name;
  unsigned month;
};
// Full names and the abbreviations in common Dutch use; an abbreviation may end in a full stop.
inline constexpr std::array<MonthName, 26> month_names{{
    {"januari", 1}, {"jan", 1},       {"februari", 2}, {"feb", 2},       {"febr", 2}, {"maart", 3}, {"mrt", 3},
    {"mar", 3},     {"april", 4},     {"apr", 4},      {"mei", 5},       {"juni", 6}, {"jun", 6},   {"juli", 7},
    {"jul", 7},     {"augustus", 8},  {"aug", 8},      {"september", 9}, {"sep", 9},  {"sept", 9},  {"oktober", 10},
    {"okt", 10},    {"november", 11}, {"nov", 11},     {"december", 12}, {"dec", 12},
}};

// Reads an unsigned decimal of 1 to `max_digits` digits; false when `s` is anything else.
constexpr bool read_small_number(std::string_view s, std::size_t max_digits, unsigned& out) noexcept {
  if (s.empty() || s.size() > max_digits) return false;
  unsigned n = 0;
  for (const char c : s) {
    if (!ext::is_digit(c)) return false;
    n = n * 10 + static_cast<unsigned>(c - '0');
  }
  out = n;
  return true;
}
}  // namespace detail

/// The month named by `word` ("augustus", "aug", "aug.", "AUGUSTUS").
[[nodiscard]] constexpr Parsed<std::chrono::month> parse_month(std::string_view word) noexcept {
  const std::string_view w = ext::trim(word);
  // The names have no full stop, so an abbreviation that ends in one ("aug.") compares without it; the
  // length rules out most names before a character is compared.
  const std::string_view bare = w.size() > 1 && w.back() == '.' ? w.substr(0, w.size() - 1) : w;
  for (const auto& m : detail::month_names)
    if (bare.size() == m.name.size() && ext::iequals(bare, m.name)) return std::chrono::month{m.month};
  return ParseError{Expected::dutch_month_name, w, 0};
}

/// A year of four digits.
[[nodiscard]] constexpr Parsed<std::chrono::year> parse_year(std::string_view word) noexcept {
  unsigned y = 0;
  if (word.size() != 4 || !detail::read_small_number(word, 4, y)) return ParseError{Expected::four_digit_year, word, 0};
  return std::chrono::year{static_cast<int>(y)};
}

namespace detail {
// Reads "augustus 2024" off the front of `rest` (a view into `input`), leaving what follows in `rest`.
constexpr Parsed<std::chrono::year_month> take_month_year(std::string_view input, std::string_view& rest) noexcept {
  const std::string_view month_word = ext::take_word(rest);
  const auto m = parse_month(month_word);
  if (!m) return ParseError{Expected::dutch_month_name, month_word, ext::offset_in(input, month_word)};
  const std::string_view year_word = ext::take_word(rest);
  const auto y = parse_year(year_word);
  if (!y) return ParseError{Expected::four_digit_year, year_word, ext::offset_in(input, year_word)};
  return *y / *m;
}
}  // namespace detail

namespace detail {

// Every date the parser accepts, and the error for everything else. `parse_date` tries the usual shape
// first and falls back to this.
constexpr Parsed<std::chrono::year_month_day> parse_date_in_full(std::string_view input) noexcept {
  using namespace std::chrono;
  const std::string_view s = ext::trim(input);
  if (s.empty()) return ParseError{Expected::date, s, ext::offset_in(input, s)};

  year_month_day ymd{};
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {  // ISO 8601
    unsigned y = 0, m = 0, d = 0;
    if (!detail::read_small_number(s.substr(0, 4), 4, y) || !detail::read_small_number(s.substr(5, 2), 2, m) ||
        !detail::read_small_number(s.substr(8, 2), 2, d))
      return ParseError{Expected::iso_date, s, ext::offset_in(input, s)};
    if (m < 1 || m > 12) return ParseError{Expected::month_number, s.substr(5, 2), ext::offset_in(input, s) + 5};
    ymd = year{static_cast<int>(y)} / month{m} / day{d};
  } else {
    std::string_view rest = s;
    const std::string_view day_word = ext::take_word(rest);
    unsigned d = 0;
    if (!detail::read_small_number(day_word, 2, d) || d < 1 || d > 31)
      return ParseError{Expected::day_number, day_word, ext::offset_in(input, day_word)};
    const auto month_year = detail::take_month_year(input, rest);
    if (!month_year) return month_year.error();
    if (!rest.empty()) return ParseError{Expected::end_of_date, rest, ext::offset_in(input, rest)};
    ymd = *month_year / day{d};
  }
  if (!ymd.ok()) return ParseError{Expected::day_that_exists, s, ext::offset_in(input, s)};
  return ymd;
}

// The shape nearly every cell has, "31 december 2028": one or two digits, a space, a month word, a space,
// four digits, nothing around. Only a date that reads in full is returned; anything else (other blanks,
// an unknown month, a day that does not exist) is left to parse_date_in_full, which gives the same
// value or the error. The general path was most of the time a row of annex 1 took to read.
constexpr std::optional<std::chrono::year_month_day> usual_date(std::string_view s) noexcept {
  using namespace std::chrono;
  const std::size_t n = s.size(), day_digits = n > 1 && ext::is_digit(s[1]) ? 2 : 1;
  if (n < day_digits + 1 + 3 + 1 + 4 || !ext::is_digit(s[0]) || s[day_digits] != ' ' || s[n - 5] != ' ') return std::nullopt;
  unsigned d = 0, y = 0;
  if (!read_small_number(s.substr(0, day_digits), 2, d) || !read_small_number(s.substr(n - 4), 4, y))
    return std::nullopt;
  const auto m = parse_month(s.substr(day_digits + 1, n - 5 - (day_digits + 1)));
  if (!m) return std::nullopt;
  const year_month_day ymd = year{static_cast<int>(y)} / *m / day{d};
  if (!ymd.ok()) return std::nullopt;  // day 0 too
  return ymd;
}

}  // namespace detail

/// A calendar date: Dutch "31 augustus 2024" / "31 aug. 2024", or ISO "2024-08-31".
/// "31 februari 2025" is an error, not 3 March.
[[nodiscard]] constexpr Parsed<std::chrono::year_month_day> parse_date(std::string_view input) noexcept {
  if (const auto usual = detail::usual_date(input)) return *usual;
  return detail::parse_date_in_full(input);
}

/// A month and year: "mei 2024". Used for the bounds of a reporting period.
[[nodiscard]] constexpr Parsed<std::chrono::year_month> parse_month_year(std::string_view input) noexcept {
  std::string_view rest = ext::trim(input);
  const auto month_year = detail::take_month_year(input, rest);
  if (month_year && !rest.empty()) return ParseError{Expected::end_of_month_and_year, rest, ext::offset_in(input, rest)};
  return month_year;
}

/// An end as printed in annex 1: a date, "Onbepaald" (indefinite), "Doorlopend" (ongoing), or a
/// placeholder ("-", "·", empty) for not set.
[[nodiscard]] constexpr Parsed<EndDate> parse_end_date(std::string_view input) noexcept {
  const std::string_view s = ext::trim(input);
  if (const auto usual = detail::usual_date(s)) return EndDate::on(*usual);  // neither placeholder nor keyword
  if (is_placeholder(s)) return EndDate::not_set();
  if (ext::iequals(s, "onbepaald")) return EndDate::indefinite();
  if (ext::iequals(s, "doorlopend")) return EndDate::ongoing();
  const auto d = parse_date(input);
  if (!d) {
    // A single word that is not a date is more likely a misspelt keyword than a broken date.
    if (s.find(' ') == std::string_view::npos && !ext::is_digit(s[0]))
      return ParseError{Expected::end_date, s, ext::offset_in(input, s)};
    return d.error();
  }
  return EndDate::on(*d);
}

}  // namespace jvom::text
