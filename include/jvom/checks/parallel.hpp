#pragma once

#include <algorithm>
#include <cstddef>
#include <tuple>
#include <vector>

#include "jvom/algorithms/parallel.hpp"
#include "jvom/checks/catalog.hpp"
#include "jvom/checks/check.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/parallel.hpp"
#include "jvom/report.hpp"

/// Running checks on several threads (policy: jvom/parallel.hpp), for reports of millions of missions.
namespace jvom {

namespace detail {
// Missions a thread at least, unless a Parallel says: fewer check faster than a thread starts.
inline constexpr std::size_t min_missions_to_check = 4096;
}  // namespace detail

/// run_only (jvom/checks/run.hpp) on several threads, with the same result. The missions are written by
/// one thread a part; the checks are split into consecutive groups, one a thread, so that each check runs
/// whole on one thread and the findings come in the order they would on one. What checks share (the index
/// by name, annex coverage, similar pairs) is made once, by the first check that asks, while the others
/// that ask wait. Checks run at the same time as others: a user's check that keeps state of its own must
/// guard it. Under 4,096 missions a thread (unless `how` says otherwise), the checks run on the calling thread.
template <Check... Checks>
[[nodiscard]] CheckResults run_only(const Parallel& how, const Report& report, const Config& config,
                                    const Checks&... checks) {
  const detail::MissionBuffer joined = detail::join_missions(how, report);
  const std::span<const Mission> missions = joined.missions();
  constexpr std::size_t count = sizeof...(Checks);
  const std::size_t parts = std::min(detail::part_count(how, missions.size(), detail::min_missions_to_check),
                                     std::max<std::size_t>(count, 1));
  detail::SharedDerivations shared;
  shared.concurrent = parts > 1;
  const CheckInput input = detail::make_input(report, missions, config, shared);

  std::vector<CheckResults> by_part(parts);
  detail::on_threads(parts, [&](std::size_t part) {
    const detail::PartBounds mine = detail::part_bounds(count, part, parts);
    detail::run_checks_into(by_part[part], input, mine.first, mine.last, checks...);
  });

  CheckResults results = std::move(by_part[0]);
  for (std::size_t part = 1; part < parts; ++part) {
    const CheckResults& more = by_part[part];
    results.findings.insert(results.findings.end(), more.findings.begin(), more.findings.end());
    results.summaries.insert(results.summaries.end(), more.summaries.begin(), more.summaries.end());
  }
  detail::acknowledge(report.acknowledgements, results);
  return results;
}

/// run_checks (jvom/checks/run.hpp) on several threads: the catalog, then `extra`, as run_only above.
template <Check... Extra>
[[nodiscard]] CheckResults run_checks(const Parallel& how, const Report& report, const Config& config = default_config,
                                      const Extra&... extra) {
  return std::apply([&](const auto&... check) { return run_only(how, report, config, check..., extra...); }, catalog);
}

}  // namespace jvom
