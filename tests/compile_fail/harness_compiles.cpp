// The twin of every compile-fail case: the same constructs with valid input compile.
#include <jvom/jvom.hpp>

using namespace std::chrono;
constexpr jvom::PersonnelCount four{.military = 4};
constexpr auto sum = jvom::checked_add(jvom::max_headcount - 1, 1);
constexpr auto date = jvom::as_printed::date("28 februari 2025");
constexpr auto abbreviated = jvom::as_printed::end("31 aug 2024");
constexpr auto basis = jvom::as_printed::legal_basis("VNVR-resolutie 82 en 83");
constexpr auto end = jvom::EndDate::on(2024y / February / 29);
constexpr jvom::ReportingPeriod period{2024y / May / 1, 2025y / April / 30};
static_assert(four.military == 4 && sum == jvom::max_headcount && date.ok() && abbreviated.is_date() &&
              basis.resolutions().size() == 2 && end.is_date() && period.days() == 365);
