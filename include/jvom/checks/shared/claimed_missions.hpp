#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>

#include "jvom/claim.hpp"
#include "jvom/detail/listings.hpp"
#include "jvom/error.hpp"
#include "jvom/ext/hash_filter.hpp"
#include "jvom/ext/hashed_index.hpp"
#include "jvom/ext/prefetch.hpp"
#include "jvom/ext/scratch.hpp"
#include "jvom/mission.hpp"
#include "jvom/mission_key.hpp"

namespace jvom::checks {

/// The mission each claim of a report is about: the first, in mission order, whose name `same_mission`
/// matches the claim's, as `MissionIndex::find` gives it.
///
/// Made in one pass over the missions against an index of the claims' names, not by looking each claim
/// up in an index of every mission: a report states far fewer claims than it lists missions, and a table
/// of the claims stays in cache where one of the missions would be the size of the report.
class ClaimedMissions {
 public:
  constexpr ClaimedMissions(std::span<const Claim> claims, std::span<const Mission> missions)
      : missions_(missions), mission_of_(claims.size()) {
    if (missions.size() >= std::numeric_limits<std::uint32_t>::max())
      jvom::detail::fail("ClaimedMissions: 2^32 - 1 missions or more (positions are 32-bit numbers)");
    // Only the first claim of each name goes into the index; the others take its mission at the end.
    ext::HashedIndex first_by_key(claims.size());
    ext::Scratch<std::uint32_t> first_of(claims.size());
    jvom::detail::for_each_listing(claims, first_by_key, [&](std::size_t c, std::size_t earlier) {
      first_of[c] = static_cast<std::uint32_t>(earlier == jvom::detail::not_listed_before ? c : earlier);
    });
    if (claims.empty()) return;
    // Most missions are the subject of no claim: a filter of the claims' names, a few bits each, turns
    // them away with one bit, before any probe of the table. It changes no result (a test holds this to
    // MissionIndex::find); it gains at scale (docs/performance.md).
    ext::HashFilter named(32 * claims.size());
    for (std::size_t c = 0; c < claims.size(); ++c)
      if (first_of[c] == c) named.add(mission_hash(claims[c].mission));
    ext::for_each_hashed(
        named, missions.size(),
        [&](std::size_t m) {
          ext::hint_names_ahead(missions, &Mission::name, m);
          const std::uint64_t hash = mission_hash(missions[m].name);
          first_by_key.prefetch(hash);  // the table too, for the few the filter lets through
          return hash;
        },
        [&](std::size_t m, std::uint64_t hash) {
          if (!named.may_hold(hash)) return;
          first_by_key.find_if(hash, [&](std::size_t c) {
            if (mission_of_[c] != 0 || !same_mission(claims[c].mission, missions[m].name)) return false;
            mission_of_[c] = static_cast<std::uint32_t>(m + 1);  // the first mission of its name
            return true;
          });
        });
    for (std::size_t c = 0; c < claims.size(); ++c) mission_of_[c] = mission_of_[first_of[c]];
  }

  /// The mission `claims[claim]` is about, or nullptr when no mission has its name.
  [[nodiscard]] constexpr const Mission* of(std::size_t claim) const noexcept {
    const std::uint32_t m = mission_of_[claim];
    return m == 0 ? nullptr : &missions_[m - 1];
  }

 private:
  std::span<const Mission> missions_;
  ext::Scratch<std::uint32_t> mission_of_;  // per claim: the 1-based mission, or 0
};

}  // namespace jvom::checks
