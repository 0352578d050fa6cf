#pragma once

// One consistent mission, KFOR, in both annexes: the dataset the compile-fail cases change one thing of.
#include <jvom/jvom.hpp>

namespace printed = jvom::as_printed;

inline constexpr jvom::MandateRow kfor_annex1[] = {
    {{"Europa"},
     "KFOR",
     printed::legal_basis("VNVR-resolutie 1244"),
     printed::end("Onbepaald"),
     printed::end("30 april 2026")},
};
inline constexpr jvom::PersonnelRow kfor_annex2[] = {
    {.region = {"EUROPA"},
     .mission = "KFOR",
     .framework_military = 4,
     .framework_civil = 0,
     .deployed_military = 3,
     .deployed_total = 3},
};
inline constexpr jvom::ReportingPeriod kfor_period = printed::period("mei 2024 t/m april 2025");
