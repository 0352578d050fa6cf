#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "jvom/detail/hash_groups.hpp"
#include "jvom/detail/hashed_index.hpp"
#include "jvom/detail/populate.hpp"
#include "jvom/detail/prefetch.hpp"
#include "jvom/error.hpp"
#include "jvom/mission_key.hpp"

// Which rows list a mission that an earlier row lists: the one rule behind the load's "listed before"
// errors, the duplicate check and the claims' missions.
namespace jvom::detail {

// What for_each_listing passes as `earlier` for a row whose key no row before it has.
inline constexpr std::size_t not_listed_before = HashedIndex::inserted;

// Calls visit(row, earlier) for each row of `rows` (anything with a `mission` name), in order: `earlier`
// is the first row before it with the same key, or not_listed_before. O(n): each row looks its key up
// among those before it. `firsts` (empty, with room for every row) is left holding the first row of each
// key: only those go in, since a look-up wants the earliest.
template <class Row, class Visit>
constexpr void for_each_listing(std::span<const Row> rows, HashedIndex& firsts, Visit&& visit) {
  for_each_hashed(
      firsts, rows.size(), [&](std::size_t i) { return mission_hash(rows[i].mission); },
      [&](std::size_t later, std::uint64_t hash) {
        const std::string_view key = mission_key(rows[later].mission);
        visit(later, firsts.find_or_insert(hash, later, [&](std::size_t earlier) {
          return same_key(mission_key(rows[earlier].mission), key);
        }));
      });
}

// A row's place and half of its key's hash: rows that share the half by chance cost a comparison, nothing
// more.
struct HashedRow {
  std::uint32_t hash = 0;
  std::uint32_t row = 0;
};

// Each row whose key an earlier row has, with the first row of that key, in row order: the hashes grouped
// (for_each_shared_hash: buckets that each stay in cache), and only the rows of a shared hash, mostly
// repeats, compared by key (`key_of(rows, row)`). Not a template: a row type costs its includers no
// instantiation of the grouping.
inline std::vector<std::pair<std::uint32_t, std::uint32_t>> repeated_keys(
    const std::vector<HashedRow>& hashed, const void* rows, std::string_view (*key_of)(const void*, std::uint32_t)) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats;  // (row, the first row of its key)
  std::vector<std::uint32_t> group_rows, firsts;                 // per group: its rows; the first of each key
  for_each_shared_hash(hashed, [&](std::span<const HashedRow* const> group) {
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

// The same, where the first rows of the keys are not wanted afterwards. At run time by repeated_keys:
// faster than a table's probes at every size measured, and more so past the cache, where each probe misses
// it (both annexes of 100,000 missions: 72 ns a mission against 80; of 10 million: 72 against 109). The
// same result, the same order of visits. Constant evaluation, and inputs of fewer than `group_from` rows (a
// parameter for the tests), take the table.
template <class Row, class Visit>
constexpr void for_each_listing(std::span<const Row> rows, Visit&& visit, std::size_t group_from = 0) {
  if (std::is_constant_evaluated() || rows.size() < group_from) {
    HashedIndex firsts(rows.size());
    for_each_listing(rows, firsts, visit);
    return;
  }
  if (rows.size() >= std::numeric_limits<std::uint32_t>::max())
    fail("for_each_listing: 2^32 - 1 rows or more (rows are 32-bit numbers)");
  std::vector<HashedRow> hashed;
  reserve_populated(hashed, rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    hint_names_ahead(rows, &Row::mission, i);
    hashed.push_back({static_cast<std::uint32_t>(mission_hash(rows[i].mission) >> 32), static_cast<std::uint32_t>(i)});
  }
  const auto repeats = repeated_keys(hashed, rows.data(), [](const void* all, std::uint32_t row) {
    return mission_key(static_cast<const Row*>(all)[row].mission);
  });
  auto repeat = repeats.begin();
  for (std::size_t i = 0; i < rows.size(); ++i)
    visit(i, repeat != repeats.end() && repeat->first == i ? std::size_t{(repeat++)->second} : not_listed_before);
}

}  // namespace jvom::detail
