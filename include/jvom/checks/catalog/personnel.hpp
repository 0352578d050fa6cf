#pragma once

#include <chrono>
#include <cstdint>
#include <string_view>

#include "jvom/checks/check.hpp"

/// Personnel: people deployed without a framework, frameworks nobody used, more people than rotations
/// can explain, civil or police deployed without a civil cap.
namespace jvom::checks {

/// People deployed where annex 2 prints no national framework ("-").
struct NoFramework {
  static constexpr std::string_view id = "personnel.no_framework";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Mission& m : in.missions) {
      if (!m.in_annex2()) continue;
      out.examined();
      if (m.framework.caps || m.deployed.empty()) continue;
      out.raise(finding(m.name, "people were deployed without a national framework")
                    .with("framework", std::string_view{"-"}, Source::annex2_row(m.annex2_row))
                    .with("deployed", Count{m.deployed.exact_total()}, Source::annex2_row(m.annex2_row)));
    }
  }
};

/// A framework with posts that nobody filled in the whole period.
struct FrameworkUnused {
  static constexpr std::string_view id = "personnel.framework_unused";
  static constexpr Severity severity = Severity::info;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Mission& m : in.missions) {
      if (!m.framework.caps) continue;
      out.examined();
      if (m.framework.caps->empty() || !m.deployed.empty()) continue;
      out.raise(finding(m.name, "a national framework with posts, and nobody deployed")
                    .with("framework", Count{m.framework.caps->exact_total()}, Source::annex2_row(m.annex2_row))
                    .with("deployed", Count{0}, Source::annex2_row(m.annex2_row)));
    }
  }
};

/// More people than the posts can hold, category by category: military against the military cap with tours
/// of at least `Config::min_tour_months`, civil and police staff against the civil/police cap with tours of
/// at least `Config::min_civil_tour_months`. With tours of 3 months a post can be filled by 4 people in a
/// 12-month period, and not more; with tours of a year, by one. A category without a cap is not this
/// check's (personnel.no_framework, personnel.civil_without_cap).
struct RotationExceeded {
  static constexpr std::string_view id = "personnel.rotation_exceeded";
  static constexpr Severity severity = Severity::warning;
  // Measured once, not once a mission: a dataset validated at compile time pays for every character.
  static constexpr std::string_view military_what = "more military deployed than rotations of military tours allow";
  static constexpr std::string_view civil_what =
      "more civil and police staff deployed than rotations of their tours allow";
  static constexpr std::string_view military_tour = "shortest military tour (months)";
  static constexpr std::string_view civil_tour = "shortest civil/police tour (months)";

  /// Months the period spans, counting partial months whole: May 2024 to April 2025 is 12.
  static constexpr std::uint64_t months(const ReportingPeriod& p) noexcept {
    const auto first = p.first_day(), last = p.last_day();
    return static_cast<std::uint64_t>((static_cast<int>(last.year()) - static_cast<int>(first.year())) * 12 +
                                      static_cast<int>(static_cast<unsigned>(last.month())) -
                                      static_cast<int>(static_cast<unsigned>(first.month())) + 1);
  }

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    if (!in.period) return;
    const std::uint64_t period_months = months(*in.period);
    for (const Mission& m : in.missions) {
      if (!m.framework.caps || m.framework.caps->empty()) continue;
      out.examined();
      const auto check = [&](std::uint64_t deployed, std::uint64_t cap, unsigned tour_months, std::string_view what,
                             std::string_view tour_label) {
        // deployed / cap > period_months / tour_months, in integers
        if (tour_months == 0 || cap == 0 || deployed * tour_months <= cap * period_months) return;
        out.raise(finding(m.name, what)
                      .with("deployed", Count{deployed}, Source::annex2_row(m.annex2_row))
                      .with("framework", Count{cap}, Source::annex2_row(m.annex2_row))
                      .with(tour_label, Count{tour_months}, Source::configuration())
                      .with("people per post at most",
                            Ratio{static_cast<Headcount>(period_months), static_cast<Headcount>(tour_months)},
                            Source::computed()));
      };
      const PersonnelCount& caps = *m.framework.caps;
      check(m.deployed.military, caps.military, in.config.min_tour_months, military_what, military_tour);
      check(m.deployed.exact_non_military(), caps.exact_non_military(), in.config.min_civil_tour_months, civil_what,
            civil_tour);
    }
  }
};

/// Civil or police personnel deployed where the framework has no civil/police cap.
struct CivilWithoutCap {
  static constexpr std::string_view id = "personnel.civil_without_cap";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Mission& m : in.missions) {
      if (!m.in_annex2()) continue;
      out.examined();
      const std::uint64_t civil = m.deployed.exact_non_military();
      if (civil == 0 || (m.framework.caps && m.framework.caps->exact_non_military() > 0)) continue;
      out.raise(finding(m.name, "civil or police personnel deployed without a civil/police cap")
                    .with("deployed civil/police", Count{civil}, Source::annex2_row(m.annex2_row))
                    .with("civil/police cap", Count{m.framework.caps ? m.framework.caps->exact_non_military() : 0},
                          Source::annex2_row(m.annex2_row)));
    }
  }
};

}  // namespace jvom::checks
