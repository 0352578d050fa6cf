#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace jvom::ext {

// Calls visit(group) for each group of two or more entries with one hash (`group`: the entries, in no
// particular order). One pass spreads the entries over buckets by their hash's top bits, each small enough
// to stay in cache; within a bucket a small table finds the equal hashes. No sort: nothing needs the order,
// and a sort of many entries waits on memory for most of its time.
template <class Entry, class Visit>
constexpr void for_each_shared_hash(const std::vector<Entry>& entries, Visit&& visit) {
  constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
  unsigned bits = 0;
  while (bits < 12 && (entries.size() >> bits) > 512) ++bits;  // more buckets scatter over too many pages
  const auto bucket = [bits](const Entry& e) {
    return bits == 0 ? std::size_t{0} : static_cast<std::size_t>(e.hash >> (8 * sizeof(e.hash) - bits));
  };
  std::vector<std::size_t> starts((std::size_t{1} << bits) + 1, 0);
  for (const Entry& e : entries) ++starts[bucket(e) + 1];
  for (std::size_t b = 1; b < starts.size(); ++b) starts[b] += starts[b - 1];
  std::vector<Entry> spread(entries.size());
  std::vector<std::size_t> next(starts.begin(), starts.end() - 1);
  for (const Entry& e : entries) spread[next[bucket(e)]++] = e;

  std::vector<std::uint32_t> slots, chain, firsts;  // per bucket: first entry of each hash, links to the next
  std::vector<const Entry*> group;
  for (std::size_t b = 0; b + 1 < starts.size(); ++b) {
    const Entry* const at = spread.data() + starts[b];
    const auto m = static_cast<std::uint32_t>(starts[b + 1] - starts[b]);
    if (m < 2) continue;
    std::size_t size = 4;
    while (size < 2 * std::size_t{m}) size *= 2;
    slots.assign(size, none), chain.assign(m, none), firsts.clear();
    for (std::uint32_t k = 0; k < m; ++k) {
      std::size_t slot = static_cast<std::size_t>(at[k].hash) & (size - 1);  // low bits: the top chose the bucket
      while (slots[slot] != none && at[slots[slot]].hash != at[k].hash) slot = (slot + 1) & (size - 1);
      if (slots[slot] == none) {
        slots[slot] = k;
        continue;
      }
      const std::uint32_t first = slots[slot];
      if (chain[first] == none) firsts.push_back(first);
      chain[k] = chain[first];
      chain[first] = k;
    }
    for (const std::uint32_t first : firsts) {
      group.clear();
      for (std::uint32_t k = first; k != none; k = chain[k]) group.push_back(at + k);
      visit(std::span<const Entry* const>(group));
    }
  }
}

}  // namespace jvom::ext
