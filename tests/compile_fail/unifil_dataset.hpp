#pragma once

// UNIFIL as annex 1 of 2025 prints it: mandate and framework ended on 31 augustus 2024, yet 2 deployed.
#include <jvom/jvom.hpp>

inline constexpr jvom::MandateRow unifil_annex1[] = {
    {{"Midden-Oosten"},
     "UNIFIL",
     jvom::as_printed::legal_basis("VNVR-resolutie 2695"),
     jvom::as_printed::end("31 augustus 2024"),
     jvom::as_printed::end("31 augustus 2024")},
};
inline constexpr jvom::PersonnelRow unifil_annex2[] = {
    {.region = {"Midden-Oosten"},
     .mission = "UNIFIL",
     .framework_military = 1,
     .framework_civil = 0,
     .deployed_military = 2,
     .deployed_total = 2},
};
inline constexpr jvom::ReportingPeriod unifil_period = jvom::as_printed::period("mei 2024 t/m april 2025");
