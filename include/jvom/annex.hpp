#pragma once

#include <boost/describe/class.hpp>
#include <cstddef>
#include <optional>
#include <string_view>

#include "jvom/end_date.hpp"
#include "jvom/ext/characters.hpp"
#include "jvom/headcount.hpp"
#include "jvom/legal_basis.hpp"
#include "jvom/mandate.hpp"
#include "jvom/personnel_count.hpp"
#include "jvom/region.hpp"

/// The two annex tables, one row type each, with exactly the columns the report prints (and the
/// CSV dataset folder holds): the rows are the data as published; missions are derived from them.
namespace jvom {

/// A row of annex 1 (Bijlage 1): legal basis, end of the international mandate, end of the
/// national framework.
struct MandateRow {
  Region region{};
  std::string_view mission{};  ///< as printed: "UNTSO (Libanon en Golan)"
  LegalBasis legal_basis{};
  EndDate mandate_end{};
  EndDate framework_end{};

  [[nodiscard]] constexpr Mandate mandate() const noexcept { return {legal_basis, mandate_end}; }

  friend constexpr bool operator==(const MandateRow &, const MandateRow &) = default;
};
BOOST_DESCRIBE_STRUCT(MandateRow, (), (region, mission, legal_basis, mandate_end, framework_end))

/// A row of annex 2 (Bijlage 2): the national framework's caps and the personnel deployed in the
/// reporting period. The tables merge civil and police into one column. `deployed_total` is the
/// total as printed, a statement to check against the two columns, not computed.
struct PersonnelRow {
  Region region{};
  std::string_view mission{};                     ///< as printed, marks included: "NAVO oostflank (separate VGR)"
  std::optional<Headcount> framework_military{};  ///< nullopt where the table prints "-": no framework
  std::optional<Headcount> framework_civil{};     ///< an empty cell is a cap of 0
  Headcount deployed_military = 0;
  Headcount deployed_civil = 0;
  Headcount deployed_total = 0;

  /// The caps, or nullopt when the row has no national framework: a "-" and no positive cap beside it
  /// (Early Forward Presence/SOLE prints "-" for military and leaves civil blank).
  [[nodiscard]] constexpr std::optional<PersonnelCount> framework() const noexcept {
    const bool has_military = framework_military.has_value(), has_civil = framework_civil.has_value();
    const Headcount military = has_military ? *framework_military : 0, civil = has_civil ? *framework_civil : 0;
    if ((!has_military || !has_civil) && military == 0 && civil == 0) return std::nullopt;
    return PersonnelCount{.military = military, .civil_police = civil};
  }
  /// The personnel deployed, from the military and civil/police columns.
  [[nodiscard]] constexpr PersonnelCount deployed() const noexcept {
    return {.military = deployed_military, .civil_police = deployed_civil};
  }
  /// True when the row is covered by a separate progress report: "(separate VGR)" in the name.
  [[nodiscard]] constexpr bool separate_report() const noexcept {
    // The mark is looked for only from the first "(" on: for the many names without one, one search.
    const std::size_t open = ext::find_char(mission, '(');
    return open != std::string_view::npos &&
           ext::ifind(mission.substr(open), "separate VGR") != std::string_view::npos;
  }

  friend constexpr bool operator==(const PersonnelRow &, const PersonnelRow &) = default;
};
BOOST_DESCRIBE_STRUCT(PersonnelRow, (),
                      (region, mission, framework_military, framework_civil, deployed_military, deployed_civil,
                       deployed_total))

}  // namespace jvom
