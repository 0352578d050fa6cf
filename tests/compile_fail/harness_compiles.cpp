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

// The valid twins of the dataset cases: the same data, acknowledged or consistent, compiles.
namespace printed = jvom::as_printed;
inline constexpr jvom::MandateRow annex1[] = {
    {{"Midden-Oosten"},
     "UNIFIL",
     printed::legal_basis("VNVR-resolutie 2695"),
     printed::end("31 augustus 2024"),
     printed::end("31 augustus 2024")},
};
inline constexpr jvom::PersonnelRow annex2[] = {
    {.region = {"Midden-Oosten"},
     .mission = "UNIFIL",
     .framework_military = 1,
     .framework_civil = 0,
     .deployed_military = 2,
     .deployed_total = 2},
};
inline constexpr jvom::Acknowledgement acknowledged[] = {
    {"dates.mandate_expired", "UNIFIL", "extended by VNVR-resolutie 2749; the annex was not updated"},
    {"dates.framework_expired", "UNIFIL", "the framework was extended with the mandate"},
};
inline constexpr jvom::Report report{.period = printed::period("mei 2024 t/m april 2025"),
                                     .annex1 = annex1,
                                     .annex2 = annex2,
                                     .acknowledgements = acknowledged};
inline constexpr auto at_most_two =
    jvom::mission_check("acme.at_most_two_deployed", jvom::Severity::warning, "more than two people deployed",
                        [](const jvom::Mission& m) { return m.deployed.total() > 2; });
static_assert(jvom::valid<report>());
static_assert(jvom::valid<report, jvom::default_config, at_most_two>());
