#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "jvom/config.hpp"
#include "jvom/error.hpp"
#include "jvom/ext/scratch.hpp"

namespace jvom::ext {

// 64-bit FNV-1a, one byte at a time.
inline constexpr std::uint64_t fnv_offset = 14695981039346656037ull;
[[nodiscard]] constexpr std::uint64_t fnv_add(std::uint64_t hash, unsigned char byte) noexcept {
  return (hash ^ byte) * 1099511628211ull;
}

// Positions of elements keyed by a 64-bit hash of their name, the first element of each name only: an
// open-addressing table, built in O(n) and looked up in O(1), in constant expressions too. Equal hashes
// are visited in insertion order, so the earliest element comes first. Sorting would do the same in
// O(n log n), but a constexpr sort of a few thousand elements spends a compiler's whole default step budget.
class HashedIndex {
 public:
  // A table for up to `capacity` elements (every caller knows its count up front, so it never grows).
  constexpr explicit HashedIndex(std::size_t capacity)
      : shift_(shift_for(capacity)), slots_(std::size_t{1} << (64 - shift_)), capacity_(capacity) {
    if (capacity >= std::numeric_limits<std::uint32_t>::max()) jvom::detail::fail("HashedIndex: more than 2^32 - 2 elements");
  }

  // What find_or_insert returns when it inserts.
  static constexpr std::size_t inserted = static_cast<std::size_t>(-1);

  // The earliest element recorded with `hash` for which `same(element)` is true; when there is none,
  // records `index` with `hash` and returns `inserted`. One probe sequence for both. Only the first element
  // of a key goes in: elements of one hash share a run of slots, so that k of one key would cost their
  // inserts k^2 / 2 probes.
  template <class Same>
  constexpr std::size_t find_or_insert(std::uint64_t hash, std::size_t index, Same&& same) {
    std::size_t at = home(hash);
    for (; slots_[at].position != 0; at = next(at))
      if (slots_[at].tag == tag(hash) && same(std::size_t{slots_[at].position} - 1))
        return std::size_t{slots_[at].position} - 1;
    if (size_ == capacity_) jvom::detail::fail("HashedIndex: more elements than its capacity");
    slots_[at] = {tag(hash), static_cast<std::uint32_t>(index + 1)};
    ++size_;
    return inserted;
  }

  // Says that `hash` is inserted or looked up soon, so that its slot is on its way from memory meanwhile:
  // in a large table nearly every probe misses the cache, and a loop that hints a few elements ahead
  // overlaps those waits (see for_each_hashed). A hint: it changes no value.
  JVOM_ALWAYS_INLINE constexpr void prefetch(std::uint64_t hash) const noexcept {
    if (!std::is_constant_evaluated()) JVOM_PREFETCH(&slots_[home(hash)]);
  }

  // Calls `visit(index)` for each element recorded with `hash`, earliest first, until it returns true.
  // Returns whether some call returned true.
  template <class Visit>
  constexpr bool find_if(std::uint64_t hash, Visit&& visit) const {
    for (std::size_t at = home(hash); slots_[at].position != 0; at = next(at))
      if (slots_[at].tag == tag(hash) && visit(slots_[at].position - 1)) return true;
    return false;
  }

 private:
  // Eight bytes a slot, half the memory of a whole hash and position, which large tables miss the cache
  // (and fault in pages) for: the hash's low half and a 32-bit position. Callers compare what they find,
  // so a tag that matches by chance costs a comparison, nothing more.
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t position = 0;  // index + 1; 0: empty
  };
  static constexpr std::uint32_t tag(std::uint64_t hash) noexcept { return static_cast<std::uint32_t>(hash); }

  // A power of two of slots, at most two-thirds full, so probe sequences stay short; and never full, so
  // every probe ends. Returned as the shift that takes a 64-bit product to a slot number.
  static constexpr unsigned shift_for(std::size_t capacity) noexcept {
    unsigned bits = 1;
    while ((std::size_t{1} << bits) < capacity + capacity / 2 + 1) ++bits;
    return 64 - bits;
  }
  // Fibonacci hashing: the product's top bits mix every bit of the hash, and cost a multiply, not a
  // division.
  constexpr std::size_t home(std::uint64_t hash) const noexcept {
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  constexpr std::size_t next(std::size_t at) const noexcept { return (at + 1) & (slots_.size() - 1); }

  unsigned shift_;
  Scratch<Slot> slots_;
  std::size_t capacity_;
  std::size_t size_ = 0;
};

// Calls visit(i, hash_of(i)) for i from 0 to n - 1: a loop over elements that each probe `table` at their
// hash, which hints the table at each hash a few elements before its visit. What hash_of returns is kept in
// a ring of that few.
template <class Table, class HashOf, class Visit>
constexpr void for_each_hashed(const Table& table, std::size_t n, HashOf&& hash_of, Visit&& visit) {
  constexpr std::size_t ahead = 16;
  std::array<std::uint64_t, ahead> coming{};
  for (std::size_t i = 0; i < n && i < ahead; ++i) table.prefetch(coming[i] = hash_of(i));
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t hash = coming[i % ahead];
    if (i + ahead < n) table.prefetch(coming[i % ahead] = hash_of(i + ahead));
    visit(i, hash);
  }
}

}  // namespace jvom::ext
