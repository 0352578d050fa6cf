#include <doctest/doctest.h>

#include <jvom/io/print.hpp>
#include <jvom/text/date.hpp>
#include <random>
#include <string>
#include <vector>

using namespace std::chrono;
using jvom::EndDate;
using jvom::text::parse_date;
using jvom::text::parse_end_date;
using jvom::text::parse_month;

namespace {
// Every form annex 1 of the 2025 report prints, read at compile time.
static_assert(parse_end_date("31 augustus 2024").value() == EndDate::on(2024y / August / 31));
static_assert(parse_end_date("9 juli 2025").value() == EndDate::on(2025y / July / 9));
static_assert(parse_end_date("31 dec 2026").value() == EndDate::on(2026y / December / 31));
static_assert(parse_end_date("Onbepaald").value() == EndDate::indefinite());
static_assert(parse_end_date("Doorlopend").value() == EndDate::ongoing());
static_assert(parse_end_date("-").value() == EndDate::not_set());
static_assert(parse_end_date("\xC2\xB7 ").value() == EndDate::not_set());  // "· " as GPOI's cell prints it
static_assert(parse_end_date("").value() == EndDate::not_set());
static_assert(parse_end_date("\xC2\xA0").value() == EndDate::not_set());  // a no-break space only
static_assert(parse_date("2024-08-31").value() == 2024y / August / 31);
static_assert(!parse_date("31 februari 2025"));
}  // namespace

TEST_CASE("every month, by full name and by abbreviation, in any case") {
  struct Case {
    const char* text;
    unsigned month;
  };
  const Case cases[] = {
      {"januari", 1}, {"jan", 1},       {"jan.", 1},      {"februari", 2},  {"feb", 2},   {"febr.", 2},
      {"maart", 3},   {"mrt", 3},       {"mrt.", 3},      {"april", 4},     {"apr", 4},   {"mei", 5},
      {"MEI", 5},     {"juni", 6},      {"jun", 6},       {"juli", 7},      {"jul.", 7},  {"augustus", 8},
      {"aug", 8},     {"Aug.", 8},      {"september", 9}, {"sep", 9},       {"sept.", 9}, {"oktober", 10},
      {"okt", 10},    {"november", 11}, {"nov", 11},      {"december", 12}, {"dec", 12},  {"DECEMBER", 12},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    const auto m = parse_month(c.text);
    REQUIRE(m.has_value());
    CHECK(static_cast<unsigned>(*m) == c.month);
  }
}

TEST_CASE("dates as printed") {
  CHECK(parse_date("1 januari 2025").value() == 2025y / January / 1);
  CHECK(parse_date("  30 juni 2028 ").value() == 2028y / June / 30);
  CHECK(parse_date("29 februari 2024").value() == 2024y / February / 29);
  CHECK(parse_date("31 dec. 2026").value() == 2026y / December / 31);
  CHECK(parse_date("01 mei 2024").value() == 2024y / May / 1);
}

TEST_CASE("bad dates say what was expected and what was found, and where") {
  struct Case {
    const char* text;
    const char* expected;
    const char* found;
    std::size_t offset;
  };
  const Case cases[] = {
      {"31 februari 2025", "a day that exists in that month", "31 februari 2025", 0},
      {"29 februari 2025", "a day that exists in that month", "29 februari 2025", 0},
      {"31 april 2025", "a day that exists in that month", "31 april 2025", 0},
      {"31 agustus 2024", "a Dutch month name", "agustus", 3},
      {"32 mei 2024", "a day number (1 to 31)", "32", 0},
      {"0 mei 2024", "a day number (1 to 31)", "0", 0},
      {"31 mei 24", "a four-digit year", "24", 7},
      {"31 mei", "a four-digit year", "", 6},
      {"31 mei 2024 extra", "the end of the date", "extra", 12},
      {"", "a date such as 31 augustus 2024", "", 0},
      {"2024-13-01", "a month number 01 to 12", "13", 5},
      {"2024-02-30", "a day that exists in that month", "2024-02-30", 0},
      {"2024-0x-01", "an ISO date YYYY-MM-DD", "2024-0x-01", 0},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    const auto d = parse_date(c.text);
    REQUIRE_FALSE(d.has_value());
    CHECK(std::string(d.error().expected_text()).find(c.expected) != std::string::npos);
    CHECK(d.error().found == c.found);
    CHECK(d.error().offset == c.offset);
  }
}

TEST_CASE("end dates: keywords, placeholders and errors") {
  CHECK(parse_end_date("ONBEPAALD").value() == EndDate::indefinite());
  CHECK(parse_end_date(" doorlopend").value() == EndDate::ongoing());
  CHECK(parse_end_date("\xE2\x80\x93").value() == EndDate::not_set());  // en dash
  const auto typo = parse_end_date("Onbepald");
  REQUIRE_FALSE(typo);
  CHECK(typo.error().expected == jvom::Expected::end_date);
  CHECK(typo.error().found == "Onbepald");
  CHECK_FALSE(parse_end_date("31 februari 2025"));
}

TEST_CASE("asking a failed parse for its value throws with both sides named") {
  CHECK_THROWS_WITH_AS((void)parse_date("31 februari 2025").value(),
                       "expected a day that exists in that month, found '31 februari 2025'", jvom::validation_error);
}

TEST_CASE("no input makes a parser misbehave: every byte value in every position") {
  // Short strings over an alphabet of the characters the parsers branch on, plus bytes of UTF-8.
  const char alphabet[] = {'0', '9', ' ', '-', '.', 'a', 'm', 'e', 'i', '\xC2', '\xA0', '\xB7', '\0', '/'};
  std::string s;
  for (const char a : alphabet)
    for (const char b : alphabet)
      for (const char c : alphabet) {
        s = {a, b, c};
        const auto d = parse_date(s);
        const auto e = parse_end_date(s);
        if (!d) CHECK(d.error().offset + d.error().found.size() <= s.size());
        if (!e) CHECK(e.error().offset + e.error().found.size() <= s.size());
      }
}

TEST_CASE("the usual shape of a date reads as the full parser reads it, and anything near it too") {
  // Dates built from pieces near the usual shape: odd days, blanks of every kind, abbreviations, case,
  // days that do not exist, stray characters. parse_date takes a shortcut for the usual shape; the result
  // (value or error) must be the full parser's.
  const std::vector<std::string> days{"1", "09", "31", "0", "32", "123", "", "x", " 7"};
  const std::vector<std::string> months{"december", "DECEMBER", "juni", "sept.", "aug.", "mrt", "febr.", "feb",
                                        "decembr", "mei.", "", ".", "juni.", "m\xC3\xA4rz"};
  const std::vector<std::string> years{"2024", "2028", "0000", "99", "20245", "20x4"};
  const std::vector<std::string> gaps{" ", "  ", "\t", "\xC2\xA0", ""};
  std::mt19937 random(5);
  std::size_t usual = 0;
  for (int i = 0; i < 20000; ++i) {
    const auto pick = [&](const std::vector<std::string>& v) { return v[random() % v.size()]; };
    const std::string gap1 = random() % 4 != 0 ? " " : pick(gaps), gap2 = random() % 4 != 0 ? " " : pick(gaps);
    std::string text = pick(days) + gap1 + pick(months) + gap2 + pick(years);
    if (random() % 10 == 0) text = pick(gaps) + text + pick(gaps);
    CAPTURE(text);
    const auto shortcut = parse_date(text);
    const auto full = jvom::text::detail::parse_date_in_full(text);
    REQUIRE(shortcut.has_value() == full.has_value());
    if (full) {
      CHECK(*shortcut == *full);
      usual += jvom::text::detail::usual_date(text).has_value() ? 1u : 0u;
    } else {
      CHECK(shortcut.error() == full.error());
    }
  }
  CHECK(usual > 1000);  // the shortcut was taken often enough for the comparison to mean something
}
