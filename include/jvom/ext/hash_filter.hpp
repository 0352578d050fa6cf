#pragma once

#include <cstddef>
#include <cstdint>

#include "jvom/ext/scratch.hpp"

namespace jvom::ext {

// A set of 64-bit hashes that answers "no" or "maybe": one bit per hash (a Bloom filter with one hash
// function). "No" is certain; "maybe" is wrong about as often as the share of bits set, so a filter sized
// for the hashes a caller expects answers most questions from a few cache lines, where a table of them
// would miss the cache.
class HashFilter {
 public:
  // At least `bits` bits (a power of two), all clear.
  constexpr explicit HashFilter(std::size_t bits) : shift_(shift_for(bits)), words_(word_count(shift_)) {}

  constexpr void add(std::uint64_t hash) noexcept {
    const std::size_t bit = bit_of(hash);
    words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  [[nodiscard]] constexpr bool may_hold(std::uint64_t hash) const noexcept {
    const std::size_t bit = bit_of(hash);
    return (words_[bit / 64] >> (bit % 64) & 1) != 0;
  }

 private:
  static constexpr unsigned shift_for(std::size_t bits) noexcept {
    unsigned log = 6;  // one word at least
    while (log < 63 && (std::size_t{1} << log) < bits) ++log;
    return 64 - log;
  }
  static constexpr std::size_t word_count(unsigned shift) noexcept { return (std::size_t{1} << (64 - shift)) / 64; }
  // The product's top bits, as in HashedIndex: they mix every bit of the hash.
  constexpr std::size_t bit_of(std::uint64_t hash) const noexcept {
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ull) >> shift_);
  }

  unsigned shift_;
  Scratch<std::uint64_t> words_;
};

}  // namespace jvom::ext
