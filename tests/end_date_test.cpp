#include <doctest/doctest.h>

#include <jvom/end_date.hpp>
#include <jvom/io/print.hpp>

using namespace std::chrono;
using jvom::EndDate;
using jvom::EndKind;

namespace {
constexpr EndDate unifil = EndDate::on(2024y / August / 31);
static_assert(unifil.kind() == EndKind::date && unifil.date() == 2024y / August / 31);
static_assert(EndDate{} == EndDate::not_set() && !EndDate{}.is_set() && !EndDate{}.date());
static_assert(EndDate::indefinite() != EndDate::ongoing());
static_assert(unifil.ends_before(2025y / April / 30) && !unifil.ends_before(2024y / August / 31));
static_assert(!EndDate::indefinite().ends_before(2025y / April / 30));
static_assert(EndDate::on(2028y / June / 30).outlasts(unifil) && !unifil.outlasts(unifil));
static_assert(EndDate::indefinite().outlasts(unifil) && EndDate::ongoing().outlasts(unifil));
static_assert(!EndDate{}.outlasts(unifil) && !unifil.outlasts(EndDate::indefinite()));
}  // namespace

TEST_CASE("EndDate has four states, and only dates carry a date") {
  CHECK(EndDate::indefinite().kind() == EndKind::indefinite);
  CHECK(EndDate::ongoing().kind() == EndKind::ongoing);
  CHECK(EndDate::not_set().kind() == EndKind::not_set);
  CHECK_FALSE(EndDate::indefinite().date().has_value());
  CHECK(unifil.date() == 2024y / August / 31);
}

TEST_CASE("EndDate::on rejects dates that do not exist") {
  CHECK_THROWS_AS((void)EndDate::on(2025y / February / 29), jvom::validation_error);
  CHECK_THROWS_AS((void)EndDate::on(2024y / April / 31), jvom::validation_error);
  CHECK(EndDate::on(2024y / February / 29).is_date());  // leap year
}
