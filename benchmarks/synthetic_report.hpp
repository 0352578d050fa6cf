#pragma once

// Realistic synthetic JVOM reports of any size, for the benchmarks: regions, names, legal bases, dates
// and counts distributed like the 2025 report's, with a share of seeded inconsistencies of each kind
// the catalog looks for. Deterministic for a seed.
#include <cstddef>
#include <cstdint>
#include <jvom/jvom.hpp>
#include <random>
#include <string>

namespace jvom::bench {

struct SyntheticOptions {
  std::size_t missions = 10'000;
  unsigned seed = 2025;
  double inconsistent = 0.02;  ///< share of missions with each kind of seeded inconsistency
};

inline OwnedReport synthetic_report(const SyntheticOptions& options) {
  using namespace std::chrono;
  std::mt19937_64 random(options.seed);
  const auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(random); };
  const auto below = [&](std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(random); };
  const auto chance = [&](double p) { return uniform(0, 1) < p; };

  OwnedReport report;
  report.title = report.keep("Synthetische JVOM, " + std::to_string(options.missions) + " missies");
  report.period = ReportingPeriod::months(year{2024} / May, year{2025} / April);
  static constexpr std::string_view regions[] = {"EUROPA",      "Midden-Oosten", "Afrika",
                                                 "Azi\xC3\xAB", "Amerika",       "Diversen"};
  static constexpr std::string_view prefixes[] = {"UN", "EU", "NAVO", "EUNAVFOR", "EUTM", "UNTSO", "CMF", "OSC"};
  static constexpr std::string_view words[] = {"Atalanta", "Aspides", "Althea", "Irini",  "Sahel",
                                               "Golan",    "Kosovo",  "Baltic", "Levant", "Hormuz"};
  static constexpr std::string_view qualifiers[] = {"", "", "", " (separate VGR)", " (oostkust)", " (t/m juni 2024)"};

  report.annex1.reserve(options.missions);
  report.annex2.reserve(options.missions);
  const std::size_t per_region = options.missions / std::size(regions) + 1;
  for (std::size_t i = 0; i < options.missions; ++i) {
    const Region row_region{regions[std::min(i / per_region, std::size(regions) - 1)]};
    std::string name = std::string(prefixes[below(std::size(prefixes))]) + " " +
                       std::string(words[below(std::size(words))]) + " " + std::to_string(100000 + i);
    const std::string_view printed = report.keep(name + std::string(qualifiers[below(std::size(qualifiers))]));

    // Caps: mostly a handful of posts, now and then hundreds (as NAVO oostflank's 520).
    const Headcount military_cap =
        chance(0.02) ? static_cast<Headcount>(100 + below(500)) : static_cast<Headcount>(1 + below(12));
    const Headcount civil_cap = chance(0.1) ? static_cast<Headcount>(1 + below(17)) : 0;
    const double rotation = uniform(0.5, 3.0);
    Headcount deployed_military = static_cast<Headcount>(military_cap * rotation);
    Headcount deployed_civil = civil_cap == 0 ? 0 : static_cast<Headcount>(civil_cap * uniform(0.3, 1.0));

    PersonnelRow row{row_region,
                     printed,
                     military_cap,
                     civil_cap,
                     deployed_military,
                     deployed_civil,
                     deployed_military + deployed_civil};
    if (chance(options.inconsistent)) row.framework_military = row.framework_civil = std::nullopt;  // no framework
    if (chance(options.inconsistent)) row.deployed_total += 1;                                      // row sum off

    // Frameworks run one to three years past the period; half the mandates are indefinite, and of the
    // dated ones most are renewed past the framework: about one in seven frameworks outlives its mandate, as
    // three of the 2025 report's 22 do.
    const year framework_year = year{2025} + years{static_cast<int>(below(3))};
    const EndDate framework_end = EndDate::on(framework_year / June / 30);
    EndDate mandate_end = chance(0.5)    ? EndDate::indefinite()
                          : chance(0.72) ? EndDate::on((framework_year + years{1}) / December / 31)
                                         : EndDate::on(year{2025} / August / 31);
    if (chance(options.inconsistent)) mandate_end = EndDate::on(year{2024} / December / 31);  // expired
    LegalBasis basis;
    switch (below(6)) {
      case 0: basis = LegalBasis::unclos(); break;
      case 1: basis = LegalBasis::un_charter(51); break;
      case 2: basis = LegalBasis::agreement(report.keep("Verenigde Arabische Emiraten"), "Overeenkomst met"); break;
      default: basis = LegalBasis::un_resolutions({static_cast<std::uint32_t>(1000 + below(1800))});
    }
    std::string annex1_name = name;
    if (chance(options.inconsistent) && annex1_name.size() > 4)  // swapped letters: a near-miss name
      std::swap(annex1_name[1], annex1_name[2]);
    const Region annex1_region = chance(options.inconsistent) ? Region{regions[below(std::size(regions))]} : row_region;
    const MandateRow mandate{annex1_region, report.keep(annex1_name), basis, mandate_end, framework_end};

    const bool only_in_annex1 = chance(options.inconsistent / 2), only_in_annex2 = chance(options.inconsistent / 2);
    if (!only_in_annex1) report.annex2.push_back(row);
    if (!only_in_annex2) report.annex1.push_back(mandate);
    if (chance(0.05)) {  // the narrative restates a count, now and then wrongly
      const Headcount stated = chance(0.1) ? row.deployed_total + 1 : row.deployed_total;
      report.claims.push_back({printed, ClaimField::deployed_total, stated, report.keep("2." + std::to_string(i % 9))});
    }
  }
  // The printed totals row, right.
  PersonnelRow totals{.mission = "Totaal", .framework_military = 0, .framework_civil = 0};
  for (const PersonnelRow& row : report.annex2) {
    *totals.framework_military += row.framework_military.value_or(0);
    *totals.framework_civil += row.framework_civil.value_or(0);
    totals.deployed_military += row.deployed_military;
    totals.deployed_civil += row.deployed_civil;
    totals.deployed_total += row.deployed_military + row.deployed_civil;
  }
  report.printed_totals = totals;
  return report;
}

}  // namespace jvom::bench
