#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "jvom/detail/hashed_index.hpp"
#include "jvom/detail/scratch.hpp"
#include "jvom/mission.hpp"
#include "jvom/mission_key.hpp"

namespace jvom {

/// Missions looked up by printed name (`same_mission`: key, case ignored) in O(1): their keys go into a
/// hash table once.
class MissionIndex {
 public:
  constexpr explicit MissionIndex(std::span<const Mission> missions)
      : missions_(missions), keys_(missions.size()), by_key_(missions.size()) {
    // Hashes first, then the table, prefetching a few ahead: on large reports every insert misses the cache.
    constexpr std::size_t ahead = 16;
    detail::Scratch<std::uint64_t> hashes(missions.size());
    for (std::size_t i = 0; i < missions.size(); ++i) {
      keys_[i] = mission_key(missions[i].name);
      hashes[i] = key_hash(keys_[i]);
    }
    for (std::size_t i = 0; i < missions.size(); ++i) {
      if (i + ahead < missions.size()) by_key_.prefetch(hashes[i + ahead]);
      by_key_.insert(hashes[i], i);
    }
  }

  /// The first mission (in mission order) named `name`, or nullptr.
  [[nodiscard]] constexpr const Mission* find(std::string_view name) const {
    const std::string_view key = mission_key(name);
    const Mission* found = nullptr;
    by_key_.find_if(key_hash(key), [&](std::size_t i) {
      if (!same_key(keys_[i], key)) return false;
      found = &missions_[i];
      return true;
    });
    return found;
  }

 private:
  std::span<const Mission> missions_;
  detail::Scratch<std::string_view> keys_;
  detail::HashedIndex by_key_;
};

}  // namespace jvom
