// Five missions whose mandate and framework ran out while people were deployed: ten findings, none
// acknowledged. The first error line gives their number and names the first eight, in catalog order.
#include <jvom/jvom.hpp>

namespace printed = jvom::as_printed;

#define ENDED_ROW(area, name) \
  {{area}, name, printed::legal_basis("VNVR-resolutie 2695"), printed::end("31 augustus 2024"), printed::end("31 augustus 2024")}
#define DEPLOYED_ROW(area, name) \
  {.region = {area}, .mission = name, .framework_military = 4, .framework_civil = 0, .deployed_military = 2, .deployed_total = 2}

inline constexpr jvom::MandateRow annex1[] = {
    ENDED_ROW("Midden-Oosten", "UNIFIL"), ENDED_ROW("Europa", "KFOR"), ENDED_ROW("Afrika", "MINUSMA"),
    ENDED_ROW("Afrika", "UNMISS"),        ENDED_ROW("Azië", "UNAMA"),
};
inline constexpr jvom::PersonnelRow annex2[] = {
    DEPLOYED_ROW("Midden-Oosten", "UNIFIL"), DEPLOYED_ROW("Europa", "KFOR"), DEPLOYED_ROW("Afrika", "MINUSMA"),
    DEPLOYED_ROW("Afrika", "UNMISS"),        DEPLOYED_ROW("Azië", "UNAMA"),
};
inline constexpr jvom::Report report{
    .period = printed::period("mei 2024 t/m april 2025"), .annex1 = annex1, .annex2 = annex2};

static_assert(jvom::valid<report>());
