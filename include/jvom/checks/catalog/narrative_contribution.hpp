#pragma once

#include <cstddef>
#include <string_view>
#include <variant>

#include "jvom/checks/catalog/narrative.hpp"
#include "jvom/checks/check.hpp"

/// Narrative: when the text says the Dutch contribution ended, against the annexes: annex 2 counts no one
/// for a contribution that ended before the period, and annex 1's national framework ends with it.
namespace jvom::checks {

/// A contribution the text says ended before the reporting period began has nobody deployed in annex 2.
struct ContributionEnded {
  static constexpr std::string_view id = "narrative.contribution_ended";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    if (!in.period) return;
    for (std::size_t c = 0; c < in.report.claims.size(); ++c) {
      const Claim& claim = in.report.claims[c];
      const EndDate* stated = std::get_if<EndDate>(&claim.value);
      if (claim.field != ClaimField::contribution_end || stated == nullptr) continue;
      const Mission* m = detail::claimed_mission(in, c);
      if (m == nullptr || !m->in_annex2()) continue;
      out.examined();
      const Headcount deployed = in.report.annex2[m->annex2_row - 1].deployed_total;
      if (!stated->ends_before(in.period->first_day()) || deployed == 0) continue;
      out.raise(finding(m->name, "the text says the contribution ended before the period, annex 2 counts people for it")
                    .with("contribution_end", *stated, Source::narrative(claim))
                    .with("period start", in.period->first_day(), Source::reporting_period())
                    .with("deployed_total", Count{deployed}, Source::annex2_row(m->annex2_row)));
    }
  }
};

/// The end of the contribution the text states is the end of the national framework annex 1 prints (the
/// same day, or the day before: see `detail::same_end`). An unset or open-ended framework disagrees.
struct ContributionEnd {
  static constexpr std::string_view id = "narrative.contribution_end";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (std::size_t c = 0; c < in.report.claims.size(); ++c) {
      const Claim& claim = in.report.claims[c];
      const EndDate* stated = std::get_if<EndDate>(&claim.value);
      if (claim.field != ClaimField::contribution_end || stated == nullptr) continue;
      const Mission* m = detail::claimed_mission(in, c);
      if (m == nullptr || !m->in_annex1()) continue;
      out.examined();
      if (detail::same_end(*stated, m->framework.end)) continue;
      out.raise(finding(m->name, "the text dates the contribution's end otherwise than annex 1 its framework's")
                    .with("contribution_end", *stated, Source::narrative(claim))
                    .with("framework_end", m->framework.end, Source::annex1_row(m->annex1_row)));
    }
  }
};

}  // namespace jvom::checks
