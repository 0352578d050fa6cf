#pragma once

#include <boost/describe/class.hpp>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "jvom/checks/config.hpp"
#include "jvom/checks/finding.hpp"
#include "jvom/checks/shared/annex_coverage.hpp"
#include "jvom/checks/shared/claimed_missions.hpp"
#include "jvom/checks/shared/mission_index.hpp"
#include "jvom/checks/shared/similar_pairs.hpp"
#include "jvom/checks/shared/un_months.hpp"
#include "jvom/ext/lazy.hpp"
#include "jvom/mission.hpp"
#include "jvom/report.hpp"
#include "jvom/reporting_period.hpp"

/// What a check is: a constexpr callable with a stable ID and a severity, that examines a report and
/// raises findings. The catalog's checks and users' checks are the same kind of thing.
namespace jvom {

namespace detail {
// What checks derive from the missions and share within a run, each made on first use.
struct SharedDerivations {
  bool concurrent = false;  // asked for by checks on several threads at once (jvom/checks/parallel.hpp)
  ext::Lazy<checks::MissionIndex> index;
  ext::Lazy<checks::ClaimedMissions> claimed_missions;
  ext::Lazy<checks::AnnexCoverage> coverage;
  ext::Lazy<std::vector<checks::SimilarPair>> similar_pairs;
  ext::Lazy<std::vector<checks::UnMonth>> un_months;
};
}  // namespace detail

/// What every check sees: the report, its missions (both annexes joined), the configuration, and the
/// period and reference date resolved once for all. What several checks derive from the missions (an
/// index by name, the mission each claim is about, which annexes list them, the pairs of similar names, the
/// UN's months)
/// is made on first use and shared by the run's checks.
struct CheckInput {
  constexpr CheckInput(const Report& report_, std::span<const Mission> missions_, const Config& config_,
                       std::optional<ReportingPeriod> period_, std::optional<std::chrono::year_month_day> reference_,
                       detail::SharedDerivations& shared)
      : report(report_),
        missions(missions_),
        config(config_),
        period(period_),
        reference(reference_),
        shared_(shared) {}

  const Report& report;
  std::span<const Mission> missions;
  const Config& config;
  std::optional<ReportingPeriod> period;                 ///< the report's, or from a period claim
  std::optional<std::chrono::year_month_day> reference;  ///< config.reference_date, else the period's end

  /// The missions by name.
  [[nodiscard]] constexpr const checks::MissionIndex& index() const {
    return shared_.index.get([this] { return checks::MissionIndex(missions); }, shared_.concurrent);
  }
  /// The mission each of the report's claims is about, by the claim's place in `report.claims`.
  [[nodiscard]] constexpr const checks::ClaimedMissions& claimed_missions() const {
    return shared_.claimed_missions.get([this] { return checks::ClaimedMissions(report.claims, index()); },
                                        shared_.concurrent);
  }
  /// Which missions each annex lists: those in one annex only, and how many each lists.
  [[nodiscard]] constexpr const checks::AnnexCoverage& coverage() const {
    return shared_.coverage.get([this] { return checks::annex_coverage(missions); }, shared_.concurrent);
  }
  /// The UN's counts in the reporting period, month by month and tied to annex 2's missions; empty without
  /// a period.
  [[nodiscard]] constexpr std::span<const checks::UnMonth> un_months() const {
    return shared_.un_months.get(
        [this] {  // an `if`, not `?:` (workaround: gcc_conditional_allocation, config.hpp)
          if (!period) return std::vector<checks::UnMonth>{};
          return checks::un_months(report, missions, *period);
        },
        shared_.concurrent);
  }
  /// The missions listed in one annex only whose names pair with one listed only in the other.
  [[nodiscard]] constexpr std::span<const checks::SimilarPair> similar_pairs() const {
    return shared_.similar_pairs.get(
        [this] { return checks::similar_pairs(missions, coverage().one_annex_only, config); }, shared_.concurrent);
  }

 private:
  // Held by reference, not `mutable` (workaround: gcc_mutable_in_constant_evaluation, config.hpp).
  detail::SharedDerivations& shared_;
};

/// How many rows a check examined and how many findings it raised: a check that examined nothing shows.
struct CheckSummary {
  std::string_view check{};
  Severity severity = Severity::error;
  std::size_t examined = 0;
  std::size_t findings = 0;

  friend constexpr bool operator==(const CheckSummary&, const CheckSummary&) = default;
};
BOOST_DESCRIBE_STRUCT(CheckSummary, (), (check, severity, examined, findings))

/// Where a check reports: counts what it examined, stamps its ID and severity on what it raises.
class FindingSink {
 public:
  constexpr FindingSink(std::vector<Finding>& findings, std::string_view check, Severity severity) noexcept
      : findings_(findings), summary_{check, severity, 0, 0} {}

  /// Records that `rows` more rows (missions, claims, columns) were looked at.
  constexpr void examined(std::size_t rows = 1) noexcept { summary_.examined += rows; }

  /// Raises `f` under this check's ID and severity.
  constexpr void raise(Finding f) {
    f.check = summary_.check;
    f.severity = summary_.severity;
    findings_.push_back(f);
    ++summary_.findings;
  }

  [[nodiscard]] constexpr const CheckSummary& summary() const noexcept { return summary_; }

 private:
  std::vector<Finding>& findings_;
  CheckSummary summary_;
};

/// A check: `id` (stable, dotted: "dates.mandate_expired"), `severity`, and a call that examines the
/// input and raises findings into the sink.
template <class C>
concept Check = requires(const C& check, const CheckInput& input, FindingSink& sink) {
  { check.id } -> std::convertible_to<std::string_view>;
  { check.severity } -> std::convertible_to<Severity>;
  check(input, sink);
};

/// A check on each mission in turn, for analysts: `predicate(mission)` returns true (or a Finding, to
/// say more) for a mission that fails. See `mission_check`.
template <class Predicate>
struct MissionCheck {
  std::string_view id;
  Severity severity;
  std::string_view what;  ///< the one-line message of each finding
  Predicate predicate;

  constexpr void operator()(const CheckInput& input, FindingSink& sink) const {
    for (const Mission& mission : input.missions) {
      sink.examined();
      using Result = std::invoke_result_t<const Predicate&, const Mission&>;
      if constexpr (std::is_same_v<Result, bool>) {
        if (predicate(mission)) {
          Finding f = finding(mission.name, what);
          f.with("deployed", Count{mission.deployed.exact_total()}, Source::annex2_row(mission.annex2_row));
          if (mission.framework.caps)
            f.with("framework", Count{mission.framework.caps->exact_total()}, Source::annex2_row(mission.annex2_row));
          sink.raise(f);
        }
      } else {
        static_assert(std::is_same_v<Result, std::optional<Finding>>,
                      "jvom::mission_check: the predicate returns bool or std::optional<jvom::Finding>");
        if (const std::optional<Finding> f = predicate(mission)) sink.raise(*f);
      }
    }
  }
};

/// A check from a predicate on one mission:
///
///     inline constexpr auto big = jvom::mission_check("acme.big", jvom::Severity::warning,
///         "more than 1000 deployed", [](const jvom::Mission& m) { return m.deployed.exact_total() > 1000; });
template <class Predicate>
[[nodiscard]] constexpr MissionCheck<Predicate> mission_check(std::string_view id, Severity severity,
                                                              std::string_view what, Predicate predicate) {
  return {id, severity, what, predicate};
}

}  // namespace jvom
