// The catalog finds nothing, but the analyst's own check does: the build fails naming that check.
#include "kfor_dataset.hpp"

inline constexpr jvom::Report report{.period = kfor_period, .annex1 = kfor_annex1, .annex2 = kfor_annex2};

inline constexpr auto at_most_two =
    jvom::mission_check("acme.at_most_two_deployed", jvom::Severity::warning, "more than two people deployed",
                        [](const jvom::Mission& m) { return m.deployed.total() > 2; });

static_assert(jvom::valid<report>());  // the catalog alone passes
static_assert(jvom::valid<report, jvom::default_config, at_most_two>());
