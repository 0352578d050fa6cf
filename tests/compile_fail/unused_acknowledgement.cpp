// A consistent dataset that acknowledges a finding nobody raises: the stale acknowledgement fails the build.
#include "kfor_dataset.hpp"

inline constexpr jvom::Acknowledgement acknowledged[] = {
    {"dates.mandate_expired", "KFOR", "copied from last year's dataset"},
};
inline constexpr jvom::Report report{
    .period = kfor_period, .annex1 = kfor_annex1, .annex2 = kfor_annex2, .acknowledgements = acknowledged};

static_assert(jvom::valid<report>());
