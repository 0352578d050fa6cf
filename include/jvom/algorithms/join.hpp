#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "jvom/annex.hpp"
#include "jvom/detail/hash_filter.hpp"
#include "jvom/detail/hashed_index.hpp"
#include "jvom/detail/populate.hpp"
#include "jvom/detail/prefetch.hpp"
#include "jvom/detail/scratch.hpp"
#include "jvom/error.hpp"
#include "jvom/mission.hpp"
#include "jvom/mission_key.hpp"
#include "jvom/report.hpp"

/// Joining the two annexes into missions.
namespace jvom {

namespace detail {

constexpr Mission from_annex2(const PersonnelRow& row, std::uint32_t index) noexcept {
  return {.name = row.mission,
          .region = row.region,
          .mandate = {},
          .framework = {.caps = row.framework(), .end = {}},
          .deployed = row.deployed(),
          .separate_report = row.separate_report(),
          .annex1_row = 0,
          .annex2_row = index + 1};
}

constexpr Mission from_annex1(const MandateRow& row, std::uint32_t index) noexcept {
  return {.name = row.mission,
          .region = row.region,
          .mandate = row.mandate(),
          .framework = {.caps = std::nullopt, .end = row.framework_end},
          .deployed = {},
          .separate_report = false,
          .annex1_row = index + 1,
          .annex2_row = 0};
}

// Which annex 1 row each annex 2 row joins: the first of the same key (mission_key, ignoring case) that
// no earlier annex 2 row took. O(n1 + n2).
//
// Reports list the missions of both annexes in much the same order, so a walk down both joins most rows
// without a hash table, whose look-ups would miss the cache: an annex 2 row joins the next annex 1 row, or
// one a few rows on, when the rule gives it that row. The rule does, unless an annex 1 row passed over or an
// annex 2 row left for later has the same key; a filter of their keys says when that may be, and such rows
// are left for later too. The rows left (missing from annex 1, out of step, or a false alarm) then look the
// annex 1 rows still free up by key, in order: annex 2 rows joined on the walk never share a key with an
// earlier row left, so what each finds is what the rule gives it. Annexes out of step for longer than the
// look-ahead leave most rows for the look-ups, which then cost what they would have without the walk.
struct AnnexMatch {
  Scratch<std::uint32_t> annex1_row;  // per annex 2 row: the 1-based annex 1 row it joins, or 0
  Scratch<bool> used;                 // per annex 1 row: joined by some annex 2 row
  std::size_t missions = 0;           // annex 2's rows and the annex 1 rows that joined none
};

// Rows in both annexes from which the walk below hints its filter ahead (a parameter, so that tests can
// have small annexes take that path too).
inline constexpr std::size_t hint_filter_from = std::size_t{1} << 23;

constexpr AnnexMatch match_annexes(std::span<const MandateRow> annex1, std::span<const PersonnelRow> annex2,
                                   std::size_t hint_from = hint_filter_from) {
  if (std::max(annex1.size(), annex2.size()) >= std::numeric_limits<std::uint32_t>::max())
    fail("join_missions: an annex of 2^32 - 1 rows or more (a mission's rows are 32-bit numbers)");
  const auto key1 = [&](std::size_t i) { return mission_key(annex1[i].mission); };
  const auto key2 = [&](std::size_t j) { return mission_key(annex2[j].mission); };
  AnnexMatch match{Scratch<std::uint32_t>(annex2.size()), Scratch<bool>(annex1.size()), annex2.size() + annex1.size()};
  const auto join = [&match](std::size_t j, std::size_t i) {
    match.used[i] = true;
    match.annex1_row[j] = static_cast<std::uint32_t>(i + 1);
    --match.missions;
  };

  // The walk. On large annexes the filter is asked for the keys of rows further on: a filter larger than
  // the cache keeps while the rows stream past (2 MB or more, from about 4 million missions) misses on
  // nearly every row, and hints save more than the ring of keys costs (at 10 million missions, the walk
  // takes 80 ns a row against 105 to 110); a smaller one stays in cache, and the ring would cost 3 to 5 ns.
  constexpr std::size_t look_ahead = 8;
  HashFilter set_aside(annex1.size() + annex2.size());  // keys passed over or left: mostly a few percent
  std::vector<std::uint32_t> left;                      // annex 2 rows for the look-ups
  std::size_t next = 0;                                 // the annex 1 row after the last one joined
  struct HashedKey {
    std::string_view key;
    std::uint64_t hash = 0;
  };
  const auto hashed_key = [&](std::size_t j) {
    const std::string_view key = key2(j);
    return HashedKey{key, key_hash(key)};
  };
  // One row of the walk; inlined into both loops below (called from two, GCC would otherwise keep one call).
  const auto step = [&](std::size_t j, const HashedKey& row) __attribute__((always_inline)) {
    hint_names_ahead(annex2, &PersonnelRow::mission, j);
    hint_names_ahead(annex1, &MandateRow::mission, next);
    const std::size_t end = std::min(annex1.size(), next + look_ahead);
    std::size_t at = next;
    while (at < end && !same_key(key1(at), row.key)) ++at;
    if (at == end || set_aside.may_hold(row.hash)) {
      set_aside.add(row.hash);
      left.push_back(static_cast<std::uint32_t>(j));
      return;
    }
    for (; next < at; ++next) set_aside.add(key_hash(key1(next)));
    join(j, at);
    next = at + 1;
  };
  if (!std::is_constant_evaluated() && annex1.size() + annex2.size() >= hint_from)
    for_each_hashed(set_aside, annex2.size(), hashed_key, step);
  else
    for (std::size_t j = 0; j < annex2.size(); ++j) step(j, hashed_key(j));
  if (left.empty()) return match;

  // The look-ups, among the annex 1 rows still free. Each key's free rows form a chain in row order,
  // built from the last row back; the index holds one row of each key, where the chain's first row not
  // yet taken is kept. A look-up takes that row and moves on: a key listed many times costs a look-up no
  // walk past the rows taken before it (100,000 rows of one name took 10 s that way).
  std::vector<std::uint32_t> free;
  for (std::size_t i = 0; i < annex1.size(); ++i)
    if (!match.used[i]) free.push_back(static_cast<std::uint32_t>(i));
  constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
  HashedIndex by_key(free.size());
  Scratch<std::uint32_t> after(free.size());    // per free row: the next free row of its key, or none
  Scratch<std::uint32_t> untaken(free.size());  // per row the index holds: its key's first row not taken
  const auto backwards = [n = free.size()](std::size_t i) { return n - 1 - i; };
  for_each_hashed(
      by_key, free.size(), [&](std::size_t i) { return key_hash(key1(free[backwards(i)])); },
      [&](std::size_t i, std::uint64_t hash) {
        const std::size_t f = backwards(i);
        const std::size_t held =
            by_key.find_or_insert(hash, f, [&](std::size_t g) { return same_key(key1(free[g]), key1(free[f])); });
        const std::size_t chain = held == HashedIndex::inserted ? f : held;
        after[f] = held == HashedIndex::inserted ? none : untaken[chain];
        untaken[chain] = static_cast<std::uint32_t>(f);
      });
  for_each_hashed(
      by_key, left.size(), [&](std::size_t k) { return key_hash(key2(left[k])); },
      [&](std::size_t k, std::uint64_t hash) {
        const std::string_view key = key2(left[k]);
        by_key.find_if(hash, [&](std::size_t held) {
          if (!same_key(key1(free[held]), key)) return false;
          if (const std::uint32_t f = untaken[held]; f != none) {
            join(left[k], free[f]);
            untaken[held] = after[f];
          }
          return true;
        });
      });
  return match;
}

// The mission of annex 2 row j, with the annex 1 row `match` joins it to.
constexpr Mission annex2_mission(std::span<const MandateRow> annex1, std::span<const PersonnelRow> annex2,
                                 const AnnexMatch& match, std::size_t j) noexcept {
  Mission mission = from_annex2(annex2[j], static_cast<std::uint32_t>(j));
  if (const std::uint32_t row = match.annex1_row[j]; row != 0) {
    const MandateRow& joined = annex1[row - 1];
    mission.mandate = joined.mandate();
    mission.framework.end = joined.framework_end;
    mission.annex1_row = row;
  }
  return mission;
}

// Calls emit(mission) for each annex 1 row that joined nothing, in order.
template <class Emit>
constexpr void annex1_only_missions(std::span<const MandateRow> annex1, const AnnexMatch& match, Emit&& emit) {
  for (std::size_t i = 0; i < annex1.size(); ++i)
    if (!match.used[i]) emit(from_annex1(annex1[i], static_cast<std::uint32_t>(i)));
}

// Calls emit(mission) for each mission of `match`: first the annex 2 rows in order, each with the annex 1
// row it joins, then the annex 1 rows that joined nothing, in order.
template <class Emit>
constexpr void join_annexes(std::span<const MandateRow> annex1, std::span<const PersonnelRow> annex2,
                            const AnnexMatch& match, Emit&& emit) {
  for (std::size_t j = 0; j < annex2.size(); ++j) emit(annex2_mission(annex1, annex2, match, j));
  annex1_only_missions(annex1, match, emit);
}

}  // namespace detail

/// How many missions `join_missions` makes of `report`: every annex 2 row, plus the annex 1 rows that
/// match none.
[[nodiscard]] constexpr std::size_t mission_count(const Report& report) {
  return detail::match_annexes(report.annex1, report.annex2).missions;
}

/// The missions of `report`, both annexes joined by name (see `mission_key`): annex 2's rows in order,
/// then the missions only annex 1 lists. A mission's name and region are annex 2's where it has a row
/// there. Each mission records the rows it came from.
[[nodiscard]] constexpr std::vector<Mission> join_missions(const Report& report) {
  const detail::AnnexMatch match = detail::match_annexes(report.annex1, report.annex2);
  std::vector<Mission> missions;
  detail::reserve_populated(missions, match.missions);  // exactly: not room for both annexes' rows
  detail::join_annexes(report.annex1, report.annex2, match, [&missions](const Mission& m) { missions.push_back(m); });
  return missions;
}

/// The same, into an array whose size is known at compile time, so that the result can be a constexpr
/// variable: `constexpr auto missions = jvom::join_missions<jvom::mission_count(report)>(report);`
template <std::size_t N>
[[nodiscard]] constexpr std::array<Mission, N> join_missions(const Report& report) {
  std::array<Mission, N> missions{};
  std::size_t n = 0;
  detail::join_annexes(report.annex1, report.annex2, detail::match_annexes(report.annex1, report.annex2),
                       [&](const Mission& m) {
                         if (n == N) detail::fail("join_missions<N>: N is smaller than mission_count(report)");
                         missions[n++] = m;
                       });
  if (n != N) detail::fail("join_missions<N>: N is larger than mission_count(report)");
  return missions;
}

}  // namespace jvom
