#pragma once

#include <boost/describe/class.hpp>
#include <string_view>

namespace jvom {

/// A known finding that a dataset accepts, with the reason: reported as acknowledged rather than as
/// a failure. An empty mission acknowledges the finding for the report as a whole.
struct Acknowledgement {
  std::string_view check{};    ///< the check's stable ID
  std::string_view mission{};  ///< the mission the finding names, as printed, or empty
  std::string_view reason{};

  friend constexpr bool operator==(const Acknowledgement&, const Acknowledgement&) = default;
};
BOOST_DESCRIBE_STRUCT(Acknowledgement, (), (check, mission, reason))

}  // namespace jvom
