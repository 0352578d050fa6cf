#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "jvom/ext/hashed_index.hpp"
#include "jvom/mission.hpp"
#include "jvom/mission_key.hpp"

namespace jvom::checks {

/// Missions looked up by printed name (`same_mission`: key, case ignored) in O(1): their keys go into a
/// hash table once.
class MissionIndex {
 public:
  constexpr explicit MissionIndex(std::span<const Mission> missions) : missions_(missions), by_key_(missions.size()) {
    // Only the first mission of a key goes in: `find` wants no other, and a key's every copy would make
    // the next insert of that key probe past them all.
    ext::for_each_hashed(
        by_key_, missions.size(), [&](std::size_t i) { return mission_hash(missions[i].name); },
        [&](std::size_t i, std::uint64_t hash) {
          by_key_.find_or_insert(
              hash, i, [&](std::size_t earlier) { return same_mission(missions[earlier].name, missions[i].name); });
        });
  }

  /// The first mission (in mission order) named `name`, or nullptr.
  [[nodiscard]] constexpr const Mission* find(std::string_view name) const {
    const std::string_view key = mission_key(name);
    const Mission* found = nullptr;
    by_key_.find_if(key_hash(key), [&](std::size_t i) {
      if (!same_key(mission_key(missions_[i].name), key)) return false;
      found = &missions_[i];
      return true;
    });
    return found;
  }

 private:
  std::span<const Mission> missions_;
  ext::HashedIndex by_key_;
};

}  // namespace jvom::checks
