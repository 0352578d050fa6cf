// The catalog finds nothing, but the analyst's own check does: the build fails naming that check.
#include <jvom/jvom.hpp>

namespace printed = jvom::as_printed;

inline constexpr jvom::MandateRow annex1[] = {
    {{"Europa"},
     "KFOR",
     printed::legal_basis("VNVR-resolutie 1244"),
     printed::end("Onbepaald"),
     printed::end("30 april 2026")},
};
inline constexpr jvom::PersonnelRow annex2[] = {
    {.region = {"EUROPA"},
     .mission = "KFOR",
     .framework_military = 4,
     .framework_civil = 0,
     .deployed_military = 3,
     .deployed_total = 3},
};
inline constexpr jvom::Report report{
    .period = printed::period("mei 2024 t/m april 2025"), .annex1 = annex1, .annex2 = annex2};

inline constexpr auto at_most_two =
    jvom::mission_check("acme.at_most_two_deployed", jvom::Severity::warning, "more than two people deployed",
                        [](const jvom::Mission& m) { return m.deployed.total() > 2; });

static_assert(jvom::valid<report>());  // the catalog alone passes
static_assert(jvom::valid<report, jvom::default_config, at_most_two>());
