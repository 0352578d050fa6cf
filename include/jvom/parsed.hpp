#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "jvom/config.hpp"
#include "jvom/error.hpp"

namespace jvom {

/// What a parser expected where the input went wrong; `expected_text` says it in words.
enum class Expected : std::uint8_t {
  date,
  iso_date,
  month_number,
  day_number,
  dutch_month_name,
  four_digit_year,
  end_of_date,
  day_that_exists,
  end_of_month_and_year,
  end_date,
  count,
  count_not_negative,
  count_without_sign,
  count_in_range,
  count_digits,
  thousands_groups,
  legal_basis,
  resolution_number,
  at_most_8_resolutions,
  resolution_separator,
  resolution_after_separator,
  article_number_after_art,
  article_number,
  agreement_parties,
  period,
  period_end_after_start,
  region_name,
};
BOOST_DESCRIBE_ENUM(Expected, date, iso_date, month_number, day_number, dutch_month_name, four_digit_year, end_of_date,
                    day_that_exists, end_of_month_and_year, end_date, count, count_not_negative, count_without_sign,
                    count_in_range, count_digits, thousands_groups, legal_basis, resolution_number,
                    at_most_8_resolutions, resolution_separator, resolution_after_separator, article_number_after_art,
                    article_number, agreement_parties, period, period_end_after_start, region_name)

/// What was expected, in words for people: "a day that exists in that month".
[[nodiscard]] constexpr std::string_view expected_text(Expected e) noexcept {
  switch (e) {
    case Expected::date: return "a date such as 31 augustus 2024";
    case Expected::iso_date: return "an ISO date YYYY-MM-DD";
    case Expected::month_number: return "a month number 01 to 12";
    case Expected::day_number: return "a day number (1 to 31)";
    case Expected::dutch_month_name: return "a Dutch month name (januari to december, or jan, feb, mrt, ...)";
    case Expected::four_digit_year: return "a four-digit year";
    case Expected::end_of_date: return "the end of the date";
    case Expected::day_that_exists: return "a day that exists in that month";
    case Expected::end_of_month_and_year: return "the end of the month and year";
    case Expected::end_date: return "a date, Onbepaald, Doorlopend, or - for not set";
    case Expected::count: return "a count";
    case Expected::count_not_negative: return "a count of zero or more (not negative)";
    case Expected::count_without_sign: return "a count without a sign";
    case Expected::count_in_range: return "a count no larger than 4294967295";
    case Expected::count_digits: return "a count (digits only, such as 1481 or 1.481)";
    case Expected::thousands_groups: return "digits grouped in threes by full stops, such as 1.481";
    case Expected::legal_basis: return "a legal basis";
    case Expected::resolution_number: return "a resolution number";
    case Expected::at_most_8_resolutions: return "at most 8 resolutions in one legal basis";
    case Expected::resolution_separator: return "',' or 'en' between resolution numbers, or the end";
    case Expected::resolution_after_separator: return "a resolution number after the separator";
    case Expected::article_number_after_art: return "an article number after 'art.'";
    case Expected::article_number: return "an article number, as in 'art. 51'";
    case Expected::agreement_parties: return "the parties after 'Overeenkomst'";
    case Expected::period: return "a period such as 'mei 2024 tot en met april 2025' (or 't/m')";
    case Expected::period_end_after_start: return "a period whose end is not before its start";
    case Expected::region_name: return "a region name";
  }
  return "(unknown)";
}

/// Why a text could not be read: what the parser expected and the part of the input it found instead.
struct ParseError {
  Expected expected = Expected::date;
  std::string_view found{};  ///< the offending part of the input (a view into it)
  std::size_t offset = 0;    ///< where `found` starts in the input, in bytes

  [[nodiscard]] constexpr std::string_view expected_text() const noexcept { return jvom::expected_text(expected); }

  friend constexpr bool operator==(const ParseError&, const ParseError&) = default;
};
BOOST_DESCRIBE_STRUCT(ParseError, (), (expected, found, offset))

namespace detail {

// One instantiation per expectation, so that GCC, which prints the expressions of a failed constant
// evaluation rather than their values, names the expectation in the template argument
// (`fail_expected<jvom::Expected::day_that_exists>`); Clang prints the text passed to fail.
template <Expected E>
constexpr void fail_expected() {
  fail(expected_text(E).data());
}

constexpr void fail_expected(Expected e) {
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<Expected>>([e](auto D) {
    if (e == D.value) fail_expected<D.value>();
  });
}

// Not constexpr, reached only at run time: the message names both sides.
[[noreturn]] inline void report_parse_error(const ParseError& e) {
  std::string message = "expected ";
  message.append(e.expected_text()).append(", found '").append(e.found).append("'");
  throw validation_error(message);
}

}  // namespace detail

/// A parser's answer: a value, or the error that says what was expected and what was found.
/// Usable in constant expressions: asking an error for its value is a compile error there
/// (the diagnostic names what was expected) and throws `validation_error` at run time.
template <class T>
class Parsed {
 public:
  constexpr Parsed(T value) noexcept : value_(value), ok_(true) {}  // NOLINT: implicit by design
  constexpr Parsed(ParseError error) noexcept : error_(error) {}    // NOLINT: implicit by design

  [[nodiscard]] constexpr bool has_value() const noexcept { return ok_; }
  [[nodiscard]] constexpr explicit operator bool() const noexcept { return ok_; }

  /// The value; a compile error in a constant expression, `validation_error` at run time, when there is none.
  [[nodiscard]] constexpr const T& value() const {
    if (!ok_) {
      // workaround: clang_is_constant_evaluated, config.hpp
      if (JVOM_IS_CONSTANT_EVALUATED()) detail::fail_expected(error_.expected);
      detail::report_parse_error(error_);
    }
    return value_;
  }
  [[nodiscard]] constexpr const T& operator*() const { return value(); }
  [[nodiscard]] constexpr const T* operator->() const { return &value(); }

  /// The error; meaningful only when there is no value.
  [[nodiscard]] constexpr const ParseError& error() const noexcept { return error_; }

 private:
  T value_{};
  ParseError error_{};
  bool ok_ = false;
};

}  // namespace jvom
