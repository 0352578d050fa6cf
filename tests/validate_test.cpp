// The words a failed compile-time validation prints (jvom/checks/validate.hpp): each finding by check,
// mission and row; their number when there are several, eight named at most; long text cut visibly.
// The build failures themselves are the diagnostics.* tests (tests/first_error_line.cmake).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include <jvom/jvom.hpp>

using namespace jvom;
using detail::Unacknowledged;

namespace {

constexpr Finding raised(std::string_view check, std::string_view mission, Source source) {
  Finding f = finding(mission, "what");
  f.check = check;
  f.with("reference date", Count{1}, Source::reporting_period()).with("value", Count{2}, source);
  return f;
}

template <std::size_t N>
std::string text_of(const detail::FixedText<N>& t) {
  return std::string(t.text, t.size());
}

std::string in_words(const Unacknowledged& u) { return text_of(u.in_words()); }

}  // namespace

TEST_CASE("validate: one finding, by check, mission and the first value that comes from a row") {
  Unacknowledged u;
  u.add(raised("dates.mandate_expired", "UNIFIL", Source::annex1_row(3)));
  CHECK(u.count == 1);
  CHECK(in_words(u) == "dates.mandate_expired UNIFIL (annex 1 row 3)");

  const auto where = [](Source s) {
    Unacknowledged one;
    one.add(raised("c.x", "M", s));
    return in_words(one);
  };
  CHECK(where(Source::annex2_row(12)) == "c.x M (annex 2 row 12)");
  CHECK(where(Source::totals_row()) == "c.x M (annex 2 Totaal row)");
  CHECK(where(Source::acknowledgement_row(2)) == "c.x M (acknowledgement 2)");
  CHECK(where(Source::un_row(4000000000u)) == "c.x M (Dutch UN figures row 4000000000)");
  CHECK(where(Source::narrative("2.3.1")) == "c.x M (narrative 2.3.1)");
  CHECK(where(Source::computed()) == "c.x M");  // no row to point at
  CHECK(where(Source::annex1_row(0)) == "c.x M");  // a mission annex 1 does not list

  Unacknowledged report_wide;
  report_wide.add(raised("totals.column_sum", "", Source::totals_row()));
  CHECK(in_words(report_wide) == "totals.column_sum the report (annex 2 Totaal row)");
}

TEST_CASE("validate: several findings give their number and name eight, in the order they came") {
  Unacknowledged first_check, second_check;
  for (std::uint32_t row = 1; row <= 5; ++row)
    first_check.add(raised("a.one", "M", Source::annex1_row(row)));
  for (std::uint32_t row = 1; row <= 6; ++row) second_check.add(raised("b.two", "N", Source::annex2_row(row)));
  CHECK(first_check.count == 5);
  CHECK(second_check.count == 6);

  Unacknowledged all;
  all.add(first_check);
  all.add(second_check);
  CHECK(all.count == 11);
  CHECK(in_words(all) ==
        "11 findings: a.one M (annex 1 row 1); a.one M (annex 1 row 2); a.one M (annex 1 row 3); "
        "a.one M (annex 1 row 4); a.one M (annex 1 row 5); b.two N (annex 2 row 1); b.two N (annex 2 row 2); "
        "b.two N (annex 2 row 3); and 3 more");

  Unacknowledged eight;
  for (std::uint32_t row = 1; row <= 8; ++row) eight.add(raised("c.x", "M", Source::annex1_row(row)));
  CHECK(in_words(eight).ends_with("c.x M (annex 1 row 8)"));  // all eight named: no "more"
}

TEST_CASE("validate: a name too long for its place ends in dots, and the text stays within its capacity") {
  const std::string long_name(400, 'x');
  Unacknowledged u;
  u.add(raised("dates.mandate_expired", long_name, Source::annex1_row(1)));
  const std::string words = in_words(u);
  CHECK(words.size() == 159);  // a finding's place holds 160 characters with the terminating zero
  CHECK(words.starts_with("dates.mandate_expired xxx"));
  CHECK(words.ends_with("xxx..."));

  Unacknowledged many;
  for (int i = 0; i < 20; ++i) many.add(raised("dates.mandate_expired", long_name, Source::annex1_row(1)));
  const std::string all = in_words(many);
  CHECK(all.starts_with("20 findings: "));
  CHECK(all.ends_with("...; and 12 more"));
  CHECK(all.size() < decltype(many.in_words())::capacity);
}

TEST_CASE("validate: the words are made in a constant expression, as valid() makes them") {
  constexpr auto words = [] {
    Unacknowledged u;
    u.add(raised("dates.framework_expired", "KFOR", Source::annex1_row(7)));
    return u.in_words();
  }();
  static_assert(std::string_view(words.text, words.size()) == "dates.framework_expired KFOR (annex 1 row 7)");
  CHECK(words.size() == 44);
}
