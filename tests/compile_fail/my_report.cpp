#include <array>
#include <jvom/jvom.hpp>

namespace my_report {
namespace printed = jvom::as_printed;

inline constexpr std::array<jvom::MandateRow, 1> annex1{{
    {.region = {"Midden-Oosten"}, .mission = "UNIFIL", .legal_basis = printed::legal_basis("VNVR-resolutie 2695"),
     .mandate_end = printed::end("31 augustus 2024"), .framework_end = printed::end("30 juni 2028")},
}};
inline constexpr std::array<jvom::PersonnelRow, 1> annex2{{
    {.region = {"Midden-Oosten"}, .mission = "UNIFIL", .framework_military = printed::cap("1"),
     .framework_civil = printed::cap(""), .deployed_military = printed::count("2"), .deployed_total = 2},
}};
inline constexpr std::array<jvom::Acknowledgement, 1> known{{
    {"dates.framework_outlives_mandate", "UNIFIL", "the framework runs across yearly renewals"},
}};
inline constexpr jvom::Report report{.title = "JVOM, one mission", .period = printed::period("mei 2024 t/m april 2025"),
                                     .annex1 = annex1, .annex2 = annex2, .acknowledgements = known};
static_assert(jvom::valid<report>());

}  // namespace my_report
