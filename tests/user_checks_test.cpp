// Users' own checks: ordinary constexpr callables, run with the catalog at run time and at compile time.
#include <doctest/doctest.h>

#include <algorithm>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>

using namespace jvom;
namespace d2025 = jvom::datasets::jvom2025;

namespace {
// The simple form: a predicate on one mission.
inline constexpr auto over_a_thousand =
    mission_check("acme.over_a_thousand", Severity::info, "more than a thousand deployed",
                  [](const Mission& m) { return m.deployed.total() > 1000; });

// The predicate may describe its finding itself.
inline constexpr auto rotation_over_three =
    mission_check("acme.rotation_over_three", Severity::warning, "", [](const Mission& m) -> std::optional<Finding> {
      const auto ratio = rotation_ratio(m);
      if (!ratio || *ratio <= Ratio{3, 1}) return std::nullopt;
      Finding f = finding(m.name, "more than three people per post");
      f.with("rotation", *ratio, Source::annex2_row(m.annex2_row));
      return f;
    });

// The full form: a struct with an ID, a severity, and a call that sees the whole input.
struct NoMoreThanFourRegions {
  static constexpr std::string_view id = "acme.regions";
  static constexpr Severity severity = Severity::error;
  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    out.examined(in.report.annex2.size());
    if (totals_by_region(in.report.annex2).size() > 4) out.raise(finding({}, "more than four regions"));
  }
};
inline constexpr NoMoreThanFourRegions four_regions{};

static_assert(Check<decltype(over_a_thousand)> && Check<NoMoreThanFourRegions>);

// At compile time: the 2025 report passes these, and fails over_a_thousand where it is true.
static_assert(valid<d2025::report, default_config, four_regions>());
static_assert(run_checks(d2025::report, default_config, rotation_over_three).unacknowledged() == 1);  // CMF, 16 / 4
static_assert(!valid(d2025::report, default_config, over_a_thousand));
static_assert(run_checks(d2025::report, default_config, over_a_thousand).unacknowledged() == 2);
}  // namespace

TEST_CASE("users' checks run after the catalog, with their own summaries") {
  const CheckResults results = run_checks(d2025::report, default_config, over_a_thousand, four_regions);
  std::vector<std::string_view> found;
  for (const Finding& f : results.findings) {
    if (f.check != "acme.over_a_thousand") continue;
    found.push_back(f.mission);
    CHECK(f.severity == Severity::info);
    CHECK_FALSE(f.acknowledged);
  }
  CHECK(found == std::vector<std::string_view>{"NAVO oostflank (separate VGR)",
                                               "NAVO-missie Irak en de brede veiligheidsinzet in Irak (separate VGR)"});
  const auto summary_of = [&](std::string_view id) {
    return *std::find_if(results.summaries.begin(), results.summaries.end(),
                         [&](const CheckSummary& s) { return s.check == id; });
  };
  CHECK(summary_of("acme.over_a_thousand").examined == 22);  // every mission
  CHECK(summary_of("acme.over_a_thousand").findings == 2);
  CHECK(summary_of("acme.regions").findings == 0);
}

TEST_CASE("a user's check can describe its own finding") {
  const CheckResults results = run_checks(d2025::report, default_config, rotation_over_three);
  REQUIRE(results.unacknowledged() == 1);
  CHECK(message(results.findings.back()) ==
        "CMF (incl. operatie \xE2\x80\x98Prosperity Guardian\xE2\x80\x99): more than three people per post: rotation "
        "16/4 (4.00) (annex 2 row 10)");
  Config strict;
  const auto over_two =
      mission_check("acme.rotation_over_two", Severity::warning, "", [](const Mission& m) -> std::optional<Finding> {
        const auto ratio = rotation_ratio(m);
        if (!ratio || *ratio <= Ratio{2, 1}) return std::nullopt;
        return finding(m.name, "more than two per post").with("rotation", *ratio, Source::annex2_row(m.annex2_row));
      });
  const CheckResults more = run_checks(d2025::report, strict, over_two);
  std::vector<std::string> messages;
  for (const Finding& f : more.findings)
    if (f.check == "acme.rotation_over_two") messages.push_back(message(f));
  REQUIRE(messages.size() == 4);  // 2.85, 2.79, 4.00, 2.25
  CHECK(messages[0] ==
        "NAVO oostflank (separate VGR): more than two per post: rotation 1481/520 (2.85) (annex 2 row 1)");
}

TEST_CASE("acknowledgements cover users' checks too") {
  const std::array<Acknowledgement, 1> extra{{{"acme.regions", "", "we know"}}};
  Report report = d2025::report;
  std::vector<Acknowledgement> acknowledgements(d2025::acknowledgements.begin(), d2025::acknowledgements.end());
  acknowledgements.push_back({"acme.over_a_thousand", "NAVO oostflank", "the eastern flank is large by design"});
  acknowledgements.push_back(
      {"acme.over_a_thousand", "NAVO-missie Irak en de brede veiligheidsinzet in Irak", "so is Iraq"});
  report.acknowledgements = acknowledgements;
  CHECK(valid(report, default_config, over_a_thousand));
  CHECK_FALSE(valid(report, default_config));  // without the check, its acknowledgements match nothing
  (void)extra;
}
