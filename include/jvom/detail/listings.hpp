#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>

#include "jvom/detail/repeated_keys.hpp"
#include "jvom/ext/hashed_index.hpp"
#include "jvom/mission_key.hpp"

// Which rows list a mission that an earlier row lists: the one rule behind the load's "listed before"
// errors, the duplicate check and the claims' missions.
namespace jvom::detail {

// What for_each_listing passes as `earlier` for a row whose key no row before it has.
inline constexpr std::size_t not_listed_before = ext::HashedIndex::inserted;

// Calls visit(row, earlier) for each row of `rows` (anything with a `mission` name), in order: `earlier`
// is the first row before it with the same key (`same_key` of their `mission_key`s), or not_listed_before.
// O(n): each row looks its key up among those before it. `firsts` (empty, with room for every row) is
// left holding the first row of each key: only those go in, since a look-up wants the earliest.
template <class Row, class Visit>
constexpr void for_each_listing(std::span<const Row> rows, ext::HashedIndex& firsts, Visit&& visit) {
  ext::for_each_hashed(
      firsts, rows.size(), [&](std::size_t i) { return mission_hash(rows[i].mission); },
      [&](std::size_t later, std::uint64_t hash) {
        const std::string_view key = mission_key(rows[later].mission);
        visit(later, firsts.find_or_insert(hash, later, [&](std::size_t earlier) {
          return same_key(mission_key(rows[earlier].mission), key);
        }));
      });
}

// Rows from which for_each_listing takes the fast path at run time (jvom/detail/repeated_keys.hpp); below,
// the table costs too little to matter.
inline constexpr std::size_t listings_grouped_from = std::size_t{1} << 16;

// The same, where the first rows of the keys are not wanted afterwards. Large inputs at run time take the
// fast path, which finds the same rows (a test holds them equal; `grouped_from` is a parameter for it).
template <class Row, class Visit>
constexpr void for_each_listing(std::span<const Row> rows, Visit&& visit,
                                std::size_t grouped_from = listings_grouped_from) {
  if (std::is_constant_evaluated() || rows.size() < grouped_from) {
    ext::HashedIndex firsts(rows.size());
    for_each_listing(rows, firsts, visit);
    return;
  }
  const auto repeats = repeated_keys(rows);
  auto repeat = repeats.begin();
  for (std::size_t i = 0; i < rows.size(); ++i)
    visit(i, repeat != repeats.end() && repeat->first == i ? std::size_t{(repeat++)->second} : not_listed_before);
}

}  // namespace jvom::detail
