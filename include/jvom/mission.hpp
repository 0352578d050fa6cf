#pragma once

#include <boost/describe/class.hpp>
#include <cstdint>
#include <string_view>

#include "jvom/mandate.hpp"
#include "jvom/national_framework.hpp"
#include "jvom/personnel_count.hpp"
#include "jvom/region.hpp"

namespace jvom {

/// One mission or operation with everything the report says of it: both annexes joined.
/// `annex1_row` and `annex2_row` say where each part comes from (1-based, 0 when that annex does not
/// list the mission), so that findings can point at the rows.
struct Mission {
  std::string_view name{};  ///< as printed in annex 2 (or annex 1 when only there)
  Region region{};          ///< annex 2's region (or annex 1's when only there)
  Mandate mandate{};
  NationalFramework framework{};
  PersonnelCount deployed{};
  bool separate_report = false;  ///< covered by a separate progress report ("separate VGR")
  std::uint32_t annex1_row = 0;
  std::uint32_t annex2_row = 0;

  [[nodiscard]] constexpr bool in_annex1() const noexcept { return annex1_row != 0; }
  [[nodiscard]] constexpr bool in_annex2() const noexcept { return annex2_row != 0; }

  friend constexpr bool operator==(const Mission&, const Mission&) = default;
};
BOOST_DESCRIBE_STRUCT(Mission, (),
                      (name, region, mandate, framework, deployed, separate_report, annex1_row, annex2_row))

}  // namespace jvom
