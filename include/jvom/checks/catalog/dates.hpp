#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "jvom/checks/check.hpp"

/// Dates: mandates and frameworks that ended while people were deployed; frameworks that outlive
/// their mandates; ends too far from the period to be meant. Compared with the reference date: `Config::reference_date`, by default the last day
/// of the reporting period.
namespace jvom::checks {

/// The date checks need a reference date: the report's period, a period claim, or the configuration.
struct NoReferenceDate {
  static constexpr std::string_view id = "dates.no_reference_date";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    out.examined();
    if (in.reference) return;
    out.raise(finding({}, "no reporting period (report.csv or a period claim) to check dates against"));
  }
};

namespace detail {
// Reports the missions whose end (`end_of`: the mandate's or the framework's) is before the reference
// date while people were deployed: the one rule behind dates.mandate_expired and dates.framework_expired.
template <class EndOf>
constexpr void report_ended_while_deployed(const CheckInput& in, FindingSink& out, EndOf end_of, std::string_view what,
                                           std::string_view label) {
  if (!in.reference) return;
  const Source reference = in.config.reference_date ? Source::configuration() : Source::reporting_period();
  // A mission in annex 1 only whose name pairs with one in annex 2 only (crossannex.similar_names) has its
  // people there: the pair does not hide that its mandate ended while they were deployed.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (annex 1 only, annex 2 only), made on first use
  bool paired = false;
  const auto partner = [&](std::size_t mission) -> const Mission* {
    if (!paired) {
      paired = true;
      for (const SimilarPair& p : in.similar_pairs()) pairs.emplace_back(p.annex1_only, p.annex2_only);
      std::sort(pairs.begin(), pairs.end());
    }
    const auto at = std::lower_bound(pairs.begin(), pairs.end(), std::pair<std::size_t, std::size_t>{mission, 0});
    return at != pairs.end() && at->first == mission ? &in.missions[at->second] : nullptr;
  };
  for (std::size_t i = 0; i < in.missions.size(); ++i) {
    const Mission& m = in.missions[i];
    if (!m.in_annex1()) continue;
    const Mission* deployed_in = !m.deployed.empty() ? &m : !m.in_annex2() ? partner(i) : nullptr;
    if (deployed_in == nullptr || deployed_in->deployed.empty()) continue;
    out.examined();
    const EndDate& end = end_of(m);
    if (!end.ends_before(*in.reference)) continue;
    out.raise(finding(m.name, what)
                  .with(label, end, Source::annex1_row(m.annex1_row))
                  .with("reference date", *in.reference, reference)
                  .with(deployed_in == &m ? "deployed" : "deployed (under the similar name in annex 2)",
                        Count{deployed_in->deployed.exact_total()}, Source::annex2_row(deployed_in->annex2_row)));
  }
}
}  // namespace detail

/// A mandate that ended before the reference date while people were deployed under it.
struct MandateExpired {
  static constexpr std::string_view id = "dates.mandate_expired";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    detail::report_ended_while_deployed(
        in, out, [](const Mission& m) -> const EndDate& { return m.mandate.end; },
        "the mandate ended before the reporting period did, while people were deployed", "mandate end");
  }
};

/// A national framework that ended before the reference date while people were deployed under it.
struct FrameworkExpired {
  static constexpr std::string_view id = "dates.framework_expired";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    detail::report_ended_while_deployed(
        in, out, [](const Mission& m) -> const EndDate& { return m.framework.end; },
        "the national framework ended before the reporting period did, while people were deployed", "framework end");
  }
};

/// A national framework that runs longer than the mandate it rests on (a later date, or open-ended
/// against a dated mandate). Often deliberate, since mandates are renewed year by year; worth knowing.
struct FrameworkOutlivesMandate {
  static constexpr std::string_view id = "dates.framework_outlives_mandate";
  static constexpr Severity severity = Severity::info;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Mission& m : in.missions) {
      if (!m.in_annex1()) continue;
      out.examined();
      if (!m.framework.end.outlasts(m.mandate.end)) continue;
      out.raise(finding(m.name, "the national framework outlives the mandate")
                    .with("framework end", m.framework.end, Source::annex1_row(m.annex1_row))
                    .with("mandate end", m.mandate.end, Source::annex1_row(m.annex1_row)));
    }
  }
};

/// A mandate or framework end too far from the reporting period to be what the table means: a year more
/// than `Config::max_years_before_period` before the period's first year, or more than
/// `Config::max_years_after_period` after its last ("30 juni 2208"). Without a period, the reference
/// date stands for it. Each cell is its own finding.
struct ImplausibleDate {
  static constexpr std::string_view id = "dates.implausible";
  static constexpr Severity severity = Severity::warning;
  static constexpr std::string_view what = "a date too far from the reporting period to be meant";

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    if (!in.period && !in.reference) return;  // dates.no_reference_date says so
    const ReportingPeriod around = in.period ? *in.period : ReportingPeriod(*in.reference, *in.reference);
    const Source around_source = in.period ? Source::reporting_period() : Source::configuration();
    const std::chrono::year_month_day earliest{shifted(around.first_day().year(), -years(in.config.max_years_before_period)),
                                               std::chrono::January, std::chrono::day{1}};
    const std::chrono::year_month_day latest{shifted(around.last_day().year(), years(in.config.max_years_after_period)),
                                             std::chrono::December, std::chrono::day{31}};
    const auto check_end = [&](const Mission& m, const EndDate& end, std::string_view label) {
      out.examined();
      const std::optional<std::chrono::year_month_day> day = end.date();
      if (!day || (earliest <= *day && *day <= latest)) return;
      out.raise(finding(m.name, what)
                    .with(label, end, Source::annex1_row(m.annex1_row))
                    .with("reporting period", around, around_source)
                    .with("plausible from", earliest, Source::configuration())
                    .with("plausible until", latest, Source::configuration()));
    };
    for (const Mission& m : in.missions) {
      if (!m.in_annex1()) continue;
      check_end(m, m.mandate.end, "mandate end");
      check_end(m, m.framework.end, "framework end");
    }
  }

 private:
  static constexpr long long years(unsigned n) noexcept { return static_cast<long long>(n); }
  // `from` moved by `by` years, held within the years std::chrono can name.
  static constexpr std::chrono::year shifted(std::chrono::year from, long long by) noexcept {
    const long long moved = static_cast<long long>(static_cast<int>(from)) + by;
    const long long lowest = static_cast<int>(std::chrono::year::min()), highest = static_cast<int>(std::chrono::year::max());
    return std::chrono::year{static_cast<int>(std::clamp(moved, lowest, highest))};
  }
};

}  // namespace jvom::checks
