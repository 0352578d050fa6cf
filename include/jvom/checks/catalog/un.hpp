#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "jvom/checks/check.hpp"

/// The UN's own figures: its monthly counts of the country's personnel in UN missions
/// (`Report::un_counts`), against annex 2. The UN counts people in post on one day a month, so a month's
/// count is held to the national framework's caps (posts at one time), and annex 2's people deployed over
/// the whole period (rotations included) are at least any month's count. Troops, staff officers and
/// experts on mission count against the military cap, police against the civil/police cap. Only the
/// months of the reporting period are looked at; without a period nothing is (dates.no_reference_date).
namespace jvom::checks {

namespace detail {

// For each annex 2 mission the UN counts, and each category: the month of the most people, and how many
// months pass `limit_of(mission, military)` (a limit of nullopt: none). Calls
// report(mission, military, most, months_over) for the missions and categories the UN counts anyone in.
template <class LimitOf, class Report>
constexpr void for_each_un_category(std::span<const UnMonth> months, LimitOf limit_of, Report report) {
  for (std::size_t first = 0; first < months.size();) {
    const std::uint32_t mission = months[first].mission;
    std::size_t last = first;
    while (last < months.size() && months[last].mission == mission) ++last;
    if (mission != UnMonth::not_in_annex2) {
      for (const bool military : {true, false}) {
        const auto people = [military](const UnMonth& m) { return military ? m.military : m.civil_police; };
        const std::optional<std::uint64_t> limit = limit_of(mission, military);
        const UnMonth* most = nullptr;
        std::uint64_t months_over = 0;
        for (std::size_t i = first; i < last; ++i) {
          if (most == nullptr || people(months[i]) > people(*most)) most = &months[i];
          if (limit && people(months[i]) > *limit) ++months_over;
        }
        if (people(*most) > 0) report(mission, military, *most, people(*most), months_over);
      }
    }
    first = last;
  }
}

}  // namespace detail

/// A month in which the UN counts more of the country's personnel in a mission than its national
/// framework allows: one finding per mission and category, naming the month with the most.
struct UnOverFramework {
  static constexpr std::string_view id = "un.over_framework";
  static constexpr Severity severity = Severity::error;
  static constexpr std::string_view military_what = "in a month the UN counts more military than the framework allows";
  static constexpr std::string_view civil_what =
      "in a month the UN counts more police than the civil/police framework allows";

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    const auto caps_of = [&](std::uint32_t mission) {
      return in.report.annex2[in.missions[mission].annex2_row - 1].framework();
    };
    detail::for_each_un_category(
        in.un_months(),
        [&](std::uint32_t mission, bool military) -> std::optional<std::uint64_t> {
          const std::optional<PersonnelCount> caps = caps_of(mission);
          if (!caps) return std::nullopt;  // no framework: personnel.no_framework
          return military ? caps->military : caps->exact_non_military();
        },
        [&](std::uint32_t mission, bool military, const UnMonth& most, std::uint64_t people, std::uint64_t months_over) {
          const Mission& m = in.missions[mission];
          const std::optional<PersonnelCount> caps = caps_of(mission);
          if (!caps) return;
          out.examined();
          if (months_over == 0) return;
          out.raise(finding(m.name, military ? military_what : civil_what)
                        .with(military ? "UN count, military (most in a month)" : "UN count, police (most in a month)",
                              Count{people}, Source::un_row(most.first_row))
                        .with("reported on", most.reported, Source::un_row(most.first_row))
                        .with(military ? "framework_military" : "framework_civil",
                              Count{military ? caps->military : caps->exact_non_military()},
                              Source::annex2_row(m.annex2_row))
                        .with("months over the framework", Count{months_over}, Source::computed()));
        });
  }
};

/// A UN mission in which the UN counts the country's personnel in the period, and that annex 2 does not
/// list (under its acronym, or a name that has it as a word).
struct UnMissingInAnnex2 {
  static constexpr std::string_view id = "un.missing_in_annex2";
  static constexpr Severity severity = Severity::error;
  static constexpr std::string_view what = "the UN counts personnel in a mission annex 2 does not list";

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    const std::span<const UnMonth> months = in.un_months();
    for (std::size_t first = 0; first < months.size();) {
      std::size_t last = first;
      while (last < months.size() && months[last].mission == months[first].mission &&
             months[last].acronym == months[first].acronym)
        ++last;
      if (months[first].mission == UnMonth::not_in_annex2) {
        out.examined();
        const UnMonth* most = &months[first];
        std::uint64_t with_personnel = 0;
        for (std::size_t i = first; i < last; ++i) {
          const std::uint64_t people = months[i].military + months[i].civil_police;
          if (people > 0) ++with_personnel;
          if (people > most->military + most->civil_police) most = &months[i];
        }
        if (with_personnel > 0)
          out.raise(finding(months[first].acronym, what)
                        .with("UN count (most in a month)", Count{most->military + most->civil_police},
                              Source::un_row(most->first_row))
                        .with("reported on", most->reported, Source::un_row(most->first_row))
                        .with("months with personnel", Count{with_personnel}, Source::computed()));
      } else if (last == months.size() || months[last].mission != months[first].mission) {
        out.examined();  // an annex 2 mission, once for all its acronyms
      }
      first = last;
    }
  }
};

/// Annex 2 counts fewer people deployed over the period than the UN counts in one month: of each
/// category, the period's deployed against the month with the most.
struct UnAboveDeployed {
  static constexpr std::string_view id = "un.above_deployed";
  static constexpr Severity severity = Severity::error;
  static constexpr std::string_view military_what =
      "annex 2 counts fewer military deployed over the period than the UN counts in one month";
  static constexpr std::string_view civil_what =
      "annex 2 counts fewer civil/police deployed over the period than the UN counts police in one month";

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    detail::for_each_un_category(
        in.un_months(), [](std::uint32_t, bool) { return std::optional<std::uint64_t>{}; },
        [&](std::uint32_t mission, bool military, const UnMonth& most, std::uint64_t people, std::uint64_t) {
          const Mission& m = in.missions[mission];
          const PersonnelRow& row = in.report.annex2[m.annex2_row - 1];
          const std::uint64_t deployed = military ? row.deployed_military : row.deployed_civil;
          out.examined();
          if (deployed >= people) return;
          out.raise(finding(m.name, military ? military_what : civil_what)
                        .with(military ? "deployed_military" : "deployed_civil", Count{deployed},
                              Source::annex2_row(m.annex2_row))
                        .with(military ? "UN count, military (most in a month)" : "UN count, police (most in a month)",
                              Count{people}, Source::un_row(most.first_row))
                        .with("reported on", most.reported, Source::un_row(most.first_row)));
        });
  }
};

}  // namespace jvom::checks
