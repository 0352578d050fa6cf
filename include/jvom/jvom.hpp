#pragma once

/// Everything in jvom's core: value types, text parsers and (as they land) algorithms and checks.
/// Input and output (CSV, JSON, Markdown, printing) are separate, opt-in headers under jvom/io/.

#include "jvom/version.hpp"

#include "jvom/acknowledgement.hpp"
#include "jvom/annex.hpp"
#include "jvom/claim.hpp"
#include "jvom/end_date.hpp"
#include "jvom/error.hpp"
#include "jvom/headcount.hpp"
#include "jvom/legal_basis.hpp"
#include "jvom/mandate.hpp"
#include "jvom/mission.hpp"
#include "jvom/national_framework.hpp"
#include "jvom/owned_report.hpp"
#include "jvom/parsed.hpp"
#include "jvom/personnel_count.hpp"
#include "jvom/region.hpp"
#include "jvom/report.hpp"
#include "jvom/reporting_period.hpp"

#include "jvom/describe.hpp"
#include "jvom/mission_key.hpp"

#include "jvom/algorithms/categories.hpp"
#include "jvom/algorithms/group_by.hpp"
#include "jvom/algorithms/groupings.hpp"
#include "jvom/algorithms/join.hpp"
#include "jvom/algorithms/rotation.hpp"
#include "jvom/algorithms/staffed.hpp"
#include "jvom/algorithms/totals.hpp"

#include "jvom/text/as_printed.hpp"
#include "jvom/text/characters.hpp"
#include "jvom/text/count.hpp"
#include "jvom/text/date.hpp"
#include "jvom/text/legal_basis.hpp"
#include "jvom/text/period.hpp"
#include "jvom/text/region.hpp"
