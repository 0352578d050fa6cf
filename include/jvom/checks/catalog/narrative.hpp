#pragma once

#include <cstddef>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include "jvom/checks/check.hpp"
#include "jvom/describe.hpp"

/// Narrative: what the text states of a mission (a count, a date, a legal basis) or of the period,
/// against the annexes. Totals the text states for the whole report are `totals.narrative`.
namespace jvom::checks {

namespace detail {

// Which annex a claimed field is compared with: dates and legal bases annex 1's, counts annex 2's; the
// contribution's dates either; the period and placeholders none.
enum class ClaimedAnnex : std::uint8_t { none, annex1, annex2, either };

constexpr ClaimedAnnex claimed_annex(ClaimField field) noexcept {
  switch (field) {
    case ClaimField::period:
    case ClaimField::placeholder: return ClaimedAnnex::none;
    case ClaimField::legal_basis:
    case ClaimField::mandate_end:
    case ClaimField::framework_end: return ClaimedAnnex::annex1;
    case ClaimField::contribution_start:
    case ClaimField::contribution_end: return ClaimedAnnex::either;
    default: return ClaimedAnnex::annex2;
  }
}
// The claims that restate an annex 2 cell (the others count posts or people named).
constexpr bool restates_annex2_cell(ClaimField field) noexcept {
  return field == ClaimField::framework_military || field == ClaimField::framework_civil ||
         field == ClaimField::deployed_military || field == ClaimField::deployed_civil ||
         field == ClaimField::deployed_total;
}

// The mission the report's claim number `c` is about, if the annex its field is compared with lists it.
constexpr const Mission* claimed_mission(const CheckInput& in, std::size_t c) {
  const Claim& claim = in.report.claims[c];
  const Mission* m = in.claimed_missions().of(c);
  if (m == nullptr) return nullptr;
  switch (claimed_annex(claim.field)) {
    case ClaimedAnnex::annex1: return m->in_annex1() ? m : nullptr;
    case ClaimedAnnex::annex2: return m->in_annex2() ? m : nullptr;
    default: return m;
  }
}

// A stated end agrees with the annex's on the same day, or when it is the day after the annex's: "tot 1
// februari" is written for a last day of 31 januari as often as of 1 februari. (So "tot en met 1 februari"
// against 31 januari passes too: one day's slack, where a false alarm would cost more.)
constexpr bool same_end(const EndDate& stated, const EndDate& annex) noexcept {
  if (stated == annex) return true;
  const auto s = stated.date(), a = annex.date();
  return s && a && std::chrono::sys_days(*s) - std::chrono::sys_days(*a) == std::chrono::days(1);
}

}  // namespace detail

/// Every period the text states is the reporting period.
struct NarrativePeriod {
  static constexpr std::string_view id = "narrative.period";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    if (!in.period) return;
    for (const Claim& claim : in.report.claims) {
      const auto* stated = std::get_if<ReportingPeriod>(&claim.value);
      if (claim.field != ClaimField::period || stated == nullptr) continue;
      out.examined();
      if (*stated == *in.period) continue;
      out.raise(finding(claim.mission, "the text states another reporting period")
                    .with("period", *stated, Source::narrative(claim))
                    .with("reporting period", *in.period, Source::reporting_period()));
    }
  }
};

/// A count the text states for a mission is the annex 2 cell it speaks of.
struct NarrativeCount {
  static constexpr std::string_view id = "narrative.count";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (std::size_t c = 0; c < in.report.claims.size(); ++c) {
      const Claim& claim = in.report.claims[c];
      const Headcount* stated = std::get_if<Headcount>(&claim.value);
      if (claim.mission.empty() || !detail::restates_annex2_cell(claim.field) || stated == nullptr) continue;
      const Mission* m = detail::claimed_mission(in, c);
      if (m == nullptr) continue;  // narrative.unmatched_claim reports it
      out.examined();
      const PersonnelRow& row = in.report.annex2[m->annex2_row - 1];
      std::optional<std::uint64_t> annex;  // nullopt: the cell is "-", no framework
      switch (claim.field) {
        case ClaimField::framework_military: annex = row.framework_military; break;
        case ClaimField::framework_civil: annex = row.framework_civil; break;
        case ClaimField::deployed_military: annex = row.deployed_military; break;
        case ClaimField::deployed_civil: annex = row.deployed_civil; break;
        default: annex = row.deployed_total; break;
      }
      if (annex == *stated) continue;
      Finding f = finding(m->name, "the text states a count that annex 2 does not print");
      f.with(enum_name(claim.field), Count{*stated}, Source::narrative(claim));
      if (annex)
        f.with(enum_name(claim.field), Count{*annex}, Source::annex2_row(m->annex2_row));
      else
        f.with(enum_name(claim.field), std::string_view{"-"}, Source::annex2_row(m->annex2_row));
      out.raise(f);
    }
  }
};

/// A mandate or framework end the text states for a mission is annex 1's.
struct NarrativeDate {
  static constexpr std::string_view id = "narrative.date";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (std::size_t c = 0; c < in.report.claims.size(); ++c) {
      const Claim& claim = in.report.claims[c];
      const EndDate* stated = std::get_if<EndDate>(&claim.value);
      if (claim.mission.empty() || stated == nullptr ||
          (claim.field != ClaimField::mandate_end && claim.field != ClaimField::framework_end))
        continue;
      const Mission* m = detail::claimed_mission(in, c);
      if (m == nullptr) continue;
      out.examined();
      const EndDate annex = claim.field == ClaimField::mandate_end ? m->mandate.end : m->framework.end;
      if (detail::same_end(*stated, annex)) continue;
      out.raise(finding(m->name, "the text states an end that annex 1 does not print")
                    .with(enum_name(claim.field), *stated, Source::narrative(claim))
                    .with(enum_name(claim.field), annex, Source::annex1_row(m->annex1_row)));
    }
  }
};

/// A legal basis the text states for a mission is annex 1's: for resolutions, every resolution the
/// text cites is one annex 1 cites.
struct NarrativeLegalBasis {
  static constexpr std::string_view id = "narrative.legal_basis";
  static constexpr Severity severity = Severity::error;

  static constexpr bool agrees(const LegalBasis& stated, const LegalBasis& annex) noexcept {
    if (stated.kind() != LegalBasisKind::un_resolution || annex.kind() != LegalBasisKind::un_resolution)
      return stated == annex;
    for (const std::uint32_t n : stated.resolutions())
      if (!annex.cites_resolution(n)) return false;
    return true;
  }

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (std::size_t c = 0; c < in.report.claims.size(); ++c) {
      const Claim& claim = in.report.claims[c];
      const LegalBasis* stated = std::get_if<LegalBasis>(&claim.value);
      if (claim.mission.empty() || claim.field != ClaimField::legal_basis || stated == nullptr) continue;
      const Mission* m = detail::claimed_mission(in, c);
      if (m == nullptr) continue;
      out.examined();
      if (agrees(*stated, m->mandate.legal_basis)) continue;
      out.raise(finding(m->name, "the text states a legal basis that annex 1 does not print")
                    .with("legal basis", *stated, Source::narrative(claim))
                    .with("legal basis", m->mandate.legal_basis, Source::annex1_row(m->annex1_row)));
    }
  }
};

/// Text left unfinished in the report: "Kamerstuk XXX", "[PM]", "xx-xx-xxxx", a lone "…".
struct Placeholder {
  static constexpr std::string_view id = "narrative.placeholder";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Claim& claim : in.report.claims) {
      const auto* text = std::get_if<std::string_view>(&claim.value);
      if (claim.field != ClaimField::placeholder || text == nullptr) continue;
      out.examined();
      out.raise(finding(claim.mission, "the text holds a placeholder where something was to be filled in")
                    .with("placeholder", *text, Source::narrative(claim)));
    }
  }
};

/// A claim about a mission that the annex holding the claimed field does not list, so it cannot be
/// checked; or whose value is not of the field's kind (a date for a count).
struct UnmatchedClaim {
  static constexpr std::string_view id = "narrative.unmatched_claim";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (std::size_t c = 0; c < in.report.claims.size(); ++c) {
      const Claim& claim = in.report.claims[c];
      out.examined();
      if (!claim_value_fits(claim.field, claim.value)) {
        out.raise(finding(claim.mission, "the claim's value is not of the kind its field needs")
                      .with(enum_name(claim.field), std::string_view{"(wrong kind of value)"},
                            Source::narrative(claim)));
        continue;
      }
      const detail::ClaimedAnnex annex = detail::claimed_annex(claim.field);
      if (claim.mission.empty() || annex == detail::ClaimedAnnex::none || detail::claimed_mission(in, c)) continue;
      out.raise(finding(claim.mission, annex == detail::ClaimedAnnex::annex1
                                           ? "the text states this of a mission that annex 1 does not list"
                                       : annex == detail::ClaimedAnnex::annex2
                                           ? "the text states this of a mission that annex 2 does not list"
                                           : "the text states this of a mission that neither annex lists")
                    .with(enum_name(claim.field), claim_value_text(claim), Source::narrative(claim)));
    }
  }

 private:
  static constexpr FindingValue claim_value_text(const Claim& claim) {
    return std::visit(
        [](const auto& v) -> FindingValue {
          using V = std::remove_cvref_t<decltype(v)>;
          if constexpr (std::is_same_v<V, Headcount>)
            return Count{v};
          else
            return v;
        },
        claim.value);
  }
};

}  // namespace jvom::checks
