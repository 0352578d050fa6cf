// A dataset kept in a header whose mandate ran out while people were deployed, not acknowledged (its
// framework's end is): the build fails, and the first error line names the check, the mission and the row.
#include "unifil_dataset.hpp"

inline constexpr jvom::Acknowledgement acknowledged[] = {
    {"dates.framework_expired", "UNIFIL", "the framework is extended every year"},
};
inline constexpr jvom::Report report{
    .period = unifil_period, .annex1 = unifil_annex1, .annex2 = unifil_annex2, .acknowledgements = acknowledged};

static_assert(jvom::valid<report>());
