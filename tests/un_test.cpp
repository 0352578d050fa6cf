// The UN's monthly figures: its dates, its file, the tie of its acronyms to annex 2, and the three checks,
// on the real Netherlands rows of 2015 to 2025 and on edited copies of them.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/dataset.hpp>
#include <jvom/io/dataset_header.hpp>
#include <jvom/io/sarif.hpp>
#include <jvom/io/un_figures.hpp>
#include <jvom/jvom.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "small_dataset.hpp"

using namespace jvom;
using namespace std::chrono;

namespace {

const std::filesystem::path real_file = JVOM_TEST_DATA "/un/netherlands_2015_2025.csv";

// The 2025 report with the UN's rows, which a test may edit.
struct WithUn {
  OwnedReport report = OwnedReport::copy_of(datasets::jvom2025::report);
  io::RowLocations locations;

  WithUn() { REQUIRE(io::add_un_figures(real_file, report, locations).empty()); }

  UnCount& at(std::string_view mission, year_month_day day) {
    const auto it = std::find_if(report.un_counts.begin(), report.un_counts.end(),
                                 [&](const UnCount& c) { return c.mission == mission && c.reported == day; });
    REQUIRE(it != report.un_counts.end());
    return *it;
  }
  std::vector<Finding> findings(std::string_view check) const {
    const CheckResults results = run_checks(report.report());
    std::vector<Finding> out;
    std::copy_if(results.findings.begin(), results.findings.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.check == check; });
    return out;
  }
};

std::filesystem::path write_temporary(std::string_view name, std::string_view text) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / ("jvom_un_test_" + std::string(name));
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::vector<io::LoadError> read_text(std::string_view text, OwnedReport& into) {
  io::RowLocations locations;
  return io::add_un_figures(write_temporary("file.csv", text), into, locations);
}

constexpr std::string_view header =
    "Contributing_Country,ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,"
    "Last_Reporting_Date\n";

}  // namespace

TEST_CASE("UN dates: the current files' dd/mm/yyyy, the older 30-Nov-20, and ISO") {
  CHECK(text::parse_un_date("30/11/2020") == year_month_day{2020y / November / 30});
  CHECK(text::parse_un_date("1/2/2021") == year_month_day{2021y / February / 1});
  CHECK(text::parse_un_date("30-Nov-20") == year_month_day{2020y / November / 30});
  CHECK(text::parse_un_date("31-dec-99") == year_month_day{1999y / December / 31});  // 19yy from 90 on
  CHECK(text::parse_un_date("31-Jan-2016") == year_month_day{2016y / January / 31});
  CHECK(text::parse_un_date(" 2025-04-30 ") == year_month_day{2025y / April / 30});
  for (const std::string_view bad : {"", "31/11/2020", "30/13/2020", "30/11/20", "30-Nvb-20", "30-Nov-202",
                                     "2020-4-30", "30.11.2020", "30/11/2020x", "11/30/2020", "29-Feb-21"})
    CHECK_MESSAGE(!text::parse_un_date(bad), bad);
  static_assert(text::parse_un_date("30/04/2025") == year_month_day{2025y / April / 30});
  CHECK(text::format_un_date(2024y / May / 1) == "01/05/2024");
  CHECK(text::format_un_date(year{990} / January / 2) == "02/01/0990");  // four digits: it reads back
  CHECK(text::parse_un_date(text::format_un_date(year{990} / January / 2)) == year_month_day{year{990} / January / 2});
}

TEST_CASE("a UN acronym names an annex row by the join rule, or as a word of the name, in the UN's case") {
  CHECK(checks::un_acronym_names("UNTSO", "UNTSO (Libanon en Golan)"));
  CHECK(checks::un_acronym_names("unifil", "UNIFIL"));  // the join rule ignores case
  CHECK(checks::un_acronym_names("MINUSMA", "VN-missie in Mali (MINUSMA)"));
  CHECK(checks::un_acronym_names("UNTSO", "UNDOF/UNTSO"));
  CHECK_FALSE(checks::un_acronym_names("UNDOF", "UNDOFF"));
  CHECK_FALSE(checks::un_acronym_names("UNAMA", "unama-achtige steun"));  // as a word, only as the UN writes it
  CHECK_FALSE(checks::un_acronym_names("", "UNTSO"));
}

TEST_CASE("the UN's file: the Netherlands' rows kept, with their lines; other countries read and left out") {
  WithUn u;
  CHECK(u.report.un_counts.size() == 570);
  CHECK(u.locations.un_lines.size() == 570);
  CHECK(u.locations.un_lines.front() == 2);
  const UnCount& first = u.report.un_counts.front();
  CHECK(first == UnCount{"MINUSMA", UnPersonnelType::individual_police, 2015y / January / 31, 1, 14});
  CHECK(u.locations.locate(Source::un_row(1)).line == 2);
  CHECK(u.locations.locate(Source::un_row(1)).file == real_file.string());

  OwnedReport other;
  REQUIRE(read_text(std::string(header) +
                        "Belgium,BEL,UNIFIL,Troops,2,40,30-Nov-20\n"
                        "Netherlands,NLD,UNIFIL,Staff Officer,0,1,30-Nov-20\n"
                        "\"Netherlands\",nld,UNTSO,experts on mission,1,7,30/11/2020\n",
                    other)
              .empty());
  REQUIRE(other.un_counts.size() == 2);
  CHECK(other.un_counts[1] == UnCount{"UNTSO", UnPersonnelType::experts_on_mission, 2020y / November / 30, 1, 7});
}

TEST_CASE("a bad UN file is an error naming file, line, column and field, and adds nothing") {
  const auto error_of = [](std::string_view text) {
    OwnedReport r;
    const std::vector<io::LoadError> errors = read_text(text, r);
    CHECK(r.un_counts.empty());
    REQUIRE(!errors.empty());
    return errors.front();
  };
  io::LoadError e = error_of(std::string(header) + "Netherlands,NLD,UNTSO,Experts on Mission,0,8,31/13/2024\n");
  CHECK(e.line == 2);
  CHECK(e.column == 46);
  CHECK(e.field == "Last_Reporting_Date");
  CHECK(e.found == "31/13/2024");
  CHECK(e.expected.find("30/11/2020") != std::string::npos);
  e = error_of(std::string(header) + "Netherlands,NLD,UNTSO,Experts on Mission,0,-3,31/12/2024\n");
  CHECK(e.field == "Male_Personnel");
  CHECK(e.column == 44);
  CHECK(e.expected.find("not negative") != std::string::npos);
  e = error_of(std::string(header) + "Netherlands,NLD,UNTSO,Observers,0,3,31/12/2024\n");
  CHECK(e.field == "Personnel_Type");
  CHECK(e.expected.find("Experts on Mission") != std::string::npos);
  e = error_of("Contributing_Country,ISOCode3,Mission,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n");
  CHECK(e.line == 1);
  CHECK(e.field == "header");
  // Another country's broken row is as broken: the file is the input.
  e = error_of(std::string(header) + "Belgium,BEL,UNIFIL,Troops,2,40,31/02/2024\n");
  CHECK(e.line == 2);
  // A missing file, with the system's reason.
  OwnedReport r;
  io::RowLocations locations;
  const auto missing = io::add_un_figures("/no/such/un.csv", r, locations);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].found == "No such file or directory");
}

TEST_CASE("with the real figures the 2025 report raises no UN finding: UNTSO 8 to 11 against 12, UNIFIL 1 against 1") {
  WithUn u;
  const CheckResults results = run_checks(u.report.report());
  for (const Finding& f : results.findings) CHECK_MESSAGE(!f.check.starts_with("un."), message(f));
  for (const std::string_view id : {"un.over_framework", "un.missing_in_annex2", "un.above_deployed"}) {
    const auto s = std::find_if(results.summaries.begin(), results.summaries.end(),
                                [&](const CheckSummary& c) { return c.check == id; });
    REQUIRE(s != results.summaries.end());
    CHECK(s->examined == 2);  // UNTSO and UNIFIL: the UN missions of the period
  }
  // The rest is unchanged: the figures add checks, not findings.
  CHECK(results.findings.size() == run_checks(datasets::jvom2025::report).findings.size());
}

TEST_CASE("un.over_framework: a month over the cap, named with its count, day and row") {
  WithUn u;
  u.at("UNTSO", 2024y / November / 30).male = 10;  // 3 + 10 = 13 against 12
  u.at("UNTSO", 2024y / December / 31).male = 11;  // 14
  auto found = u.findings("un.over_framework");
  REQUIRE(found.size() == 1);
  const Finding& f = found[0];
  CHECK(f.mission == "UNTSO");
  CHECK(f.severity == Severity::error);
  CHECK(f.what == checks::UnOverFramework::military_what);
  CHECK(f.evidence[0].value == FindingValue{Count{14}});
  CHECK(f.evidence[1].value == FindingValue{year_month_day{2024y / December / 31}});
  CHECK(u.locations.locate(f.evidence[0].source).line == 557);  // the file's line of December's UNTSO row
  CHECK(f.evidence[2].value == FindingValue{Count{12}});
  CHECK(f.evidence[2].source == Source::annex2_row(6));
  CHECK(f.evidence[3].value == FindingValue{Count{2}});  // two months over

  // Police against the civil/police cap (UNIFIL's is 0): one finding of that category.
  WithUn police;
  police.report.un_counts.push_back({"UNIFIL", UnPersonnelType::individual_police, 2025y / January / 31, 0, 1});
  found = police.findings("un.over_framework");
  REQUIRE(found.size() == 1);
  CHECK(found[0].what == checks::UnOverFramework::civil_what);
  CHECK(found[0].evidence[2].label == "framework_civil");

  // A month outside the period is not held to this report's framework.
  WithUn outside;
  outside.at("UNTSO", 2025y / May / 31).male = 20;
  CHECK(outside.findings("un.over_framework").empty());
}

TEST_CASE("un.missing_in_annex2: a UN mission with Dutch personnel in the period that annex 2 does not list") {
  WithUn u;
  u.report.un_counts.push_back({"MINUSCA", UnPersonnelType::staff_officer, 2024y / October / 31, 0, 2});
  u.report.un_counts.push_back({"MINUSCA", UnPersonnelType::staff_officer, 2024y / November / 30, 1, 2});
  u.report.un_counts.push_back({"MINUSCA", UnPersonnelType::staff_officer, 2025y / June / 30, 1, 9});  // after it
  u.report.un_counts.push_back({"UNMISS", UnPersonnelType::troops, 2024y / December / 31, 0, 0});   // nobody
  const auto found = u.findings("un.missing_in_annex2");
  REQUIRE(found.size() == 1);
  CHECK(found[0].mission == "MINUSCA");
  CHECK(found[0].evidence[0].value == FindingValue{Count{3}});
  CHECK(found[0].evidence[1].value == FindingValue{year_month_day{2024y / November / 30}});
  CHECK(found[0].evidence[2].value == FindingValue{Count{2}});
  // MINUSMA, in the file from 2015 to 2023, is not of this period.
  CHECK(std::none_of(found.begin(), found.end(), [](const Finding& f) { return f.mission == "MINUSMA"; }));
}

TEST_CASE("un.above_deployed: annex 2 counts fewer over the period than the UN in one month") {
  WithUn u;
  u.at("UNTSO", 2025y / March / 31).male = 20;  // 3 + 20 = 23 in post; annex 2: 22 deployed over the year
  auto found = u.findings("un.above_deployed");
  REQUIRE(found.size() == 1);
  CHECK(found[0].mission == "UNTSO");
  CHECK(found[0].what == checks::UnAboveDeployed::military_what);
  CHECK(found[0].evidence[0].value == FindingValue{Count{22}});
  CHECK(found[0].evidence[1].value == FindingValue{Count{23}});
  CHECK(found[0].evidence[2].value == FindingValue{year_month_day{2025y / March / 31}});

  // Several types of one month add up: UNIFIL's staff officer and two more as troops exceed its 2 deployed.
  WithUn added;
  added.report.un_counts.push_back({"UNIFIL", UnPersonnelType::troops, 2024y / July / 31, 0, 2});
  found = added.findings("un.above_deployed");
  REQUIRE(found.size() == 1);
  CHECK(found[0].mission == "UNIFIL");
  CHECK(found[0].evidence[1].value == FindingValue{Count{3}});
}

TEST_CASE("UN acronyms tie to annex 2 by a word of the name; without a period nothing is examined") {
  testing::SmallDataset d;
  d.annex2.push_back({.region = {"Afrika"}, .mission = "VN-missie in Zuid-Soedan (UNMISS)", .framework_military = 3,
                      .framework_civil = 0, .deployed_military = 4, .deployed_total = 4});
  const std::vector<UnCount> counts{{"UNMISS", UnPersonnelType::staff_officer, 2024y / June / 30, 0, 4}};
  Report r = d.report();
  r.un_counts = counts;
  CheckResults results = run_checks(r);
  const auto of = [&](std::string_view id) {
    return std::count_if(results.findings.begin(), results.findings.end(), [&](const Finding& f) { return f.check == id; });
  };
  CHECK(of("un.missing_in_annex2") == 0);
  CHECK(of("un.over_framework") == 1);  // 4 in post against 3
  CHECK(of("un.above_deployed") == 0);
  d.period.reset();
  r = d.report();
  r.un_counts = counts;
  results = run_checks(r);
  CHECK(of("un.over_framework") == 0);
}

TEST_CASE("a dataset folder's un.csv is read, written back, and read back the same") {
  WithUn u;
  const std::filesystem::path folder = std::filesystem::temp_directory_path() / "jvom_un_test_folder";
  std::filesystem::remove_all(folder);
  const std::vector<io::SavedFile> saved = io::save_dataset(folder, u.report.report());
  CHECK(std::any_of(saved.begin(), saved.end(), [](const io::SavedFile& f) { return f.name == "un.csv" && f.rows == 570; }));
  io::LoadResult loaded = io::load_dataset(folder);
  REQUIRE(loaded.report);
  CHECK(loaded.report->report() == u.report.report());
  CHECK(loaded.locations.un_file == (folder / "un.csv").string());
  CHECK(loaded.locations.un_lines.size() == 570);
  // Exported again without figures, the folder's un.csv is emptied, not left to be read back.
  io::save_dataset(folder, datasets::jvom2025::report);
  loaded = io::load_dataset(folder);
  REQUIRE(loaded.report);
  CHECK(loaded.report->un_counts.empty());
  std::filesystem::remove_all(folder);
}

TEST_CASE("SARIF puts a UN finding on its line of the UN's file") {
  WithUn u;
  u.at("UNTSO", 2024y / December / 31).male = 11;
  const Report r = u.report.report();
  std::ostringstream sarif;
  io::write_sarif(sarif, r, run_checks(r), u.locations, Language::en);
  const std::string text = sarif.str();
  const std::size_t result = text.find("\"ruleId\": \"un.over_framework\"");
  REQUIRE(result != std::string::npos);
  const std::size_t uri = text.find("netherlands_2015_2025.csv", result);
  REQUIRE(uri != std::string::npos);
  CHECK(text.find("\"startLine\": 557", uri) < text.find("\"ruleId\"", result + 1));
}

TEST_CASE("a dataset header written with UN figures holds them as data the report points at") {
  testing::SmallDataset d;
  d.un_counts = {{"UNTSO", UnPersonnelType::experts_on_mission, 2024y / November / 30, 3, 8}};
  std::ostringstream written;
  io::write_dataset_header(written, d.report(), "with_un");
  const std::string text = written.str();
  CHECK(text.find("inline constexpr std::array<jvom::UnCount, 1> un_counts{{") != std::string::npos);
  CHECK(text.find("{\"UNTSO\", jvom::UnPersonnelType::experts_on_mission, std::chrono::year_month_day{"
                  "std::chrono::year{2024}, std::chrono::month{11}, std::chrono::day{30}}, 3, 8}") != std::string::npos);
  CHECK(text.find(".un_counts = un_counts,") != std::string::npos);
  d.un_counts.clear();  // none: no array, no member, as before
  std::ostringstream without;
  io::write_dataset_header(without, d.report(), "without_un");
  CHECK(without.str().find("un_counts") == std::string::npos);
}

namespace {

// A dataset header with the UN's figures, as --export-header writes one: the UN checks run at compile time.
constexpr std::array<MandateRow, 1> un_annex1{{{{"Midden-Oosten"}, "UNTSO (Libanon en Golan)",
                                              as_printed::legal_basis("VNVR-resolutie 50"), as_printed::end("Onbepaald"),
                                              as_printed::end("30 juni 2028")}}};
constexpr std::array<PersonnelRow, 1> un_annex2{{{.region = {"Midden-Oosten"}, .mission = "UNTSO",
                                                  .framework_military = 12, .framework_civil = 0,
                                                  .deployed_military = 22, .deployed_total = 22}}};
constexpr std::array<UnCount, 2> un_rows{{{"UNTSO", UnPersonnelType::experts_on_mission, 2024y / November / 30, 3, 8},
                                          {"UNTSO", UnPersonnelType::experts_on_mission, 2024y / December / 31, 3, 10}}};
constexpr std::array<Acknowledgement, 1> un_known{{{"un.over_framework", "UNTSO", "13 in December"}}};
constexpr Report un_report{.title = "with UN figures",
                           .period = as_printed::period("mei 2024 t/m april 2025"),
                           .annex1 = un_annex1,
                           .annex2 = un_annex2,
                           .acknowledgements = un_known,
                           .un_counts = un_rows};

}  // namespace

TEST_CASE("the UN checks run in constant expressions: a header dataset with figures validates itself") {
  static_assert(jvom::valid<un_report>());
  constexpr std::size_t over = [] {
    const CheckResults results = run_checks(un_report);
    return static_cast<std::size_t>(std::count_if(results.findings.begin(), results.findings.end(),
                                                  [](const Finding& f) { return f.check == "un.over_framework"; }));
  }();
  static_assert(over == 1);
  CHECK(over == 1);
}
