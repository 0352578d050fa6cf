#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "jvom/error.hpp"
#include "jvom/ext/hash_groups.hpp"
#include "jvom/ext/prefetch.hpp"
#include "jvom/mission_key.hpp"

// The fast path of "listed before" (jvom/detail/listings.hpp) for large inputs at run time: the same rows
// with the same earlier rows, found without a table of every key, whose probes miss the cache once it is
// larger than the cache.
namespace jvom::detail {

// A row's place and half of its key's hash: rows that share the half by chance cost a comparison, nothing
// more.
struct HashedRow {
  std::uint32_t hash = 0;
  std::uint32_t row = 0;
};

// Each row whose key an earlier row has, with the first row of that key, in row order: the hashes grouped
// (ext::for_each_shared_hash: buckets that each stay in cache), and only the rows of a shared hash, mostly
// repeats, compared by key (`key_of(rows, row)`). Not a template: a row type costs its includers no
// instantiation of the grouping.
inline std::vector<std::pair<std::uint32_t, std::uint32_t>> repeated_keys(
    const std::vector<HashedRow>& hashed, const void* rows, std::string_view (*key_of)(const void*, std::uint32_t)) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats;  // (row, the first row of its key)
  std::vector<std::uint32_t> group_rows, firsts;                 // per group: its rows; the first of each key
  ext::for_each_shared_hash(hashed, [&](std::span<const HashedRow* const> group) {
    group_rows.clear();
    for (const HashedRow* h : group) group_rows.push_back(h->row);
    std::sort(group_rows.begin(), group_rows.end());
    firsts.clear();
    for (const std::uint32_t row : group_rows) {
      const std::string_view key = key_of(rows, row);
      const auto first =
          std::find_if(firsts.begin(), firsts.end(), [&](std::uint32_t f) { return same_key(key_of(rows, f), key); });
      if (first == firsts.end())
        firsts.push_back(row);
      else
        repeats.emplace_back(row, *first);
    }
  });
  std::sort(repeats.begin(), repeats.end());
  return repeats;
}

// The same for rows with a `mission` name.
template <class Row>
std::vector<std::pair<std::uint32_t, std::uint32_t>> repeated_keys(std::span<const Row> rows) {
  if (rows.size() >= std::numeric_limits<std::uint32_t>::max())
    fail("repeated_keys: 2^32 - 1 rows or more (rows are 32-bit numbers)");
  std::vector<HashedRow> hashed;
  hashed.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    ext::hint_names_ahead(rows, &Row::mission, i);
    hashed.push_back({static_cast<std::uint32_t>(mission_hash(rows[i].mission) >> 32), static_cast<std::uint32_t>(i)});
  }
  return repeated_keys(hashed, rows.data(), [](const void* all, std::uint32_t row) {
    return mission_key(static_cast<const Row*>(all)[row].mission);
  });
}

}  // namespace jvom::detail
