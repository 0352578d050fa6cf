// A 2,000-mission dataset kept in a header validates at compile time within both compilers' default
// constant-evaluation limits (no -fconstexpr-steps or -fconstexpr-ops-limit): if this compiles, it passes.
#include "synthetic_dataset.hpp"

#ifndef JVOM_SCALE_ANY_SIZE  // benchmarks/run compiles this file at other sizes to time it
static_assert(synthetic::report.annex1.size() == 2000);
#endif
static_assert(jvom::valid<synthetic::report>());
