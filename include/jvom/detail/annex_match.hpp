#pragma once

#include <cstddef>
#include <cstdint>

#include "jvom/ext/scratch.hpp"

namespace jvom::detail {

// Which annex 1 row each annex 2 row joins (jvom/algorithms/join.hpp), as it is being worked out.
struct AnnexMatch {
  ext::Scratch<std::uint32_t> annex1_row;  // per annex 2 row: the 1-based annex 1 row it joins, or 0
  ext::Scratch<bool> used;                 // per annex 1 row: joined by some annex 2 row
  std::size_t missions = 0;                // annex 2's rows and the annex 1 rows that joined none

  constexpr AnnexMatch(std::size_t annex1_rows, std::size_t annex2_rows)
      : annex1_row(annex2_rows), used(annex1_rows), missions(annex1_rows + annex2_rows) {}

  // Joins annex 2 row j to annex 1 row i (both 0-based).
  constexpr void join(std::size_t j, std::size_t i) noexcept {
    used[i] = true;
    annex1_row[j] = static_cast<std::uint32_t>(i + 1);
    --missions;
  }
};

}  // namespace jvom::detail
