// The printed "Totaal" row does not add up: totals.column_sum fails the build.
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
     .framework_military = 1,
     .framework_civil = 0,
     .deployed_military = 1,
     .deployed_total = 1},
};
inline constexpr jvom::Report report{
    .period = printed::period("mei 2024 t/m april 2025"),
    .annex1 = annex1,
    .annex2 = annex2,
    .printed_totals = jvom::PersonnelRow{.mission = "Totaal",
                                         .framework_military = 1,
                                         .framework_civil = 0,
                                         .deployed_military = 2,
                                         .deployed_total = 2},
};

static_assert(jvom::valid<report>());
