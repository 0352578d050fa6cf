#pragma once

#include <algorithm>
#include <boost/describe/class.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "jvom/algorithms/join.hpp"
#include "jvom/checks/catalog.hpp"
#include "jvom/checks/check.hpp"
#include "jvom/ext/hashed_index.hpp"
#include "jvom/ext/scratch.hpp"
#include "jvom/mission_key.hpp"

/// Running the catalog (and users' checks) over a report, with the dataset's acknowledgements applied.
namespace jvom {

/// What a run found, and per check what it examined.
struct CheckResults {
  std::vector<Finding> findings;
  std::vector<CheckSummary> summaries;

  /// How many findings are not acknowledged and at least `at_least` severe.
  [[nodiscard]] constexpr std::size_t unacknowledged(Severity at_least = Severity::info) const noexcept {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [at_least](const Finding& f) {
      return !f.acknowledged && f.severity >= at_least;
    }));
  }
  /// True when some unacknowledged finding is at least `at_least` severe.
  [[nodiscard]] constexpr bool fails(Severity at_least = Severity::info) const noexcept {
    return unacknowledged(at_least) > 0;
  }
};
BOOST_DESCRIBE_STRUCT(CheckResults, (), (findings, summaries))

namespace detail {

constexpr std::uint64_t ack_hash(std::string_view check, std::string_view mission) noexcept {
  std::uint64_t h = mission_hash(mission);
  for (const char c : check) h = ext::fnv_add(h, static_cast<unsigned char>(c));
  return h;
}

// A dataset's acknowledgements, looked up by (check ID, mission) in O(1).
class AcknowledgementIndex {
 public:
  constexpr explicit AcknowledgementIndex(std::span<const Acknowledgement> acknowledgements)
      : acknowledgements_(acknowledgements), by_key_(acknowledgements.size()) {
    // Only the first of equal acknowledgements goes in: a finding takes the first that matches it, so the
    // others match nothing (and are reported unused) either way.
    for (std::size_t i = 0; i < acknowledgements.size(); ++i) {
      const Acknowledgement& ack = acknowledgements[i];
      by_key_.find_or_insert(ack_hash(ack.check, ack.mission), i, [&](std::size_t earlier) {
        return matches(acknowledgements[earlier], ack.check, ack.mission);
      });
    }
  }

  // Marks `f` acknowledged when an acknowledgement matches it, and returns that acknowledgement's index.
  constexpr std::optional<std::size_t> acknowledge(Finding& f) const {
    std::optional<std::size_t> match;
    by_key_.find_if(ack_hash(f.check, f.mission), [&](std::size_t i) {
      const Acknowledgement& ack = acknowledgements_[i];
      if (!matches(ack, f.check, f.mission)) return false;
      f.acknowledged = true;
      f.reason = ack.reason;
      match = i;
      return true;
    });
    return match;
  }

  // The finding an acknowledgement that matched nothing is reported as.
  constexpr Finding unused(std::size_t i) const {
    const Acknowledgement& ack = acknowledgements_[i];
    const Source row = Source::acknowledgement_row(static_cast<std::uint32_t>(i + 1));
    Finding f = finding(ack.mission, "an acknowledgement matches no finding");
    f.with("check", ack.check, row).with("reason", ack.reason, row);
    return f;
  }

 private:
  static constexpr bool matches(const Acknowledgement& ack, std::string_view check, std::string_view mission) {
    return ack.check == check && same_mission(ack.mission, mission);
  }

  std::span<const Acknowledgement> acknowledgements_;
  ext::HashedIndex by_key_;
};

// Marks the findings an acknowledgement matches, and raises a finding for each acknowledgement that
// matches none. O(findings + acknowledgements).
constexpr void acknowledge(std::span<const Acknowledgement> acknowledgements, CheckResults& results) {
  const AcknowledgementIndex index(acknowledgements);
  ext::Scratch<bool> used(acknowledgements.size());
  if (!acknowledgements.empty())  // else no finding needs hashing to learn that nothing matches it
    for (Finding& f : results.findings)
      if (const auto i = index.acknowledge(f)) used[*i] = true;
  FindingSink sink(results.findings, unused_acknowledgement_check, Severity::warning);
  for (std::size_t i = 0; i < acknowledgements.size(); ++i) {
    sink.examined();
    if (!used[i]) sink.raise(index.unused(i));
  }
  results.summaries.push_back(sink.summary());
}

// What every check sees, for `report` and its joined `missions`.
constexpr CheckInput make_input(const Report& report, std::span<const Mission> missions, const Config& config,
                                SharedDerivations& shared) {
  const std::optional<ReportingPeriod> period = effective_period(report);
  std::optional<std::chrono::year_month_day> reference = config.reference_date;
  if (!reference && period) reference = period->last_day();
  return {report, missions, config, period, reference, shared};
}

// Runs one check into `findings`; returns its summary.
template <Check C>
constexpr CheckSummary run_check(const C& check, const CheckInput& input, std::vector<Finding>& findings) {
  FindingSink sink(findings, check.id, check.severity);
  check(input, sink);
  return sink.summary();
}

// Runs the checks at places [first, last) of `checks` into `results`, in order: all of them on one
// thread, one group a thread on several (jvom/checks/parallel.hpp).
template <Check... Checks>
constexpr void run_checks_into(CheckResults& results, const CheckInput& input, std::size_t first, std::size_t last,
                               const Checks&... checks) {
  // Room for a finding per mission up front: at run time that is address space, not memory (pages are
  // touched as findings are written), and it spares a report with many findings the copies and fresh
  // pages of a growing vector of large elements.
  if (!std::is_constant_evaluated()) results.findings.reserve(input.missions.size());
  std::size_t place = 0;
  [[maybe_unused]] const auto run_if_chosen = [&](const auto& check) {  // unused when there are no checks
    if (first <= place && place < last) results.summaries.push_back(run_check(check, input, results.findings));
    ++place;
  };
  (run_if_chosen(checks), ...);
}

}  // namespace detail

/// Runs only `checks` (not the catalog) over `report`, and applies the report's acknowledgements.
template <Check... Checks>
[[nodiscard]] constexpr CheckResults run_only(const Report& report, const Config& config, const Checks&... checks) {
  const std::vector<Mission> missions = join_missions(report);
  detail::SharedDerivations shared;
  const CheckInput input = detail::make_input(report, missions, config, shared);
  CheckResults results;
  detail::run_checks_into(results, input, 0, sizeof...(Checks), checks...);
  detail::acknowledge(report.acknowledgements, results);
  return results;
}

/// Runs the catalog, then `extra` (users' checks), over `report`, and applies the report's
/// acknowledgements. Usable at run time and in constant expressions.
template <Check... Extra>
[[nodiscard]] constexpr CheckResults run_checks(const Report& report, const Config& config = default_config,
                                                const Extra&... extra) {
  return std::apply([&](const auto&... check) { return run_only(report, config, check..., extra...); }, catalog);
}

/// True when every finding of the catalog and `extra` on `report` is acknowledged (and every
/// acknowledgement matches one). For a static_assert prefer the template `valid<report>()`
/// (jvom/checks/validate.hpp): it names the check and the mission of a failure, and gives each check a
/// constant evaluation of its own, which lets far larger datasets stay within the compilers' limits.
template <Check... Extra>
[[nodiscard]] constexpr bool valid(const Report& report, const Config& config = default_config, const Extra&... extra) {
  return !run_checks(report, config, extra...).fails(Severity::info);
}

}  // namespace jvom
