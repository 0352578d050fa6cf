// A dataset kept in a header whose mandate ran out while people were deployed, not acknowledged:
// the build fails, and the diagnostic names the check and the mission.
#include <jvom/jvom.hpp>

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
inline constexpr jvom::Report report{
    .period = printed::period("mei 2024 t/m april 2025"), .annex1 = annex1, .annex2 = annex2};

static_assert(jvom::valid<report>());
