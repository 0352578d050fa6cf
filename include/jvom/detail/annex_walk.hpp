#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "jvom/annex.hpp"
#include "jvom/detail/annex_match.hpp"
#include "jvom/ext/hash_filter.hpp"
#include "jvom/mission_key.hpp"

// The fast path of joining the annexes (jvom/algorithms/join.hpp): for large annexes at run time, and in
// constant evaluation, where it spends fewer of the compiler's steps than the rule's table for every row.
namespace jvom::detail {

// Reports list the missions of both annexes in much the same order, so most rows can be joined by walking
// down both annexes together, without the hash table whose look-ups miss the cache once it is larger than
// the cache. Joins what the walk can and returns the annex 2 rows it leaves, in order, for the rule.
//
// The walk joins an annex 2 row to the annex 1 row the rule would give it: the next annex 1 row, or one a
// few rows on, of the same key. It would be another row only if an annex 1 row passed over, or an annex 2
// row left for later, had the same key; a filter of the keys of such rows says when that may be, and then
// the row is left too. The rule then joins the rows left among the annex 1 rows still free, in order: rows
// joined on the walk never share a key with an earlier row left, so each left row finds what the rule gives
// it. Annexes out of step for longer than the look-ahead leave most rows to the rule.
constexpr std::vector<std::uint32_t> walk_annexes_in_step(std::span<const MandateRow> annex1,
                                                          std::span<const PersonnelRow> annex2, AnnexMatch& match) {
  constexpr std::size_t look_ahead = 8;
  const auto key1 = [&](std::size_t i) { return mission_key(annex1[i].mission); };
  ext::HashFilter set_aside(annex1.size() + annex2.size());  // keys passed over or left: mostly a few percent
  std::vector<std::uint32_t> left;
  std::size_t next = 0;  // the annex 1 row after the last one joined
  for (std::size_t j = 0; j < annex2.size(); ++j) {
    const std::string_view key = mission_key(annex2[j].mission);
    const std::uint64_t hash = key_hash(key);
    const std::size_t end = std::min(annex1.size(), next + look_ahead);
    std::size_t at = next;
    while (at < end && !same_key(key1(at), key)) ++at;
    if (at == end || set_aside.may_hold(hash)) {
      set_aside.add(hash);
      left.push_back(static_cast<std::uint32_t>(j));
      continue;
    }
    for (; next < at; ++next) set_aside.add(key_hash(key1(next)));
    match.join(j, at);
    next = at + 1;
  }
  return left;
}

}  // namespace jvom::detail
