#pragma once

#include <boost/describe/class.hpp>
#include <optional>

#include "jvom/end_date.hpp"
#include "jvom/personnel_count.hpp"

namespace jvom {

/// The cabinet's national framework for a contribution: the personnel caps (annex 2), or none where
/// the table prints "-", and when the framework ends (annex 1).
struct NationalFramework {
  std::optional<PersonnelCount> caps{};
  EndDate end{};

  [[nodiscard]] constexpr bool has_caps() const noexcept { return caps.has_value(); }

  friend constexpr bool operator==(const NationalFramework&, const NationalFramework&) = default;
};
BOOST_DESCRIBE_STRUCT(NationalFramework, (), (caps, end))

}  // namespace jvom
