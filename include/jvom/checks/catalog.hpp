#pragma once

#include <tuple>

#include "jvom/checks/cross_annex.hpp"
#include "jvom/checks/dates.hpp"
#include "jvom/checks/narrative.hpp"
#include "jvom/checks/narrative_contribution.hpp"
#include "jvom/checks/narrative_people.hpp"
#include "jvom/checks/personnel.hpp"
#include "jvom/checks/totals.hpp"

namespace jvom {

/// Every check jvom ships, in the order they run. IDs are stable: datasets acknowledge findings by them.
///
/// | ID | severity | finds |
/// |---|---|---|
/// | totals.row_sum | error | a row's printed Totaal is not military + civil/police |
/// | totals.column_sum | error | a column of the printed Totaal row is not the sum of the rows |
/// | totals.narrative | error | a total the text states is not what the rows add up to |
/// | crossannex.duplicate | error | one annex lists a mission twice |
/// | crossannex.similar_names | warning | names in the two annexes almost the same (a typo, swapped letters) |
/// | crossannex.missing_in_annex2 | warning | annex 1 lists a mission annex 2 does not |
/// | crossannex.missing_in_annex1 | warning | annex 2 lists a mission annex 1 does not (separate VGR excepted) |
/// | crossannex.region_differs | warning | the annexes put a mission under different regions |
/// | crossannex.spacing_differs | info | the annexes print a mission's name with different spaces |
/// | dates.no_reference_date | error | no period to check the dates against |
/// | dates.mandate_expired | error | the mandate ended before the period did, people deployed |
/// | dates.framework_expired | error | the national framework ended before the period did, people deployed |
/// | dates.framework_outlives_mandate | info | the national framework runs longer than its mandate |
/// | personnel.no_framework | warning | people deployed without a national framework |
/// | personnel.framework_unused | info | a framework with posts, nobody deployed |
/// | personnel.rotation_exceeded | warning | more people than tours of Config::min_tour_months allow |
/// | personnel.civil_without_cap | warning | civil/police deployed without a civil/police cap |
/// | narrative.period | error | the text states another reporting period |
/// | narrative.count | error | the text states a count annex 2 does not print |
/// | narrative.date | error | the text states an end annex 1 does not print |
/// | narrative.legal_basis | error | the text states a legal basis annex 1 does not print |
/// | narrative.posts_over_framework | error | the text puts more people in post at one time than the caps allow |
/// | narrative.named_over_deployed | error | the text names more people than annex 2 says were deployed |
/// | narrative.contribution_ended | error | the text says the contribution ended before the period, people counted |
/// | narrative.contribution_end | error | the text ends the contribution otherwise than annex 1 its framework |
/// | narrative.placeholder | warning | text left unfinished: "Kamerstuk XXX", "[PM]", "xx-xx-xxxx" |
/// | narrative.unmatched_claim | warning | the text speaks of a mission the annex does not list |
/// | acknowledgement.unused | warning | an acknowledgement that matches no finding |
inline constexpr std::tuple<
    checks::RowSum, checks::ColumnSum, checks::NarrativeTotals, checks::Duplicate, checks::SimilarNames,
    checks::MissingInAnnex2, checks::MissingInAnnex1, checks::RegionDiffers, checks::SpacingDiffers,
    checks::NoReferenceDate,
    checks::MandateExpired, checks::FrameworkExpired, checks::FrameworkOutlivesMandate, checks::NoFramework,
    checks::FrameworkUnused, checks::RotationExceeded, checks::CivilWithoutCap, checks::NarrativePeriod,
    checks::NarrativeCount, checks::NarrativeDate, checks::NarrativeLegalBasis, checks::PostsOverFramework,
    checks::NamedOverDeployed, checks::ContributionEnded, checks::ContributionEnd, checks::Placeholder,
    checks::UnmatchedClaim>
    catalog{};

/// The ID under which unmatched acknowledgements are reported.
inline constexpr std::string_view unused_acknowledgement_check = "acknowledgement.unused";

}  // namespace jvom
