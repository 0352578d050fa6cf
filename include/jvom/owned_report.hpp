#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "jvom/ext/text_arena.hpp"
#include "jvom/report.hpp"

namespace jvom {

/// A report that owns its data: what a loader returns. Text lives in an arena at stable addresses,
/// rows in vectors; `report()` hands out the non-owning Report that every algorithm and check takes.
///
/// Movable, not copyable: the rows' string_views point into this object's arena.
class OwnedReport {
 public:
  OwnedReport() = default;
  OwnedReport(OwnedReport&&) noexcept = default;
  OwnedReport& operator=(OwnedReport&&) noexcept = default;

  /// Copies `text` into this report's arena; the view stays valid as long as this report lives.
  std::string_view keep(std::string_view text) { return arena_.keep(text); }

  /// A deep copy of `source` whose text this report owns.
  [[nodiscard]] static OwnedReport copy_of(const Report& source);

  std::string_view title;
  std::optional<ReportingPeriod> period;
  std::vector<MandateRow> annex1;
  std::vector<PersonnelRow> annex2;
  std::optional<PersonnelRow> printed_totals;
  std::vector<Claim> claims;
  std::vector<Acknowledgement> acknowledgements;
  std::vector<UnCount> un_counts;

  /// A view of this report; valid while this object lives and its vectors are not resized.
  [[nodiscard]] Report report() const& noexcept {
    return {title, period, annex1, annex2, printed_totals, claims, acknowledgements, un_counts};
  }
  /// Not of a temporary: the view would point into a report destroyed at the end of the statement.
  Report report() const&& = delete;

 private:
  ext::TextArena arena_;

  Region keep(const Region& r) { return {keep(r.name), keep(r.subgroup)}; }
  LegalBasis keep(const LegalBasis& b) {
    switch (b.kind()) {
      case LegalBasisKind::agreement: return LegalBasis::agreement(keep(b.text()), keep(b.wording()));
      case LegalBasisKind::other: return LegalBasis::other(keep(b.text()));
      default: return b;
    }
  }
};

inline OwnedReport OwnedReport::copy_of(const Report& source) {
  OwnedReport out;
  out.title = out.keep(source.title);
  out.period = source.period;
  out.annex1.reserve(source.annex1.size());
  for (MandateRow row : source.annex1) {
    row.region = out.keep(row.region);
    row.mission = out.keep(row.mission);
    row.legal_basis = out.keep(row.legal_basis);
    out.annex1.push_back(row);
  }
  out.annex2.reserve(source.annex2.size());
  auto keep_personnel = [&out](PersonnelRow row) {
    row.region = out.keep(row.region);
    row.mission = out.keep(row.mission);
    return row;
  };
  for (const PersonnelRow& row : source.annex2) out.annex2.push_back(keep_personnel(row));
  if (source.printed_totals) out.printed_totals = keep_personnel(*source.printed_totals);
  out.claims.reserve(source.claims.size());
  for (Claim claim : source.claims) {
    claim.mission = out.keep(claim.mission);
    claim.source = out.keep(claim.source);
    if (auto* basis = std::get_if<LegalBasis>(&claim.value)) *basis = out.keep(*basis);
    out.claims.push_back(claim);
  }
  out.acknowledgements.reserve(source.acknowledgements.size());
  for (Acknowledgement ack : source.acknowledgements)
    out.acknowledgements.push_back({out.keep(ack.check), out.keep(ack.mission), out.keep(ack.reason)});
  out.un_counts.reserve(source.un_counts.size());
  for (UnCount count : source.un_counts) {
    count.mission = out.keep(count.mission);
    out.un_counts.push_back(count);
  }
  return out;
}

/// An OwnedReport or none, as the loaders return it: a std::optional, but for `->`, which it refuses on a
/// temporary, so that `load_dataset(dir).report->report()`, a view into a report destroyed at the end of the
/// statement, does not compile. Keep the result first (`auto loaded = load_dataset(dir);`).
class OptionalReport : public std::optional<OwnedReport> {
 public:
  using std::optional<OwnedReport>::optional;
  using std::optional<OwnedReport>::operator=;

  OwnedReport* operator->() & noexcept { return &**this; }
  const OwnedReport* operator->() const& noexcept { return &**this; }
  const OwnedReport* operator->() const&& = delete;
};

}  // namespace jvom
