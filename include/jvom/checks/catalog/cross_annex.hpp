#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "jvom/checks/check.hpp"
#include "jvom/detail/listings.hpp"
#include "jvom/mission_key.hpp"

/// Cross-annex: missions one annex lists and the other does not, names that are almost the same,
/// a mission under two regions, a mission listed twice.
namespace jvom::checks {

namespace detail {

// Raises a finding for each row whose name an earlier row of the same annex has, against the earliest
// such row. O(n): each row looks its key up among the rows before it. A free function (workaround:
// clang_member_template_instantiation, config.hpp).
template <class Row>
constexpr void report_duplicates(std::span<const Row> rows, FindingSink& out, Source (*source)(std::uint32_t)) {
  out.examined(rows.size());
  jvom::detail::for_each_listing(rows, [&](std::size_t later, std::size_t earlier) {
    if (earlier == jvom::detail::not_listed_before) return;
    out.raise(finding(rows[later].mission, "the same annex lists the mission twice")
                  .with("first listed", rows[earlier].mission, source(static_cast<std::uint32_t>(earlier + 1)))
                  .with("again", rows[later].mission, source(static_cast<std::uint32_t>(later + 1))));
  });
}

// The one rule behind both missing-in-annex checks: a mission one annex lists and the other does not,
// unless its name pairs with one the other annex lists (crossannex.similar_names reports those). Annex 2
// rows covered by a separate progress report are not expected in annex 1. Only the missions in one annex
// only are looked at; each annex's count is what was examined.
constexpr void report_missing(const CheckInput& in, FindingSink& out, bool listed_in_annex1) {
  const AnnexCoverage& coverage = in.coverage();
  out.examined(listed_in_annex1 ? coverage.in_annex1 : coverage.in_annex2_reported_here);
  // Which of them pair with a similar name, by position among them (both lists are in mission order).
  const std::span<const std::uint32_t> candidates = coverage.one_annex_only;
  std::vector<std::uint8_t> paired(candidates.size(), 0);
  for (const SimilarPair& p : in.similar_pairs())
    for (const std::size_t mission : {p.annex1_only, p.annex2_only})
      paired[static_cast<std::size_t>(std::lower_bound(candidates.begin(), candidates.end(), mission) -
                                      candidates.begin())] = 1;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const Mission& m = in.missions[candidates[k]];
    const bool listed = listed_in_annex1 ? m.in_annex1() : m.in_annex2() && !m.separate_report;
    if (!listed || paired[k]) continue;
    out.raise(finding(m.name, listed_in_annex1 ? "annex 1 lists a mission that annex 2 does not"
                                               : "annex 2 lists a mission that annex 1 does not")
                  .with("mission", m.name,
                        listed_in_annex1 ? Source::annex1_row(m.annex1_row) : Source::annex2_row(m.annex2_row)));
  }
}

}  // namespace detail

/// A mission in annex 1 only and one in annex 2 only whose names are almost the same.
struct SimilarNames {
  static constexpr std::string_view id = "crossannex.similar_names";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    out.examined(in.coverage().one_annex_only.size());
    for (const SimilarPair& p : in.similar_pairs()) {
      const Mission& a1 = in.missions[p.annex1_only];
      const Mission& a2 = in.missions[p.annex2_only];
      Finding f = finding(a2.name, p.prefix ? "a name in annex 1 is this name extended: probably one mission"
                                            : "names in the two annexes are almost the same: probably one mission");
      f.other_mission = a1.name;
      f.with("name", a1.name, Source::annex1_row(a1.annex1_row))
          .with("name", a2.name, Source::annex2_row(a2.annex2_row));
      if (!p.prefix) f.with("edits apart", Count{p.edits}, Source::computed());
      out.raise(f);
    }
  }
};

/// A mission annex 1 lists that annex 2 does not (unless it is almost the name of one it does).
struct MissingInAnnex2 {
  static constexpr std::string_view id = "crossannex.missing_in_annex2";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const { detail::report_missing(in, out, true); }
};

/// A mission annex 2 lists that annex 1 does not; rows covered by a separate progress report
/// ("separate VGR") are excepted, since their mandates are reported there.
struct MissingInAnnex1 {
  static constexpr std::string_view id = "crossannex.missing_in_annex1";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const { detail::report_missing(in, out, false); }
};

/// A mission listed under one region in annex 1 and another in annex 2 (case and sub-groups aside).
struct RegionDiffers {
  static constexpr std::string_view id = "crossannex.region_differs";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Mission& m : in.missions) {
      if (!m.in_annex1() || !m.in_annex2()) continue;
      out.examined();
      const Region& r1 = in.report.annex1[m.annex1_row - 1].region;
      const Region& r2 = in.report.annex2[m.annex2_row - 1].region;
      if (same_region(r1, r2)) continue;
      out.raise(finding(m.name, "the annexes list the mission under different regions")
                    .with("region", r1.name, Source::annex1_row(m.annex1_row))
                    .with("region", r2.name, Source::annex2_row(m.annex2_row)));
    }
  }
};

/// A mission whose names in the two annexes differ only in their spaces ("EUNAVFOR  Atalanta", a doubled
/// space): one mission, as the join has it, but printed two ways a reader can see. Names that differ only
/// in their Unicode form (NFC, NFD) are read as one text and raise nothing.
struct SpacingDiffers {
  static constexpr std::string_view id = "crossannex.spacing_differs";
  static constexpr Severity severity = Severity::info;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Mission& m : in.missions) {
      if (!m.in_annex1() || !m.in_annex2()) continue;
      out.examined();
      const std::string_view n1 = in.report.annex1[m.annex1_row - 1].mission;
      const std::string_view n2 = in.report.annex2[m.annex2_row - 1].mission;
      if (ext::iequals(mission_key(n1), mission_key(n2))) continue;
      out.raise(finding(m.name, "the annexes print the name with different spaces")
                    .with("name", n1, Source::annex1_row(m.annex1_row))
                    .with("name", n2, Source::annex2_row(m.annex2_row)));
    }
  }
};

/// A mission listed twice in one annex (same name, qualifiers and case aside).
struct Duplicate {
  static constexpr std::string_view id = "crossannex.duplicate";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    detail::report_duplicates(in.report.annex1, out, Source::annex1_row);
    detail::report_duplicates(in.report.annex2, out, Source::annex2_row);
  }
};

}  // namespace jvom::checks
