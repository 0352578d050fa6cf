// The 2025 report's text, exported by jvom-check --export-header with the acknowledgements beside it: the
// header compiles, and its static_assert(jvom::valid<report>()) passes. If this object builds, the test passed.
#include "jvom2025_document.hpp"

static_assert(jvom2025_document::annex1.size() == 14);
static_assert(jvom2025_document::annex2.size() == 18);
static_assert(jvom2025_document::claims.size() == 37);
