// The 2,000-mission dataset with its seeded findings unacknowledged: the build fails, naming the first.
#define JVOM_SYNTHETIC_UNACKNOWLEDGED
#include "synthetic_dataset.hpp"

static_assert(jvom::valid<synthetic::report>());
