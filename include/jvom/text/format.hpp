#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "jvom/end_date.hpp"
#include "jvom/headcount.hpp"
#include "jvom/legal_basis.hpp"
#include "jvom/region.hpp"
#include "jvom/reporting_period.hpp"

/// Values back to text as the report prints it: the inverse of the parsers, so that what is written
/// reads back equal (`parse_x(format_x(v)) == v`). Run time only (std::string).
namespace jvom::text {

namespace detail {
inline constexpr std::string_view month_display_names[12] = {"januari",   "februari", "maart",    "april",
                                                             "mei",       "juni",     "juli",     "augustus",
                                                             "september", "oktober",  "november", "december"};
}  // namespace detail

namespace detail {
// A year as four digits, as the parsers require: 26 is "0026", not "26".
inline std::string four_digit_year(std::chrono::year y) {
  std::string digits = std::to_string(static_cast<int>(y));
  return std::string(digits.size() < 4 ? 4 - digits.size() : 0, '0') + digits;
}
}  // namespace detail

/// "31 augustus 2024".
[[nodiscard]] inline std::string format_date(std::chrono::year_month_day d) {
  std::string out = std::to_string(static_cast<unsigned>(d.day()));
  out += ' ';
  out += detail::month_display_names[(static_cast<unsigned>(d.month()) + 11) % 12];
  out += ' ';
  out += detail::four_digit_year(d.year());
  return out;
}

/// "2024-08-31".
[[nodiscard]] inline std::string format_iso_date(std::chrono::year_month_day d) {
  char buffer[16];
  const int y = static_cast<int>(d.year());
  const unsigned m = static_cast<unsigned>(d.month()), day = static_cast<unsigned>(d.day());
  buffer[0] = static_cast<char>('0' + y / 1000 % 10);
  buffer[1] = static_cast<char>('0' + y / 100 % 10);
  buffer[2] = static_cast<char>('0' + y / 10 % 10);
  buffer[3] = static_cast<char>('0' + y % 10);
  buffer[4] = '-';
  buffer[5] = static_cast<char>('0' + m / 10);
  buffer[6] = static_cast<char>('0' + m % 10);
  buffer[7] = '-';
  buffer[8] = static_cast<char>('0' + day / 10);
  buffer[9] = static_cast<char>('0' + day % 10);
  return std::string(buffer, 10);
}

/// "31 augustus 2024", "Onbepaald", "Doorlopend", or "-" for not set.
[[nodiscard]] inline std::string format_end_date(const EndDate& end) {
  switch (end.kind()) {
    case EndKind::date: return format_date(*end.date());
    case EndKind::indefinite: return "Onbepaald";
    case EndKind::ongoing: return "Doorlopend";
    case EndKind::not_set: break;
  }
  return "-";
}

/// "VNVR-resolutie 82 en 83", "UNCLOS", "VN Handvest art. 51", "Art. 97 Grondwet",
/// "Overeenkomst met ...", "o.b.v. Note Verbale", or the verbatim text.
[[nodiscard]] inline std::string format_legal_basis(const LegalBasis& basis) {
  switch (basis.kind()) {
    case LegalBasisKind::un_resolution: {
      const auto numbers = basis.resolutions();
      std::string out = "VNVR-resolutie ";  // singular even for several, as the report prints "82 en 83"
      for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (i > 0) out += i + 1 == numbers.size() ? " en " : ", ";
        out += std::to_string(numbers[i]);
      }
      return out;
    }
    case LegalBasisKind::unclos: return "UNCLOS";
    case LegalBasisKind::un_charter: return "VN Handvest art. " + std::to_string(basis.article());
    case LegalBasisKind::constitution: return "Art. " + std::to_string(basis.article()) + " Grondwet";
    case LegalBasisKind::agreement: {
      std::string out(basis.wording().empty() ? std::string_view{"Overeenkomst tussen"} : basis.wording());
      return out.append(" ").append(basis.text());
    }
    case LegalBasisKind::note_verbale: return "o.b.v. Note Verbale";
    case LegalBasisKind::other: break;
  }
  return std::string(basis.text());
}

/// A region heading: "Midden-Oosten", or "Midden-Oosten overige missies" with its sub-group.
[[nodiscard]] inline std::string format_region(const Region& region) {
  std::string out(region.name);
  if (!region.subgroup.empty()) out.append(" ").append(region.subgroup);
  return out;
}

/// "mei 2024 tot en met april 2025" for whole months, else "1 mei 2024 tot en met 15 april 2025".
[[nodiscard]] inline std::string format_period(const ReportingPeriod& period) {
  using namespace std::chrono;
  const year_month_day first = period.first_day(), last = period.last_day();
  const bool whole_months =
      first.day() == day{1} && year_month_day{last.year() / last.month() / std::chrono::last}.day() == last.day();
  if (!whole_months) return format_date(first) + " tot en met " + format_date(last);
  auto month_year = [](year_month_day d) {
    return std::string(detail::month_display_names[static_cast<unsigned>(d.month()) - 1]) + " " +
           detail::four_digit_year(d.year());
  };
  return month_year(first) + " tot en met " + month_year(last);
}

/// A count without separators: "1481".
[[nodiscard]] inline std::string format_count(Headcount n) { return std::to_string(n); }

}  // namespace jvom::text
