// The printed "Totaal" row does not add up: totals.column_sum fails the build.
#include "kfor_dataset.hpp"

inline constexpr jvom::Report report{
    .period = kfor_period,
    .annex1 = kfor_annex1,
    .annex2 = kfor_annex2,
    .printed_totals = jvom::PersonnelRow{.mission = "Totaal",
                                         .framework_military = 4,
                                         .framework_civil = 0,
                                         .deployed_military = 4,
                                         .deployed_total = 4},
};

static_assert(jvom::valid<report>());
