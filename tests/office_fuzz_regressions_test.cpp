// Every input that broke an office fuzzer (fuzz/regressions/docx, odt), replayed through its target.
#include <doctest/doctest.h>

#include "../fuzz/office_targets.hpp"
#include "fuzz_replay.hpp"

TEST_CASE("inputs that once broke an office fuzzer no longer do") {
  jvom::testing::replay("docx", jvom::fuzz::docx);
  jvom::testing::replay("odt", jvom::fuzz::odt);
}

TEST_CASE("the office fuzz targets split their input into parts as scripts/fuzz seeds them") {
  const auto parts = jvom::fuzz::parts_of<4>("<document/>\n===\n<styles/>\n===\n<numbering/>");
  CHECK(parts[0] == "<document/>");
  CHECK(parts[1] == "<styles/>");
  CHECK(parts[2] == "<numbering/>");
  CHECK(parts[3].empty());
  CHECK(jvom::fuzz::parts_of<2>("a\n===\nb\n===\nc")[1] == "b\n===\nc");
}
