#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "jvom/end_date.hpp"
#include "jvom/headcount.hpp"
#include "jvom/legal_basis.hpp"
#include "jvom/reporting_period.hpp"
#include "jvom/text/count.hpp"
#include "jvom/text/date.hpp"
#include "jvom/text/legal_basis.hpp"
#include "jvom/text/period.hpp"

/// Values written in a dataset header as the report prints them, read at compile time:
///
///     .mandate_end = as_printed::end("31 augustus 2024"),
///     .legal_basis = as_printed::legal_basis("VNVR-resolutie 82 en 83"),
///
/// Each is consteval: text that does not read is a compile error that shows what was expected
/// (`fail("a Dutch month name ...")`). For text known only at run time, call the parsers in text::.
namespace jvom::as_printed {

[[nodiscard]] consteval EndDate end(std::string_view printed) { return text::parse_end_date(printed).value(); }
[[nodiscard]] consteval std::chrono::year_month_day date(std::string_view printed) {
  return text::parse_date(printed).value();
}
[[nodiscard]] consteval LegalBasis legal_basis(std::string_view printed) {
  return text::parse_legal_basis(printed).value();
}
[[nodiscard]] consteval Headcount count(std::string_view printed) { return text::parse_count_cell(printed).value(); }
[[nodiscard]] consteval std::optional<Headcount> cap(std::string_view printed) {
  return text::parse_cap_cell(printed).value();
}
[[nodiscard]] consteval ReportingPeriod period(std::string_view printed) { return text::parse_period(printed).value(); }

}  // namespace jvom::as_printed
