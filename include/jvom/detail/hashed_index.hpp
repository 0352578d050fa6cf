#pragma once

#include <cstddef>
#include <cstdint>

#include "jvom/detail/scratch.hpp"
#include "jvom/error.hpp"

namespace jvom::detail {

// 64-bit FNV-1a, one byte at a time.
inline constexpr std::uint64_t fnv_offset = 14695981039346656037ull;
[[nodiscard]] constexpr std::uint64_t fnv_add(std::uint64_t hash, unsigned char byte) noexcept {
  return (hash ^ byte) * 1099511628211ull;
}

// Positions of elements keyed by a 64-bit hash of their name: an open-addressing table, built in O(n) and
// looked up in O(1), in constant expressions too. Equal hashes are visited in insertion order, so the
// earliest element comes first. Sorting would do the same in O(n log n), but a constexpr std::sort of
// 2,000 elements alone takes about a million evaluation steps, Clang 14's whole default budget.
class HashedIndex {
 public:
  // A table for up to `capacity` elements (every caller knows its count up front, so it never grows).
  constexpr explicit HashedIndex(std::size_t capacity) : slots_(slots_for(capacity)), capacity_(capacity) {}

  // Records that element `index` has hash `hash`.
  constexpr void insert(std::uint64_t hash, std::size_t index) {
    if (size_ == capacity_) fail("HashedIndex: more elements than its capacity");
    std::size_t at = hash % slots_.size();
    while (slots_[at].position != 0) at = at + 1 == slots_.size() ? 0 : at + 1;
    slots_[at] = {hash, index + 1};
    ++size_;
  }

  // Calls `visit(index)` for each element recorded with `hash`, earliest first, until it returns true.
  // Returns whether some call returned true.
  template <class Visit>
  constexpr bool find_if(std::uint64_t hash, Visit&& visit) const {
    for (std::size_t at = hash % slots_.size(); slots_[at].position != 0; at = at + 1 == slots_.size() ? 0 : at + 1)
      if (slots_[at].hash == hash && visit(slots_[at].position - 1)) return true;
    return false;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::size_t position = 0;  // index + 1; 0: empty
  };

  // At most two-thirds full, so probe sequences stay short; and never full, so every probe ends.
  static constexpr std::size_t slots_for(std::size_t capacity) noexcept { return capacity + capacity / 2 + 1; }

  Scratch<Slot> slots_;
  std::size_t capacity_;
  std::size_t size_ = 0;
};

}  // namespace jvom::detail
