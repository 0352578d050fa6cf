#pragma once

#include <cstddef>
#include <boost/describe/class.hpp>
#include <optional>
#include <span>
#include <string_view>

#include "jvom/acknowledgement.hpp"
#include "jvom/annex.hpp"
#include "jvom/claim.hpp"
#include "jvom/reporting_period.hpp"
#include "jvom/un_count.hpp"

namespace jvom {

namespace detail {
// Row by row: a loop rather than std::ranges::equal, whose instantiation for each row type costs every file
// that includes the value types more than the rest of Report (docs/performance.md).
template <class Row>
constexpr bool same_rows(std::span<const Row> a, std::span<const Row> b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!(a[i] == b[i])) return false;
  return true;
}
}  // namespace detail

/// A report as published: both annexes row by row, the printed totals row, the narrative's claims,
/// and the findings the dataset acknowledges; beside it, when given, the UN's monthly counts of the
/// country's personnel in UN missions, to reconcile the annexes with.
///
/// A Report only *views* its data (string_view, span), so the same type serves a constexpr dataset,
/// whose text is string literals, and a report loaded at run time, whose text an OwnedReport keeps.
struct Report {
  std::string_view title{};
  std::optional<ReportingPeriod> period{};  ///< from report.csv, else from a `period` claim
  std::span<const MandateRow> annex1{};
  std::span<const PersonnelRow> annex2{};        ///< mission rows only
  std::optional<PersonnelRow> printed_totals{};  ///< annex 2's "Totaal" row as printed
  std::span<const Claim> claims{};
  std::span<const Acknowledgement> acknowledgements{};
  std::span<const UnCount> un_counts{};  ///< the UN's monthly figures (un.csv), every month given; may be empty

  /// Equal when every row, claim, acknowledgement and UN count is equal (content, not addresses).
  friend constexpr bool operator==(const Report& a, const Report& b) {
    return a.title == b.title && a.period == b.period && a.printed_totals == b.printed_totals &&
           detail::same_rows(a.annex1, b.annex1) && detail::same_rows(a.annex2, b.annex2) &&
           detail::same_rows(a.claims, b.claims) && detail::same_rows(a.acknowledgements, b.acknowledgements) &&
           detail::same_rows(a.un_counts, b.un_counts);
  }
};
BOOST_DESCRIBE_STRUCT(Report, (), (title, period, annex1, annex2, printed_totals, claims, acknowledgements, un_counts))

/// The reporting period: the report's own, else the first `period` claim for the whole report.
[[nodiscard]] constexpr std::optional<ReportingPeriod> effective_period(const Report& report) noexcept {
  if (report.period) return report.period;
  for (const Claim& c : report.claims)
    if (c.field == ClaimField::period && c.mission.empty())
      if (const auto* p = std::get_if<ReportingPeriod>(&c.value)) return *p;
  return std::nullopt;
}

}  // namespace jvom
