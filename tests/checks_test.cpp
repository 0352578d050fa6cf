// Each check of the catalog on small datasets made to trip it, and made not to.
#include <doctest/doctest.h>

#include <algorithm>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "small_dataset.hpp"

using namespace std::chrono;
using namespace jvom;
namespace printed = jvom::as_printed;

namespace {

using Dataset = jvom::testing::SmallDataset;

std::vector<Finding> of_check(const CheckResults& results, std::string_view check) {
  std::vector<Finding> out;
  std::copy_if(results.findings.begin(), results.findings.end(), std::back_inserter(out),
               [&](const Finding& f) { return f.check == check; });
  return out;
}

std::vector<Finding> findings(const Dataset& d, std::string_view check, const Config& config = default_config) {
  return of_check(run_checks(d.report(), config), check);
}

const CheckSummary& summary(const CheckResults& results, std::string_view check) {
  return *std::find_if(results.summaries.begin(), results.summaries.end(),
                       [&](const CheckSummary& s) { return s.check == check; });
}

}  // namespace

TEST_CASE("the base dataset is consistent: no check finds anything") {
  const CheckResults results = run_checks(Dataset{}.report());
  for (const Finding& f : results.findings) FAIL(message(f));
  CHECK(results.summaries.size() == std::tuple_size_v<std::remove_cvref_t<decltype(catalog)>> + 1);
}

TEST_CASE("totals.row_sum: a row's printed total that is not military + civil/police") {
  Dataset d;
  d.annex2[0].deployed_civil = 1;  // 4 + 1, printed 4
  const auto found = findings(d, "totals.row_sum");
  REQUIRE(found.size() == 1);
  CHECK(found[0].imbalance == -1);
  CHECK(found[0].evidence[0].source == Source::annex2_row(1));
  d.annex2[0].deployed_total = 5;
  CHECK(findings(d, "totals.row_sum").empty());
}

TEST_CASE("totals.column_sum: each column of the printed totals row against the rows") {
  Dataset d;
  d.totals = PersonnelRow{
      .mission = "Totaal", .framework_military = 2, .framework_civil = 0, .deployed_military = 4, .deployed_total = 4};
  CHECK(findings(d, "totals.column_sum").empty());
  d.totals->framework_civil = 3;
  d.totals->deployed_military = 5;
  d.totals->deployed_total = 5;
  const auto found = findings(d, "totals.column_sum");
  REQUIRE(found.size() == 3);
  CHECK(found[0].evidence[0].label == "framework_civil");
  CHECK(found[0].imbalance == 3);
  CHECK(found[1].evidence[0].label == "deployed_military");
  CHECK(found[2].evidence[0].label == "deployed_total");
  CHECK(found[2].imbalance == 1);
}

TEST_CASE("totals.column_sum examines nothing when no totals row is printed, and says so") {
  const CheckResults results = run_checks(Dataset{}.report());
  CHECK(summary(results, "totals.column_sum").examined == 0);
}

TEST_CASE("totals sums never overflow, whatever the counts") {
  Dataset d;
  d.annex2.push_back(d.annex2[0]);
  d.annex2[0].deployed_military = d.annex2[1].deployed_military = max_headcount;
  d.annex2[0].deployed_total = d.annex2[1].deployed_total = max_headcount;
  d.annex2[1].mission = "UNC";
  d.totals = PersonnelRow{.mission = "Totaal", .deployed_military = max_headcount, .deployed_total = max_headcount};
  const auto found = findings(d, "totals.column_sum");
  REQUIRE(found.size() >= 2);
  CHECK(found[1].imbalance == -static_cast<std::int64_t>(max_headcount));
}

TEST_CASE("totals.narrative: totals the text states for the whole report") {
  Dataset d;
  d.claims = {{"", ClaimField::deployed_total, Headcount{4}, "2.1"},
              {"", ClaimField::deployed_military, Headcount{5}, "b2"}};
  const auto found = findings(d, "totals.narrative");
  REQUIRE(found.size() == 1);
  CHECK(found[0].imbalance == 1);
  CHECK(found[0].evidence[0].source == Source::narrative("b2"));
}

TEST_CASE("crossannex: missing missions, and the separate-report exception") {
  Dataset d;
  d.annex1.push_back({{"Diversen"},
                      "VPD",
                      printed::legal_basis("Art. 97 Grondwet"),
                      printed::end("Onbepaald"),
                      printed::end("Onbepaald")});
  d.annex2.push_back({.region = {"EUROPA"},
                      .mission = "NAVO oostflank (separate VGR)",
                      .framework_military = 520,
                      .framework_civil = 0,
                      .deployed_military = 1481,
                      .deployed_total = 1481});
  d.annex2.push_back({.region = {"Diversen"},
                      .mission = "HQ CENTCOM",
                      .framework_military = 4,
                      .framework_civil = 0,
                      .deployed_military = 4,
                      .deployed_total = 4});
  const auto in2 = findings(d, "crossannex.missing_in_annex2");
  REQUIRE(in2.size() == 1);
  CHECK(in2[0].mission == "VPD");
  const auto in1 = findings(d, "crossannex.missing_in_annex1");
  REQUIRE(in1.size() == 1);  // the eastern flank is covered by its own report
  CHECK(in1[0].mission == "HQ CENTCOM");

  // What both checks start from: KFOR is in both annexes, the other three in one each; annex 2 lists
  // three missions, one of them covered by its own report.
  const auto missions = join_missions(d.report());
  const checks::AnnexCoverage coverage = checks::annex_coverage(missions);
  CHECK(coverage.in_annex1 == 2);
  CHECK(coverage.in_annex2_reported_here == 2);
  REQUIRE(coverage.one_annex_only.size() == 3);
  for (const std::uint32_t i : coverage.one_annex_only) CHECK(missions[i].in_annex1() != missions[i].in_annex2());
  CHECK(std::is_sorted(coverage.one_annex_only.begin(), coverage.one_annex_only.end()));
  const auto summaries = run_checks(d.report()).summaries;
  const auto examined = [&](std::string_view id) {
    return std::find_if(summaries.begin(), summaries.end(), [&](const CheckSummary& s) { return s.check == id; })
        ->examined;
  };
  CHECK(examined("crossannex.missing_in_annex2") == 2);
  CHECK(examined("crossannex.missing_in_annex1") == 2);
  CHECK(examined("crossannex.similar_names") == 3);
}

TEST_CASE("crossannex.similar_names: swapped letters, a typo, an extended name; not different names") {
  Dataset d;
  d.annex1.push_back({{"Midden-Oosten"}, "OCS (Jeruzalem en Ramallah)", {}, {}, {}});
  d.annex2.push_back({.region = {"Midden-Oosten"}, .mission = "OSC"});
  d.annex1.push_back({{"Midden-Oosten"}, "EMASoH-AGENOR", {}, {}, {}});
  d.annex2.push_back({.region = {"Midden-Oosten"}, .mission = "EMASOH (t/m juni 2024)"});
  d.annex1.push_back({{"Afrika"}, "EUNAVFOR Atalnta", {}, {}, {}});  // a letter dropped
  d.annex2.push_back({.region = {"Afrika"}, .mission = "EUNAVFOR Atalanta"});
  d.annex1.push_back({{"Diversen"}, "UNC", {}, {}, {}});
  d.annex2.push_back({.region = {"Diversen"}, .mission = "VPD"});  // three letters, all different
  const auto similar = findings(d, "crossannex.similar_names");
  REQUIRE(similar.size() == 3);
  std::vector<std::string> pairs;
  for (const Finding& f : similar) pairs.push_back(std::string(f.mission) + " ~ " + std::string(f.other_mission));
  std::sort(pairs.begin(), pairs.end());
  CHECK(pairs == std::vector<std::string>{"EMASOH (t/m juni 2024) ~ EMASoH-AGENOR",
                                          "EUNAVFOR Atalanta ~ EUNAVFOR Atalnta", "OSC ~ OCS (Jeruzalem en Ramallah)"});
  // The paired names are explained: only UNC and VPD are reported missing.
  const auto in2 = findings(d, "crossannex.missing_in_annex2");
  REQUIRE(in2.size() == 1);
  CHECK(in2[0].mission == "UNC");
  REQUIRE(findings(d, "crossannex.missing_in_annex1").size() == 1);
}

TEST_CASE("crossannex.similar_names follows its configuration") {
  Dataset d;
  d.annex1.push_back({{"Afrika"}, "EUNAVFR Atalnta", {}, {}, {}});  // two letters dropped
  d.annex2.push_back({.region = {"Afrika"}, .mission = "EUNAVFOR Atalanta"});
  CHECK(findings(d, "crossannex.similar_names").empty());
  Config two_edits;
  two_edits.max_name_edits = 2;
  CHECK(findings(d, "crossannex.similar_names", two_edits).size() == 1);
  Config off;
  off.max_name_edits = 0;
  d.annex1[1].mission = "OCS";
  d.annex2[1].mission = "OSC";
  CHECK(findings(d, "crossannex.similar_names").size() == 1);
  CHECK(findings(d, "crossannex.similar_names", off).empty());
  Config longer;
  longer.min_similar_name_length = 4;
  CHECK(findings(d, "crossannex.similar_names", longer).empty());
}

TEST_CASE("crossannex.similar_names: names past max_two_edit_name_length pair at one edit, whatever their length") {
  Config two_edits;
  two_edits.max_name_edits = 2;
  // A name and another with two letters changed: two edits apart, at the length limit and one past it.
  const auto twice_changed = [](std::string name) {
    name[1] = 'x';
    name[name.size() - 2] = 'y';
    return name;
  };
  const std::string at_limit(max_two_edit_name_length, 'm'), past_limit(max_two_edit_name_length + 1, 'm');
  const std::string at_limit_changed = twice_changed(at_limit), past_limit_changed = twice_changed(past_limit);
  Dataset d;
  d.annex1.push_back({{"Afrika"}, at_limit, {}, {}, {}});
  d.annex2.push_back({.region = {"Afrika"}, .mission = at_limit_changed});
  CHECK(findings(d, "crossannex.similar_names", two_edits).size() == 1);
  d.annex1.back().mission = past_limit;
  d.annex2.back().mission = past_limit_changed;
  CHECK(findings(d, "crossannex.similar_names", two_edits).empty());
  // One edit apart, they pair at any length. A name of 20,000 characters had 200 million variants with
  // two left out (1.6 GB of them), and one of 64 KB (the longest cell) two billion.
  std::string long_name(20'000, 'a'), long_name_typo = long_name;
  for (std::size_t i = 0; i < long_name.size(); i += 3) long_name[i] = long_name_typo[i] = 'b';
  long_name_typo[10'000] = 'c';
  d.annex1.back().mission = long_name;
  d.annex2.back().mission = long_name_typo;
  const auto similar = findings(d, "crossannex.similar_names", two_edits);
  REQUIRE(similar.size() == 1);
  CHECK(similar[0].mission == long_name_typo);
  CHECK(similar[0].other_mission == long_name);
}

TEST_CASE("crossannex.similar_names: names of long runs of one letter are compared once, not once a variant") {
  // Deleting any letter of a run leaves the same text. Each of these names has 20,001 equal variants,
  // 20,000 a's, a c and 20,000 b's, and the pair was a candidate 400 million times over (3.2 GB).
  const std::string more_a = std::string(20'001, 'a') + 'c' + std::string(20'000, 'b');
  const std::string more_b = std::string(20'000, 'a') + 'c' + std::string(20'001, 'b');
  const std::string more_a_typo = more_a + 'x';
  Dataset d;
  d.annex1.push_back({{"Afrika"}, more_a, {}, {}, {}});
  d.annex2.push_back({.region = {"Afrika"}, .mission = more_b});
  CHECK(findings(d, "crossannex.similar_names").empty());  // an a taken out, a b put in: two edits
  Config two_edits;
  two_edits.max_name_edits = 2;
  CHECK(findings(d, "crossannex.similar_names", two_edits).empty());  // past the length for two
  d.annex2.back().mission = more_a_typo;
  CHECK(findings(d, "crossannex.similar_names").size() == 1);
}

TEST_CASE("crossannex.region_differs ignores case and sub-groups") {
  Dataset d;
  CHECK(findings(d, "crossannex.region_differs").empty());  // Europa / EUROPA
  d.annex2[0].region = {"Europa", "overige missies"};
  CHECK(findings(d, "crossannex.region_differs").empty());
  d.annex1[0].region = {"Afrika"};
  const auto found = findings(d, "crossannex.region_differs");
  REQUIRE(found.size() == 1);
  CHECK(std::get<std::string_view>(found[0].evidence[0].value) == "Afrika");
}

TEST_CASE("crossannex.duplicate: a mission twice in one annex, qualifiers and case aside") {
  Dataset d;
  d.annex2.push_back({.region = {"EUROPA"}, .mission = "kfor (tweede rij)"});
  d.annex2.push_back({.region = {"EUROPA"}, .mission = "KFOR"});
  const auto found = findings(d, "crossannex.duplicate");
  REQUIRE(found.size() == 2);
  CHECK(found[0].evidence[0].source == Source::annex2_row(1));
  CHECK(found[0].evidence[1].source == Source::annex2_row(2));
  CHECK(found[1].evidence[1].source == Source::annex2_row(3));
}

TEST_CASE("dates: expired mandates and frameworks against the reference date") {
  Dataset d;
  d.annex1[0].mandate_end = printed::end("31 december 2024");
  d.annex1[0].framework_end = printed::end("31 januari 2025");
  CHECK(findings(d, "dates.mandate_expired").size() == 1);
  CHECK(findings(d, "dates.framework_expired").size() == 1);
  CHECK(findings(d, "dates.framework_outlives_mandate").size() == 1);
  Config earlier;  // on 31 December 2024 neither had ended yet
  earlier.reference_date = 2024y / December / 31;
  CHECK(findings(d, "dates.mandate_expired", earlier).empty());
  CHECK(findings(d, "dates.framework_expired", earlier).empty());
  d.annex2[0].deployed_military = d.annex2[0].deployed_total = 0;  // nobody deployed: nothing wrong
  CHECK(findings(d, "dates.mandate_expired").empty());
}

TEST_CASE("dates need a period: without one, the date checks say so") {
  Dataset d;
  d.period.reset();
  const CheckResults results = run_checks(d.report());
  CHECK(of_check(results, "dates.no_reference_date").size() == 1);
  CHECK(summary(results, "dates.mandate_expired").examined == 0);
  // a period claim is enough
  d.claims = {{"", ClaimField::period, printed::period("mei 2024 t/m april 2025"), "1"}};
  CHECK(findings(d, "dates.no_reference_date").empty());
  // and so is a reference date in the configuration
  d.claims.clear();
  Config with_date;
  with_date.reference_date = 2025y / April / 30;
  CHECK(findings(d, "dates.no_reference_date", with_date).empty());
}

TEST_CASE("totals.suspect_cells: the cells whose correction makes every sum hold, each a finding") {
  Dataset d;
  d.annex2.push_back({.region = {"EUROPA"}, .mission = "EUFOR Althea", .framework_military = 5, .framework_civil = 1,
                      .deployed_military = 3, .deployed_civil = 1, .deployed_total = 4});
  d.totals = PersonnelRow{.mission = "Totaal", .framework_military = 7, .framework_civil = 1, .deployed_military = 7,
                          .deployed_civil = 1, .deployed_total = 8};
  CHECK(findings(d, "totals.suspect_cells").empty());
  CHECK(summary(run_checks(d.report()), "totals.suspect_cells").examined == 3);  // two rows and Totaal

  // One cell: the row and the column meet in it.
  d.annex2[1].deployed_military = 5;  // Totaal 4 says 3, and so does the column
  auto found = findings(d, "totals.suspect_cells");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].mission == "EUFOR Althea");
  CHECK(found[0].what == checks::SuspectCells::one_cell);
  CHECK(found[0].evidence[0].label == "deployed_military");
  CHECK(found[0].evidence[0].value == FindingValue{Count{5}});
  CHECK(found[0].evidence[0].source == Source::annex2_row(2));
  CHECK(found[0].evidence[1].value == FindingValue{Count{3}});
  CHECK(found[0].evidence[2].value == FindingValue{Count{1}});  // the one correction there is

  // Military and civil/police typed into each other's column: the exchange is named, first.
  d.annex2[1].deployed_military = 1;
  d.annex2[1].deployed_civil = 3;
  found = findings(d, "totals.suspect_cells");
  REQUIRE(found.size() == 2);  // EUFOR's exchange, or the Totaal row's two cells
  CHECK(found[0].mission == "EUFOR Althea");
  CHECK(found[0].what == checks::SuspectCells::exchanged_of_several);
  CHECK(found[0].evidence[1].value == FindingValue{Count{3}});
  CHECK(found[0].evidence[3].value == FindingValue{Count{1}});
  CHECK(found[1].mission.empty());
  CHECK(found[1].evidence[0].source == Source::totals_row());
  CHECK(found[1].what == checks::SuspectCells::two_cells_of_several);

  // A wrong deployed cell and a wrong framework total share no sum: one cell each, combined. The civil
  // caps add up to 1 and Totaal prints 2: KFOR's or EUFOR's cap raised by one, or the total lowered.
  d.annex2[1].deployed_military = 5;
  d.annex2[1].deployed_civil = 1;
  d.totals->framework_civil = 2;
  found = findings(d, "totals.suspect_cells");
  REQUIRE(found.size() == 3);
  for (const Finding& f : found) {
    CHECK(f.what == checks::SuspectCells::two_cells_of_several);
    CHECK(f.evidence_count == 4);
  }
  CHECK(found[0].mission == "KFOR");  // KFOR's civil cap 0 -> 1, with EUFOR's military 5 -> 3
  CHECK(found[0].other_mission == "EUFOR Althea");
  CHECK(found[0].evidence[0].label == "framework_civil");
  CHECK(found[0].evidence[2].label == "deployed_military");

  // Beyond two cells: one finding that says so.
  d = Dataset{};
  d.annex2.push_back({.mission = "B", .deployed_military = 1, .deployed_total = 1});
  d.annex2.push_back({.mission = "C", .deployed_military = 1, .deployed_total = 1});
  d.totals = PersonnelRow{.mission = "Totaal", .framework_military = 2, .deployed_military = 6, .deployed_total = 6};
  d.annex2[0].deployed_military = 5;
  d.annex2[1].deployed_civil = 2;
  d.annex2[2].deployed_total = 4;
  found = findings(d, "totals.suspect_cells");
  REQUIRE(found.size() == 1);
  CHECK(found[0].what == checks::SuspectCells::beyond);
  CHECK(found[0].mission.empty());

  // More equally small corrections than Config::max_named_corrections: their number, no cell.
  d = Dataset{};
  d.totals = PersonnelRow{.mission = "Totaal", .framework_military = 3, .framework_civil = 1, .deployed_military = 4,
                          .deployed_total = 4};
  Config few;
  few.max_named_corrections = 3;  // 2 x 2: either framework cap of each column
  found = findings(d, "totals.suspect_cells", few);
  REQUIRE(found.size() == 1);
  CHECK(found[0].what == checks::SuspectCells::too_many);
  CHECK(found[0].evidence[0].value == FindingValue{Count{4}});
  CHECK(findings(d, "totals.suspect_cells").size() == 4);

  // No printed Totaal row: nothing to localise against.
  d.totals.reset();
  d.annex2[0].deployed_civil = 1;
  CHECK(findings(d, "totals.suspect_cells").empty());
  CHECK(summary(run_checks(d.report()), "totals.suspect_cells").examined == 0);
}

TEST_CASE("dates.implausible: an end too far from the period names its cell") {
  Dataset d;
  CHECK(findings(d, "dates.implausible").empty());  // framework end 30 april 2026, mandate indefinite
  d.annex1[0].framework_end = printed::end("30 juni 2208");
  auto found = findings(d, "dates.implausible");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].mission == "KFOR");
  CHECK(found[0].evidence[0].label == "framework end");
  CHECK(found[0].evidence[0].value == FindingValue{printed::end("30 juni 2208")});
  CHECK(found[0].evidence[0].source == Source::annex1_row(1));
  CHECK(found[0].evidence[2].value == FindingValue{year_month_day{2014y / January / 1}});
  CHECK(found[0].evidence[3].value == FindingValue{year_month_day{2035y / December / 31}});

  // The window's edges: the last plausible year passes, the year after does not; likewise before.
  d.annex1[0].framework_end = printed::end("31 december 2035");
  CHECK(findings(d, "dates.implausible").empty());
  d.annex1[0].framework_end = printed::end("1 januari 2036");
  CHECK(findings(d, "dates.implausible").size() == 1);
  d.annex1[0].framework_end = printed::end("1 januari 2014");
  CHECK(findings(d, "dates.implausible").empty());
  d.annex1[0].framework_end = printed::end("31 december 2013");
  CHECK(findings(d, "dates.implausible").size() == 1);

  // Mandate and framework are cells of their own: both wrong, two findings, each naming its column.
  d.annex1[0].mandate_end = printed::end("31 augustus 1924");
  found = findings(d, "dates.implausible");
  REQUIRE(found.size() == 2);
  CHECK(found[0].evidence[0].label == "mandate end");
  CHECK(found[1].evidence[0].label == "framework end");

  // The window is configurable; an extreme one cannot overflow the years std::chrono names.
  Config wide;
  wide.max_years_before_period = 200;
  wide.max_years_after_period = 4'000'000'000u;
  CHECK(findings(d, "dates.implausible", wide).empty());
  Config narrow;
  narrow.max_years_after_period = 0;  // nothing past the period's last year
  d = Dataset{};
  CHECK(findings(d, "dates.implausible", narrow).size() == 1);  // 30 april 2026

  // Without a period, the configured reference date stands for it; without either, nothing is examined.
  d.annex1[0].framework_end = printed::end("30 juni 2208");
  d.period.reset();
  Config with_date;
  with_date.reference_date = 2025y / April / 30;
  found = findings(d, "dates.implausible", with_date);
  REQUIRE(found.size() == 1);
  CHECK(found[0].evidence[1].source == Source::configuration());
  CHECK(summary(run_checks(d.report()), "dates.implausible").examined == 0);
}

TEST_CASE("personnel: no framework, unused framework, civil without a cap") {
  Dataset d;
  d.annex2[0].framework_military = std::nullopt;
  CHECK(findings(d, "personnel.no_framework").size() == 1);
  d.annex2[0].framework_military = 2;
  d.annex2[0].deployed_military = d.annex2[0].deployed_total = 0;
  CHECK(findings(d, "personnel.framework_unused").size() == 1);
  d.annex2[0].deployed_civil = d.annex2[0].deployed_total = 1;
  CHECK(findings(d, "personnel.framework_unused").empty());
  CHECK(findings(d, "personnel.civil_without_cap").size() == 1);
  d.annex2[0].framework_civil = 1;
  CHECK(findings(d, "personnel.civil_without_cap").empty());
}

TEST_CASE("personnel.rotation_exceeded: four people per post in a year with 3-month tours, not five") {
  Dataset d;
  d.annex2[0].deployed_military = d.annex2[0].deployed_total = 8;  // 2 posts x 4
  CHECK(findings(d, "personnel.rotation_exceeded").empty());
  d.annex2[0].deployed_military = d.annex2[0].deployed_total = 9;
  const auto found = findings(d, "personnel.rotation_exceeded");
  REQUIRE(found.size() == 1);
  CHECK(found[0].what == "more military deployed than rotations of military tours allow");
  CHECK(found[0].evidence[2].label == "shortest military tour (months)");  // which tour it used
  CHECK(found[0].evidence[2].value == FindingValue{Count{3}});
  CHECK(std::get<Ratio>(found[0].evidence[3].value) == Ratio{12, 3});
  Config long_tours;  // with tours of at least 6 months, 2 per post
  long_tours.min_tour_months = 6;
  d.annex2[0].deployed_military = d.annex2[0].deployed_total = 5;
  CHECK(findings(d, "personnel.rotation_exceeded", long_tours).size() == 1);
  long_tours.min_tour_months = 0;  // the military part off
  CHECK(findings(d, "personnel.rotation_exceeded", long_tours).empty());
}

TEST_CASE("personnel.rotation_exceeded: civil and police staff serve a year, against their own cap") {
  Dataset d;  // KFOR: 2 military posts, 4 military deployed
  d.annex2[0].framework_civil = 1;
  d.annex2[0].deployed_civil = 1;
  d.annex2[0].deployed_total = 5;
  CHECK(findings(d, "personnel.rotation_exceeded").empty());  // one a year on one post
  // Three on a cap of 1: 3-month tours would explain it, a year's do not. Counted with the military, as the
  // check once did, 7 people on 3 posts (7 x 3 <= 3 x 12) hid them.
  d.annex2[0].deployed_civil = 3;
  d.annex2[0].deployed_total = 7;
  const auto found = findings(d, "personnel.rotation_exceeded");
  REQUIRE(found.size() == 1);
  CHECK(found[0].what == "more civil and police staff deployed than rotations of their tours allow");
  CHECK(found[0].evidence[0].value == FindingValue{Count{3}});
  CHECK(found[0].evidence[1].value == FindingValue{Count{1}});
  CHECK(found[0].evidence[2].label == "shortest civil/police tour (months)");
  CHECK(found[0].evidence[2].value == FindingValue{Count{12}});
  CHECK(std::get<Ratio>(found[0].evidence[3].value) == Ratio{12, 12});
  Config short_civil_tours;
  short_civil_tours.min_civil_tour_months = 4;  // 3 a post in 12 months
  CHECK(findings(d, "personnel.rotation_exceeded", short_civil_tours).empty());
  short_civil_tours.min_civil_tour_months = 0;  // the civil/police part off
  CHECK(findings(d, "personnel.rotation_exceeded", short_civil_tours).empty());
  d.annex2[0].deployed_military = 8;
  d.annex2[0].deployed_total = 11;
  const auto both = findings(d, "personnel.rotation_exceeded");
  REQUIRE(both.size() == 1);  // 8 military on 2 posts is what 3-month tours allow
  CHECK(both[0].evidence[2].label == "shortest civil/police tour (months)");
}

TEST_CASE("narrative: counts, dates, legal bases and periods against the annexes") {
  Dataset d;
  d.claims = {
      {"KFOR", ClaimField::deployed_military, Headcount{4}, "2.2.1"},                           // agrees
      {"kfor", ClaimField::framework_military, Headcount{3}, "2.2.1"},                          // 2 in annex 2
      {"KFOR", ClaimField::framework_end, printed::end("30 april 2026"), "2.2.1"},              // agrees
      {"KFOR", ClaimField::mandate_end, printed::end("31 december 2026"), "2.2.1"},             // Onbepaald
      {"KFOR", ClaimField::legal_basis, printed::legal_basis("VNVR-resolutie 1244"), "2.2.1"},  // agrees
      {"KFOR", ClaimField::legal_basis, printed::legal_basis("VNVR-resolutie 1243"), "2.2.1"},  // another
      {"", ClaimField::period, printed::period("mei 2024 tot en met april 2025"), "1"},         // agrees
      {"", ClaimField::period, printed::period("mei 2023 t/m april 2024"), "b2"},               // last year's
      {"UNMISS", ClaimField::deployed_total, Headcount{2}, "2.9"},                              // unknown
      {"KFOR", ClaimField::deployed_total, printed::end("Onbepaald"), "2.2.1"},                 // wrong kind
  };
  const CheckResults results = run_checks(d.report());
  const auto counts = of_check(results, "narrative.count");
  REQUIRE(counts.size() == 1);
  CHECK(counts[0].evidence[0].value == FindingValue{Count{3}});
  CHECK(counts[0].evidence[1].value == FindingValue{Count{2}});
  CHECK(of_check(results, "narrative.date").size() == 1);
  CHECK(of_check(results, "narrative.legal_basis").size() == 1);
  CHECK(of_check(results, "narrative.period").size() == 1);
  const auto unmatched = of_check(results, "narrative.unmatched_claim");
  REQUIRE(unmatched.size() == 2);  // in the order of the claims
  CHECK(unmatched[0].mission == "UNMISS");
  CHECK(unmatched[1].what == "the claim's value is not of the kind its field needs");
}

TEST_CASE("narrative.legal_basis: citing some of the annex's resolutions agrees") {
  Dataset d;
  d.annex1[0].legal_basis = printed::legal_basis("VNVR-resolutie 82 en 83");
  d.claims = {{"KFOR", ClaimField::legal_basis, printed::legal_basis("VNVR-resolutie 83"), "x"}};
  CHECK(findings(d, "narrative.legal_basis").empty());
  d.claims[0].value = printed::legal_basis("UNCLOS");
  CHECK(findings(d, "narrative.legal_basis").size() == 1);
}

TEST_CASE("acknowledgements: matched by check and mission; unmatched ones are findings themselves") {
  Dataset d;
  d.annex2[0].framework_military = std::nullopt;  // personnel.no_framework on KFOR
  d.acknowledgements = {{"personnel.no_framework", "kfor", "known"}, {"dates.mandate_expired", "KFOR", "stale"}};
  const CheckResults results = run_checks(d.report());
  const auto acknowledged = of_check(results, "personnel.no_framework");
  REQUIRE(acknowledged.size() == 1);
  CHECK(acknowledged[0].acknowledged);
  CHECK(acknowledged[0].reason == "known");
  const auto unused = of_check(results, "acknowledgement.unused");
  REQUIRE(unused.size() == 1);
  CHECK(unused[0].mission == "KFOR");
  CHECK(unused[0].evidence[0].value == FindingValue{std::string_view{"dates.mandate_expired"}});
  CHECK(results.unacknowledged() == 1);
  CHECK_FALSE(results.fails(Severity::error));  // an unused acknowledgement is a warning
  CHECK(results.fails(Severity::warning));
  d.acknowledgements.pop_back();
  CHECK(valid(d.report()));
}

TEST_CASE(
    "acknowledgements: of equal ones the first is used and the others are reported, 100,000 of them in one pass") {
  // Each was put in the index behind every equal one before it: this took 17 s.
  Dataset d;
  d.annex2[0].framework_military = std::nullopt;  // personnel.no_framework on KFOR
  d.acknowledgements.assign(100'000, {"personnel.no_framework", "KFOR", "known"});
  d.acknowledgements[1].mission = "kfor (an equal name)";
  const CheckResults results = run_checks(d.report());
  const auto acknowledged = of_check(results, "personnel.no_framework");
  REQUIRE(acknowledged.size() == 1);
  CHECK(acknowledged[0].acknowledged);
  const auto unused = of_check(results, "acknowledgement.unused");
  REQUIRE(unused.size() == 99'999);
  CHECK(unused.front().mission == "kfor (an equal name)");
  CHECK(unused.front().evidence[0].source == Source::acknowledgement_row(2));
  CHECK(unused.back().evidence[0].source == Source::acknowledgement_row(100'000));
}

TEST_CASE("a MissionIndex finds the first mission of a name, also among 100,000 of one name") {
  // Each was put in the index behind every mission of its name before it: this took 16 s.
  std::vector<Mission> missions(100'000);
  for (std::size_t i = 0; i < missions.size(); ++i) {
    missions[i].name = i % 2 == 0 ? "KFOR" : "kfor (again)";
    missions[i].annex2_row = static_cast<std::uint32_t>(i + 1);
  }
  missions.back().name = "UNTSO";
  const checks::MissionIndex index(missions);
  CHECK(index.find("Kfor") == &missions[0]);
  CHECK(index.find("UNTSO (Libanon en Golan)") == &missions.back());
  CHECK(index.find("UNC") == nullptr);
}

TEST_CASE("one acknowledgement covers every finding of its check for its mission") {
  Dataset d;
  d.claims = {{"", ClaimField::deployed_military, Headcount{5}, "a"},
              {"", ClaimField::deployed_total, Headcount{6}, "b"}};
  d.acknowledgements = {{"totals.narrative", "", "both stale"}};
  const CheckResults results = run_checks(d.report());
  CHECK(of_check(results, "totals.narrative").size() == 2);
  CHECK(results.unacknowledged() == 0);
}

TEST_CASE("narrative.posts_over_framework: posts at one time against the caps, civil and police together") {
  Dataset d;  // KFOR: a military cap of 2, a civil/police cap of 0
  d.annex2[0].framework_civil = 2;
  d.claims = {{"KFOR", ClaimField::posts_military, Headcount{2}, "2.2.1", "twee", 10, "posts"},
              {"KFOR", ClaimField::posts_military, Headcount{3}, "2.2.1", "drie", 11, "posts"},
              {"KFOR", ClaimField::posts_civil, Headcount{1}, "2.2.1", "een en twee", 12, "posts"},
              {"KFOR", ClaimField::posts_police, Headcount{2}, "2.2.1", "een en twee", 12, "posts"},
              {"KFOR", ClaimField::posts_civil, Headcount{2}, "2.2.1", "twee", 13, "posts"}};
  const auto found = findings(d, "narrative.posts_over_framework");
  REQUIRE(found.size() == 2);
  CHECK(found[0].evidence[0].value == FindingValue{Count{3}});
  CHECK(found[0].evidence[0].source == Source{SourceKind::narrative, 11, "2.2.1", "drie"});
  CHECK(found[1].evidence[0].value == FindingValue{Count{3}});  // 1 civil + 2 police of line 12
  CHECK(found[1].evidence[1].value == FindingValue{Count{2}});
  d.annex2[0].framework_military.reset();  // no framework: personnel.no_framework's, not this check's
  d.annex2[0].framework_civil.reset();
  CHECK(findings(d, "narrative.posts_over_framework").empty());
}

TEST_CASE("narrative.named_over_deployed: the most any claim names, civil and police added") {
  Dataset d;  // KFOR: 4 military deployed, no civil/police
  d.claims = {{"KFOR", ClaimField::named_military, Headcount{4}, "2.2.1"},
              {"KFOR", ClaimField::named_military, Headcount{3}, "2.5"}};
  CHECK(findings(d, "narrative.named_over_deployed").empty());  // 4 and 3 may be the same people
  d.claims.push_back({"KFOR", ClaimField::named_military, Headcount{5}, "2.6"});
  d.claims.push_back({"KFOR", ClaimField::named_police, Headcount{1}, "2.6"});
  const auto found = findings(d, "narrative.named_over_deployed");
  REQUIRE(found.size() == 2);
  CHECK(found[0].evidence[0].value == FindingValue{Count{5}});
  CHECK(found[0].evidence[1].value == FindingValue{Count{4}});
  CHECK(found[1].what == "the text names more civil and police staff than annex 2 says were deployed");
  d.annex2[0].deployed_civil = 1;
  d.annex2[0].deployed_military = 5;
  CHECK(findings(d, "narrative.named_over_deployed").empty());
}

TEST_CASE("narrative.contribution_ended and .contribution_end: the text's end against both annexes") {
  Dataset d;  // KFOR's framework ends 30 april 2026; 4 deployed in May 2024 - April 2025
  d.claims = {{"KFOR", ClaimField::contribution_end, printed::end("30 april 2026"), "2.2.1"},
              {"KFOR", ClaimField::contribution_end, printed::end("1 mei 2026"), "2.2.1"}};  // "tot 1 mei"
  CHECK(findings(d, "narrative.contribution_end").empty());
  CHECK(findings(d, "narrative.contribution_ended").empty());
  d.claims = {{"KFOR", ClaimField::contribution_end, printed::end("1 maart 2024"), "2.2.1"}};
  CHECK(findings(d, "narrative.contribution_ended").size() == 1);  // ended before May 2024, 4 counted
  CHECK(findings(d, "narrative.contribution_end").size() == 1);    // and not when the framework did
  d.annex2[0].deployed_military = d.annex2[0].deployed_total = 0;
  CHECK(findings(d, "narrative.contribution_ended").empty());
  d.claims = {{"KFOR", ClaimField::contribution_end, printed::end("29 april 2026"), "2.2.1"}};  // a day early
  CHECK(findings(d, "narrative.contribution_end").size() == 1);
  d.annex1[0].framework_end = printed::end("Onbepaald");
  d.claims = {{"KFOR", ClaimField::contribution_end, printed::end("30 april 2026"), "2.2.1"}};
  CHECK(findings(d, "narrative.contribution_end").size() == 1);  // an open framework, an ended contribution
}

TEST_CASE("narrative.placeholder: every placeholder is a warning; a claims.csv one reads too") {
  Dataset d;
  d.claims = {{"", ClaimField::placeholder, std::string_view{"XXX"}, "3", "(Kamerstuk XXX)", 189, "placeholder"}};
  const CheckResults results = run_checks(d.report());
  const auto found = of_check(results, "narrative.placeholder");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(message(found[0]) == "report: the text holds a placeholder where something was to be filled in: placeholder "
                             "'XXX' (narrative 3, line 189: \xE2\x80\x9C(Kamerstuk XXX)\xE2\x80\x9D)");
  CHECK_FALSE(results.fails(Severity::error));
  CHECK(of_check(results, "narrative.unmatched_claim").empty());
}
