#include <doctest/doctest.h>

#include <jvom/io/print.hpp>
#include <jvom/text/period.hpp>
#include <string>

using namespace std::chrono;
using jvom::ReportingPeriod;
using jvom::text::parse_period;

namespace {
constexpr ReportingPeriod may_to_april = ReportingPeriod::months(2024y / May, 2025y / April);
static_assert(may_to_april.first_day() == 2024y / May / 1 && may_to_april.last_day() == 2025y / April / 30);
static_assert(may_to_april.days() == 365);
static_assert(parse_period("mei 2024 tot en met april 2025").value() == may_to_april);
static_assert(parse_period("mei 2024 t/m april 2025").value() == may_to_april);
static_assert(may_to_april.contains(2024y / December / 31) && !may_to_april.contains(2025y / May / 1));
}  // namespace

TEST_CASE("every way the report writes its period") {
  CHECK(parse_period("mei 2024 tot en met april 2025").value() == may_to_april);
  CHECK(parse_period("mei 2024 t/m april 2025").value() == may_to_april);
  CHECK(parse_period("Mei 2024 T/M April 2025").value() == may_to_april);
  CHECK(parse_period("1 mei 2024 tot en met 30 april 2025").value() == may_to_april);
  CHECK(parse_period("2024-05-01 t/m 2025-04-30").value() == may_to_april);
  CHECK(parse_period("mei 2023 t/m april 2024").value() == ReportingPeriod::months(2023y / May, 2024y / April));
  CHECK(parse_period("februari 2024 t/m februari 2024").value().last_day() == 2024y / February / 29);
}

TEST_CASE("bad periods") {
  struct Case {
    const char* text;
    const char* expected;
    const char* found;
  };
  const Case cases[] = {
      {"mei 2024", "a period such as", "mei 2024"},
      {"mei 2024 t/m", "a period such as", "mei 2024 t/m"},
      {"mai 2024 t/m april 2025", "a Dutch month name", "mai"},
      {"mei 2024 t/m aprli 2025", "a Dutch month name", "aprli"},
      {"mei 2025 t/m april 2024", "end is not before its start", "mei 2025 t/m april 2024"},
      {"31 februari 2024 t/m april 2025", "a day that exists", "31 februari 2024"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    const auto p = parse_period(c.text);
    REQUIRE_FALSE(p);
    CHECK(std::string(p.error().expected_text()).find(c.expected) != std::string::npos);
    CHECK(p.error().found == c.found);
    CHECK(std::string_view(c.text).substr(p.error().offset, p.error().found.size()) == c.found);
  }
}

TEST_CASE("ReportingPeriod rejects a backwards period at run time") {
  CHECK_THROWS_AS((ReportingPeriod{2025y / April / 30, 2024y / May / 1}), jvom::validation_error);
  CHECK_THROWS_AS((ReportingPeriod{2025y / February / 30, 2025y / May / 1}), jvom::validation_error);
}
