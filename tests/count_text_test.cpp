#include <doctest/doctest.h>

#include <jvom/io/print.hpp>
#include <jvom/text/count.hpp>
#include <optional>
#include <string>

using jvom::Headcount;
using jvom::text::parse_cap_cell;
using jvom::text::parse_count;
using jvom::text::parse_count_cell;

namespace {
static_assert(parse_count("1481").value() == 1481);
static_assert(parse_count("1.481").value() == 1481);
static_assert(parse_count("4.294.967.295").value() == jvom::max_headcount);
static_assert(!parse_count("4294967296"));
static_assert(parse_count_cell("").value() == 0 && parse_count_cell("-").value() == 0);
static_assert(parse_cap_cell("-").value() == std::nullopt);
static_assert(parse_cap_cell("").value() == std::optional<Headcount>{0});
static_assert(parse_cap_cell("520").value() == std::optional<Headcount>{520});
}  // namespace

TEST_CASE("counts with and without thousands separators") {
  CHECK(parse_count("0").value() == 0);
  CHECK(parse_count(" 3393 ").value() == 3393);
  CHECK(parse_count("12.345.678").value() == 12'345'678);
  CHECK(parse_count("\xC2\xA0"
                    "16")
            .value() == 16);  // a no-break space before the number
  CHECK(parse_count("4294967295").value() == 4'294'967'295u);
}

TEST_CASE("bad counts name what was expected") {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"-5", "not negative"},
      {"+5", "without a sign"},
      {"4294967296", "no larger than 4294967295"},
      {"99999999999999999999999", "no larger than 4294967295"},
      {"12a", "digits only"},
      {"1,5", "digits only"},
      {"1.48", "grouped in threes"},
      {"1.4810", "grouped in threes"},
      {"1234.567", "grouped in threes"},
      {".481", "grouped in threes"},
      {"1..481", "grouped in threes"},
      {"", "a count"},
      {"drie", "digits only"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    const auto n = parse_count(c.text);
    REQUIRE_FALSE(n);
    CHECK(std::string(n.error().expected_text()).find(c.expected) != std::string::npos);
  }
}

TEST_CASE("cells: a blank deployed count is 0, a dash cap is no framework") {
  CHECK(parse_count_cell("\xC2\xA0").value() == 0);
  CHECK(parse_cap_cell(" - ").value() == std::nullopt);
  CHECK(parse_cap_cell("3").value() == std::optional<Headcount>{3});
  CHECK_FALSE(parse_cap_cell("-3"));
  CHECK_FALSE(parse_count_cell("x"));
}
