// A dataset kept in a header whose mandate ran out while people were deployed, not acknowledged:
// the build fails, and the diagnostic names the check and the mission.
#include "unifil_dataset.hpp"

inline constexpr jvom::Report report{.period = unifil_period, .annex1 = unifil_annex1, .annex2 = unifil_annex2};

static_assert(jvom::valid<report>());
