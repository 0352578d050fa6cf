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
#include "jvom/detail/annex_match.hpp"
#include "jvom/detail/annex_walk.hpp"
#include "jvom/error.hpp"
#include "jvom/ext/hashed_index.hpp"
#include "jvom/ext/scratch.hpp"
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

// Rows in both annexes from which joining takes the fast path at run time (jvom/detail/annex_walk.hpp);
// below, the rule alone costs too little to matter. Constant evaluation always takes it, as it costs fewer
// evaluation steps: a dataset in a header validates within the compilers' limits.
inline constexpr std::size_t walk_annexes_from = std::size_t{1} << 16;

// The rule: each annex 2 row `row_at(k)`, k from 0 to `count` - 1 (increasing rows), joins the first annex 1 row of the
// same key
// (`mission_key`, compared by `same_key`) that no earlier annex 2 row took, among those `match` has not
// used. O(n1 + n2). The annex 1 rows of each key form a chain in row order, and an index holds one row of
// each key, beside which the chain's first row not yet taken is kept: a look-up takes that row and moves it
// on, so that a key listed many times costs each look-up one step, not a walk past the rows taken before.
template <class RowAt>
constexpr void join_by_key(std::span<const MandateRow> annex1, std::span<const PersonnelRow> annex2, std::size_t count,
                           RowAt row_at, AnnexMatch& match) {
  const auto key1 = [&](std::size_t i) { return mission_key(annex1[i].mission); };
  constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
  ext::HashedIndex by_key(annex1.size());
  ext::Scratch<std::uint32_t> after(annex1.size());    // per free annex 1 row: the next free row of its key
  ext::Scratch<std::uint32_t> untaken(annex1.size());  // per row the index holds: its key's first row not taken
  // The annex 1 rows not used, from the last back, so that each chain ends up in row order.
  const auto backwards = [n = annex1.size()](std::size_t f) { return n - 1 - f; };
  ext::for_each_hashed(
      by_key, annex1.size(), [&](std::size_t f) { return match.used[backwards(f)] ? 0 : key_hash(key1(backwards(f))); },
      [&](std::size_t f, std::uint64_t hash) {
        const std::size_t i = backwards(f);
        if (match.used[i]) return;
        const std::size_t held =
            by_key.find_or_insert(hash, i, [&](std::size_t g) { return same_key(key1(g), key1(i)); });
        const std::size_t chain = held == ext::HashedIndex::inserted ? i : held;
        after[i] = held == ext::HashedIndex::inserted ? none : untaken[chain];
        untaken[chain] = static_cast<std::uint32_t>(i);
      });
  ext::for_each_hashed(
      by_key, count, [&](std::size_t k) { return key_hash(mission_key(annex2[row_at(k)].mission)); },
      [&](std::size_t k, std::uint64_t hash) {
        const std::size_t j = row_at(k);
        const std::string_view key = mission_key(annex2[j].mission);
        by_key.find_if(hash, [&](std::size_t held) {
          if (!same_key(key1(held), key)) return false;
          if (const std::uint32_t i = untaken[held]; i != none) {
            match.join(j, i);
            untaken[held] = after[i];
          }
          return true;
        });
      });
}

// Which annex 1 row each annex 2 row joins, by the rule. Large annexes at run time, and constant
// evaluation, first walk the annexes in step, which joins most rows as the rule would, and the rule joins
// the rest (a test holds the two equal; `walk_from` is a parameter for it).
constexpr AnnexMatch match_annexes(std::span<const MandateRow> annex1, std::span<const PersonnelRow> annex2,
                                   std::size_t walk_from = walk_annexes_from) {
  if (std::max(annex1.size(), annex2.size()) >= std::numeric_limits<std::uint32_t>::max())
    fail("join_missions: an annex of 2^32 - 1 rows or more (a mission's rows are 32-bit numbers)");
  AnnexMatch match(annex1.size(), annex2.size());
  if (std::is_constant_evaluated() || annex1.size() + annex2.size() >= walk_from) {
    const std::vector<std::uint32_t> left = walk_annexes_in_step(annex1, annex2, match);
    join_by_key(
        annex1, annex2, left.size(), [&](std::size_t k) { return std::size_t{left[k]}; }, match);
  } else {
    join_by_key(
        annex1, annex2, annex2.size(), [](std::size_t k) { return k; }, match);
  }
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
  missions.reserve(match.missions);  // exactly: not room for both annexes' rows
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
