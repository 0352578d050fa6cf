#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "jvom/error.hpp"
#include "jvom/mission.hpp"

namespace jvom::checks {

/// Which missions the annexes list, found in one pass over the missions: those listed in one annex only
/// (in order), and how many each annex lists. The missing-in-annex checks and the similar names all start
/// from this, and a run makes it once for them.
struct AnnexCoverage {
  std::vector<std::uint32_t> one_annex_only;  ///< indices into the missions
  std::size_t in_annex1 = 0;
  std::size_t in_annex2_reported_here = 0;  ///< in annex 2 and not covered by a separate progress report
};

[[nodiscard]] constexpr AnnexCoverage annex_coverage(std::span<const Mission> missions) {
  if (missions.size() > std::numeric_limits<std::uint32_t>::max())
    jvom::detail::fail("annex_coverage: more than 2^32 missions");
  AnnexCoverage coverage;
  for (std::size_t i = 0; i < missions.size(); ++i) {
    const Mission& m = missions[i];
    coverage.in_annex1 += m.in_annex1() ? 1u : 0u;
    coverage.in_annex2_reported_here += m.in_annex2() && !m.separate_report ? 1u : 0u;
    if (m.in_annex1() != m.in_annex2()) coverage.one_annex_only.push_back(static_cast<std::uint32_t>(i));
  }
  return coverage;
}

}  // namespace jvom::checks
