#pragma once

#include <tuple>

#include "jvom/checks/catalog/cross_annex.hpp"
#include "jvom/checks/catalog/dates.hpp"
#include "jvom/checks/catalog/narrative.hpp"
#include "jvom/checks/catalog/narrative_contribution.hpp"
#include "jvom/checks/catalog/narrative_people.hpp"
#include "jvom/checks/catalog/personnel.hpp"
#include "jvom/checks/catalog/totals.hpp"
#include "jvom/checks/catalog/un.hpp"

namespace jvom {

/// Every check jvom ships, in the order they run. IDs are stable: datasets acknowledge findings by them.
/// The README's table says what each finds; a test holds the table to this list.
inline constexpr std::tuple<
    checks::RowSum, checks::ColumnSum, checks::SuspectCells, checks::NarrativeTotals, checks::Duplicate, checks::SimilarNames,
    checks::MissingInAnnex2, checks::MissingInAnnex1, checks::RegionDiffers, checks::SpacingDiffers,
    checks::NoReferenceDate, checks::MandateExpired, checks::FrameworkExpired, checks::FrameworkOutlivesMandate,
    checks::ImplausibleDate,     checks::NoFramework, checks::FrameworkUnused, checks::RotationExceeded, checks::CivilWithoutCap,
    checks::NarrativePeriod, checks::NarrativeCount, checks::NarrativeDate, checks::NarrativeLegalBasis,
    checks::PostsOverFramework, checks::NamedOverDeployed, checks::ContributionEnded, checks::ContributionEnd,
    checks::Placeholder, checks::UnmatchedClaim, checks::UnOverFramework, checks::UnMissingInAnnex2,
    checks::UnAboveDeployed>
    catalog{};

/// The ID under which unmatched acknowledgements are reported.
inline constexpr std::string_view unused_acknowledgement_check = "acknowledgement.unused";

}  // namespace jvom
