// jvom/values.hpp on its own: the value types and their parsers, enough to build and compare a report's
// data without the checks (tests/check_layers.cmake holds it to the values and text layers).
#include <jvom/values.hpp>

#include <array>
#include <doctest/doctest.h>

namespace {

namespace printed = jvom::as_printed;

constexpr std::array<jvom::MandateRow, 1> annex1{{
    {{"Midden-Oosten"}, "UNIFIL", printed::legal_basis("VNVR-resolutie 2695"), printed::end("31 augustus 2024"),
     printed::end("30 juni 2028")},
}};
constexpr std::array<jvom::PersonnelRow, 1> annex2{{
    {.region = {"Midden-Oosten"}, .mission = "UNIFIL", .framework_military = printed::cap("1"),
     .framework_civil = printed::cap(""), .deployed_military = printed::count("2"), .deployed_total = 2},
}};
constexpr jvom::Report report{.title = "values only", .period = printed::period("mei 2024 t/m april 2025"),
                              .annex1 = annex1, .annex2 = annex2};

}  // namespace

TEST_CASE("jvom/values.hpp alone reads printed cells into a report at compile time") {
  static_assert(report.annex1[0].mandate_end.date() == std::chrono::year{2024} / std::chrono::August / 31);
  static_assert(report.annex2[0].framework()->military == 1);
  CHECK(report.period->last_day() == std::chrono::year{2025} / std::chrono::April / 30);
  CHECK_FALSE(jvom::text::parse_date("31 juni 2024"));  // the parsers: a day that does not exist
  CHECK(jvom::text::parse_count("1.481").value() == 1481);
}
