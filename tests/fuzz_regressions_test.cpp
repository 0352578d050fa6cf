// Every input a fuzzer ever broke (fuzz/regressions/<target>/) is replayed here, through the same code the
// fuzzer runs (fuzz/targets.hpp): a broken invariant traps and fails the suite.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../fuzz/targets.hpp"
#include "fuzz_replay.hpp"


TEST_CASE("inputs that once broke a fuzzer no longer do") {
  using jvom::testing::replay;
  replay("csv_reader", jvom::fuzz::csv_reader);
  replay("dates", jvom::fuzz::dates);
  replay("legal_basis", jvom::fuzz::legal_basis);
  replay("pipeline", jvom::fuzz::pipeline);
  replay("document", jvom::fuzz::document);
}

TEST_CASE("the date found by fuzzing: a year below 1000 is written with four digits and reads back") {
  using namespace std::chrono;
  const year_month_day d = year{26} / December / 31;
  CHECK(jvom::text::format_date(d) == "31 december 0026");
  CHECK(jvom::text::parse_date(jvom::text::format_date(d)).value() == d);
  CHECK(jvom::text::format_period(jvom::ReportingPeriod::months(year{999} / May, year{1000} / April)) ==
        "mei 0999 tot en met april 1000");
}
