#pragma once

#include <cstddef>
#include <span>

#include "jvom/checks/shared/mission_index.hpp"
#include "jvom/claim.hpp"
#include "jvom/ext/scratch.hpp"
#include "jvom/mission.hpp"

namespace jvom::checks {

/// The mission each claim of a report is about: the first, in mission order, whose name `same_mission`
/// matches the claim's, as `MissionIndex::find` gives it, looked up once for every check of a run.
class ClaimedMissions {
 public:
  constexpr ClaimedMissions(std::span<const Claim> claims, const MissionIndex& index) : mission_of_(claims.size()) {
    for (std::size_t c = 0; c < claims.size(); ++c) mission_of_[c] = index.find(claims[c].mission);
  }
  /// The same with an index of `missions` of its own.
  constexpr ClaimedMissions(std::span<const Claim> claims, std::span<const Mission> missions)
      : ClaimedMissions(claims, MissionIndex(missions)) {}

  /// The mission `claims[claim]` is about, or nullptr when no mission has its name.
  [[nodiscard]] constexpr const Mission* of(std::size_t claim) const noexcept { return mission_of_[claim]; }

 private:
  ext::Scratch<const Mission*> mission_of_;  // per claim: its mission, or nullptr
};

}  // namespace jvom::checks
