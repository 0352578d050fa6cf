#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

#include "jvom/ext/characters.hpp"
#include "jvom/mission.hpp"
#include "jvom/mission_key.hpp"
#include "jvom/report.hpp"
#include "jvom/reporting_period.hpp"
#include "jvom/un_count.hpp"

/// The UN's monthly counts over the reporting period, tied to annex 2's missions.
namespace jvom::checks {

/// True when the UN's acronym names the mission printed as `name`: by the join rule (the same key:
/// "UNTSO" and "UNTSO (Libanon en Golan)"), or as one of the name's words, exactly as the UN writes it
/// ("VN-missie in Mali (MINUSMA)", "UNDOF/UNTSO"). Words are runs of letters and digits; the word must
/// match in case too, so that an acronym is not found in an ordinary word.
[[nodiscard]] constexpr bool un_acronym_names(std::string_view acronym, std::string_view name) noexcept {
  acronym = ext::trim(acronym);
  if (acronym.empty()) return false;
  if (same_key(acronym, mission_key(name))) return true;
  const auto word_char = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  for (std::size_t at = 0; at < name.size();) {
    if (!word_char(name[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < name.size() && word_char(name[end])) ++end;
    if (name.substr(at, end - at) == acronym) return true;
    at = end;
  }
  return false;
}

/// A mission's month as the UN counts it: the day counted and the people of each category, over every
/// personnel type and, for an annex 2 mission, every UN acronym that names it.
struct UnMonth {
  static constexpr std::uint32_t not_in_annex2 = std::numeric_limits<std::uint32_t>::max();

  std::uint32_t mission = not_in_annex2;  ///< index into the missions of the annex 2 mission, or not_in_annex2
  std::string_view acronym{};             ///< the UN's (the first, when several name one mission)
  std::chrono::year_month_day reported{};
  std::uint64_t military = 0;      ///< troops, staff officers, experts on mission
  std::uint64_t civil_police = 0;  ///< the police types
  std::uint32_t first_row = 0;     ///< 1-based row in `Report::un_counts` of its first count
};

/// The months of the UN's counts that fall in `period`, by mission (annex 2's in the missions' order,
/// then the UN missions annex 2 does not list, by acronym) and by day. An acronym ties to the first annex
/// 2 mission whose annex 2 or annex 1 name it names by the join rule, else to the first that has it as a
/// word (`un_acronym_names`).
[[nodiscard]] constexpr std::vector<UnMonth> un_months(const Report& report, std::span<const Mission> missions,
                                                       const ReportingPeriod& period) {
  // Each acronym tied once: a file of many rows has few missions.
  struct Tie {
    std::string_view acronym;
    std::uint32_t mission;
  };
  std::vector<Tie> ties;
  const auto mission_of = [&](std::string_view acronym) {
    for (const Tie& t : ties)
      if (t.acronym == acronym) return t.mission;
    std::uint32_t found = UnMonth::not_in_annex2;
    const auto names_of = [&](const Mission& m, auto matches) {
      if (matches(m.name)) return true;
      return m.in_annex1() && matches(report.annex1[m.annex1_row - 1].mission);
    };
    const auto by_key = [&](std::string_view name) { return same_key(ext::trim(acronym), mission_key(name)); };
    const auto as_word = [&](std::string_view name) { return un_acronym_names(acronym, name); };
    for (std::uint32_t i = 0; i < missions.size() && found == UnMonth::not_in_annex2; ++i)
      if (missions[i].in_annex2() && names_of(missions[i], by_key)) found = i;
    for (std::uint32_t i = 0; i < missions.size() && found == UnMonth::not_in_annex2; ++i)
      if (missions[i].in_annex2() && names_of(missions[i], as_word)) found = i;
    ties.push_back({acronym, found});
    return found;
  };

  std::vector<UnMonth> counts;
  for (std::size_t r = 0; r < report.un_counts.size(); ++r) {
    const UnCount& c = report.un_counts[r];
    if (!period.contains(c.reported)) continue;
    UnMonth m{mission_of(c.mission), c.mission, c.reported, 0, 0, static_cast<std::uint32_t>(r + 1)};
    (counts_as_military(c.type) ? m.military : m.civil_police) = c.people();
    counts.push_back(m);
  }
  const auto before = [](const UnMonth& a, const UnMonth& b) {
    if (a.mission != b.mission) return a.mission < b.mission;
    if (a.mission == UnMonth::not_in_annex2 && a.acronym != b.acronym) return a.acronym < b.acronym;
    if (a.reported != b.reported) return a.reported < b.reported;
    return a.first_row < b.first_row;
  };
  std::sort(counts.begin(), counts.end(), before);
  std::vector<UnMonth> months;
  for (const UnMonth& c : counts) {
    const bool same_month = !months.empty() && months.back().mission == c.mission && months.back().reported == c.reported &&
                            (c.mission != UnMonth::not_in_annex2 || months.back().acronym == c.acronym);
    if (!same_month) {
      months.push_back(c);
      continue;
    }
    months.back().military += c.military;
    months.back().civil_police += c.civil_police;
  }
  return months;
}

}  // namespace jvom::checks
