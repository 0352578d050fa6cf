#pragma once

// Random reports for the round-trip and property tests: awkward text (commas, quotes, line breaks, UTF-8),
// every kind of legal basis and end, regions with sub-groups, claims of every field, acknowledgements.
#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <jvom/jvom.hpp>
#include <random>
#include <string>
#include <string_view>

namespace jvom::testing {

using namespace std::chrono;

// Random reports with awkward text, every kind of value, and counts at the edges.
class Generator {
 public:
  /// `extreme` counts include 0 and 4294967295 (for round trips); otherwise they stay small, so that sums
  /// of any generated report fit a Headcount.
  explicit Generator(unsigned seed, bool extreme = true) : random_(seed), extreme_(extreme) {}

  OwnedReport report() {
    OwnedReport r;
    r.title = r.keep(pick({"JVOM 2025", "Rapportage, \"concept\"", "Isra\xC3\xABl en de Golan"}));
    r.period = ReportingPeriod::months(year{2020 + static_cast<int>(below(10))} / month{1 + below(12)},
                                       year{2031} / month{1 + below(12)});
    const std::size_t n = 1 + below(30);
    const Region regions[] = {{"EUROPA"}, {"Europa"}, {"Midden-Oosten"}, {"Afrika, West"}, {"Diversen \"x\""}};
    Region region{};
    for (std::size_t i = 0; i < n; ++i) {
      // A new region now and then; its first row is in both annexes, so that a sub-group heading below it
      // ("Midden-Oosten overige missies") follows its region in both files, as the format requires.
      const bool new_region = i == 0 || below(4) == 0;
      if (new_region) region = regions[below(5)];
      const Region row_region =
          !new_region && region.name == "Midden-Oosten" && below(2) ? Region{region.name, "overige missies"} : region;
      // Built by appending: GCC 12 at -O3 warns of an overlapping copy in "M" + std::to_string(i), falsely.
      std::string printed_name = "M";
      printed_name.append(std::to_string(i)).append(
          pick({"", " (separate VGR)", ", \"Alpha\"", " Isra\xC3\xABl", "\nline two"}));
      const std::string_view name = r.keep(printed_name);
      if (new_region || below(3) != 0) r.annex1.push_back({row_region, name, basis(r), end(), end()});
      if (new_region || below(3) != 0) r.annex2.push_back({row_region, name, cap(), cap(), count(), count(), count()});
    }
    if (below(2))
      r.printed_totals = PersonnelRow{.mission = "Totaal",
                                      .framework_military = cap(),
                                      .framework_civil = cap(),
                                      .deployed_military = count(),
                                      .deployed_civil = count(),
                                      .deployed_total = count()};
    for (std::size_t i = 0, claims = below(8); i < claims; ++i) {
      const ClaimField field = static_cast<ClaimField>(below(9));
      ClaimValue value = count();
      if (field == ClaimField::period)
        value =
            ReportingPeriod{year_month_day{sys_days{year{2024} / May / 1} + days(below(20))}, year{2025} / April / 30};
      if (field == ClaimField::legal_basis) value = basis(r);
      if (field == ClaimField::mandate_end || field == ClaimField::framework_end) value = end();
      std::string mission;
      if (!below(2)) mission.append("M").append(std::to_string(below(static_cast<std::uint32_t>(n))));
      r.claims.push_back({r.keep(mission), field, value, r.keep(pick({"2.1", "Bijlage 2", ""}))});
    }
    for (std::size_t i = 0, acks = below(4); i < acks; ++i)
      r.acknowledgements.push_back({r.keep(pick({"dates.mandate_expired", "totals.narrative"})),
                                    r.keep(below(2) ? "" : "M1"),
                                    r.keep(pick({"known", "a reason, with a comma", "say \"why\""}))});
    return r;
  }

 private:
  std::uint32_t below(std::uint32_t n) { return std::uniform_int_distribution<std::uint32_t>(0, n - 1)(random_); }
  std::string_view pick(std::initializer_list<std::string_view> options) {
    return options.begin()[below(static_cast<std::uint32_t>(options.size()))];
  }
  Headcount count() {
    if (!extreme_) return below(5000);
    switch (below(4)) {
      case 0: return 0;
      case 1: return max_headcount;
      default: return below(5000);
    }
  }
  std::optional<Headcount> cap() {
    if (below(5) == 0) return std::nullopt;
    return count();
  }
  EndDate end() {
    switch (below(4)) {
      case 0: return EndDate::indefinite();
      case 1: return EndDate::ongoing();
      case 2: return EndDate::not_set();
      default: return EndDate::on(year_month_day{sys_days{year{2024} / January / 1} + days(below(3000))});
    }
  }
  LegalBasis basis(OwnedReport& r) {
    switch (below(7)) {
      case 0: return LegalBasis::un_resolutions({below(3000) + 1});
      case 1: return LegalBasis::un_resolutions({82, below(3000), below(9)});
      case 2: return LegalBasis::unclos();
      case 3: return LegalBasis::un_charter(below(111));
      case 4: return LegalBasis::constitution(below(150));
      case 5:
        return LegalBasis::agreement(r.keep(pick({"VS, Isra\xC3\xABl", "Verenigde \"Arabische\" Emiraten"})),
                                     pick({"Overeenkomst met", "Overeenkomst tussen"}));
      default:
        return below(2) ? LegalBasis::note_verbale()
                        : LegalBasis::other(r.keep("EU Raadsbesluit 2024/" + std::to_string(below(999))));
    }
  }

  std::mt19937 random_;
  bool extreme_;
};
}  // namespace jvom::testing
