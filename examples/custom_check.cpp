// Your own checks, next to jvom's catalog: at compile time and at run time.
//
//   $ custom_check
//   acme.rotation_over_two (warning), 4 findings:
//     NAVO oostflank (separate VGR): more than two people per post: rotation 1481/520 (2.85) (annex 2 row 1)
//     ...
//   acme.civil_share (info), 4 findings:
//     OSC: more than 1% of those deployed are civil or police: civil/police 2 (annex 2 row 7); deployed 10 ...
//     ...
#include <cstdio>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/jvom.hpp>
#include <string>

namespace acme {

// A check on one mission at a time: return true where it fails, or a finding that says more.
inline constexpr auto rotation_over_two = jvom::mission_check(
    "acme.rotation_over_two", jvom::Severity::warning, "", [](const jvom::Mission& m) -> std::optional<jvom::Finding> {
      const auto ratio = jvom::rotation_ratio(m);  // deployed per framework post; none without a framework
      if (!ratio || *ratio <= jvom::Ratio{2, 1}) return std::nullopt;
      return jvom::finding(m.name, "more than two people per post")
          .with("rotation", *ratio, jvom::Source::annex2_row(m.annex2_row));
    });

// A check that sees the whole report: an ID, a severity, and a call that examines and raises.
struct CivilShare {
  static constexpr std::string_view id = "acme.civil_share";
  static constexpr jvom::Severity severity = jvom::Severity::info;

  constexpr void operator()(const jvom::CheckInput& in, jvom::FindingSink& out) const {
    for (const jvom::Mission& m : in.missions) {
      out.examined();
      const auto civil = m.deployed.exact_non_military(), all = m.deployed.exact_total();
      if (civil * 100 <= all) continue;  // at most 1%
      out.raise(jvom::finding(m.name, "more than 1% of those deployed are civil or police")
                    .with("civil/police", jvom::Count{civil}, jvom::Source::annex2_row(m.annex2_row))
                    .with("deployed", jvom::Count{all}, jvom::Source::annex2_row(m.annex2_row)));
    }
  }
};
inline constexpr CivilShare civil_share{};

}  // namespace acme

namespace data = jvom::datasets::jvom2025;

// At compile time: the 2025 report with its acknowledgements passes the catalog...
static_assert(jvom::valid<data::report>());
// ... and these checks find what they find, in a constant expression.
static_assert(jvom::run_checks(data::report, jvom::default_config, acme::rotation_over_two).unacknowledged() == 4);
// To make the build fail on them, as the catalog does: jvom::valid<data::report, jvom::default_config,
// acme::rotation_over_two, acme::civil_share>() names the findings' check, mission and row.

int main() {
  // At run time: the catalog and your checks in one run; print what your checks found.
  const jvom::CheckResults results =
      jvom::run_checks(data::report, jvom::default_config, acme::rotation_over_two, acme::civil_share);
  for (const jvom::CheckSummary& summary : results.summaries) {
    if (!summary.check.starts_with("acme.")) continue;
    std::printf("%s (%s), %zu finding%s:\n", std::string(summary.check).c_str(),
                std::string(jvom::enum_name(summary.severity)).c_str(), summary.findings,
                summary.findings == 1 ? "" : "s");
    for (const jvom::Finding& f : results.findings)
      if (f.check == summary.check) std::printf("  %s\n", jvom::message(f).c_str());
  }
}
