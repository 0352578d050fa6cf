#pragma once

/// The value types of a report and the parsers of their printed text, without the checks, the
/// algorithms or the message catalog: for code that holds, builds or reads report data and runs no
/// checks (a dataset header that does not validate itself, a converter), at a fraction of `jvom.hpp`'s
/// compile time (benchmarks/RESULTS.md).
#include "jvom/acknowledgement.hpp"
#include "jvom/annex.hpp"
#include "jvom/claim.hpp"
#include "jvom/end_date.hpp"
#include "jvom/headcount.hpp"
#include "jvom/legal_basis.hpp"
#include "jvom/mandate.hpp"
#include "jvom/mission.hpp"
#include "jvom/national_framework.hpp"
#include "jvom/personnel_count.hpp"
#include "jvom/region.hpp"
#include "jvom/report.hpp"
#include "jvom/reporting_period.hpp"
#include "jvom/text/as_printed.hpp"
#include "jvom/text/count.hpp"
#include "jvom/text/date.hpp"
#include "jvom/text/legal_basis.hpp"
#include "jvom/text/period.hpp"
#include "jvom/text/region.hpp"
#include "jvom/un_count.hpp"
