#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <chrono>
#include <cstdint>
#include <string_view>

#include "jvom/headcount.hpp"

namespace jvom {

/// The UN's personnel types, as its monthly reports on uniformed personnel name them.
enum class UnPersonnelType : std::uint8_t {
  troops,              ///< "Troops" (before May 2017 staff officers were counted here too)
  staff_officer,       ///< "Staff Officer"
  experts_on_mission,  ///< "Experts on Mission": military observers and experts
  individual_police,   ///< "Individual Police"
  formed_police_unit,  ///< "Formed Police Units"
};
BOOST_DESCRIBE_ENUM(UnPersonnelType, troops, staff_officer, experts_on_mission, individual_police, formed_police_unit)

/// True for the types a national framework's military cap covers: troops, staff officers and experts on
/// mission. The police types fall under the civil/police cap.
[[nodiscard]] constexpr bool counts_as_military(UnPersonnelType type) noexcept {
  return type == UnPersonnelType::troops || type == UnPersonnelType::staff_officer ||
         type == UnPersonnelType::experts_on_mission;
}

/// One row of the UN's "Contribution of Uniformed Personnel to UN by Country, Mission, and Personnel Type":
/// how many of one country's personnel of one type served in one mission on one day (the last of a month),
/// a headcount at that day. A Report holds the rows of its own country (`Report::un_counts`).
struct UnCount {
  std::string_view mission{};  ///< Mission_Acronym, as the UN writes it: "UNTSO"
  UnPersonnelType type{};
  std::chrono::year_month_day reported{};  ///< Last_Reporting_Date: the day counted
  Headcount female = 0;
  Headcount male = 0;

  /// Everyone counted; 64 bits, so that it never wraps.
  [[nodiscard]] constexpr std::uint64_t people() const noexcept { return std::uint64_t{female} + male; }

  friend constexpr bool operator==(const UnCount&, const UnCount&) = default;
};
BOOST_DESCRIBE_STRUCT(UnCount, (), (mission, type, reported, female, male))

}  // namespace jvom
