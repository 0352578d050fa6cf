// CSV dataset folders in and out: the tokenizer, the generic row reader, errors, and round trips.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/dataset.hpp>
#include <jvom/io/json.hpp>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace std::chrono;
using namespace jvom;
using jvom::io::CsvTable;
using jvom::io::LoadErrors;

namespace {

std::filesystem::path fresh_folder(const std::string& name) {
  const auto folder = std::filesystem::temp_directory_path() / ("jvom-io-test-" + name);
  std::filesystem::remove_all(folder);
  return folder;
}

void write_file(const std::filesystem::path& path, std::string_view content) {
  std::ofstream(path, std::ios::binary) << content;
}

std::vector<std::vector<std::string>> cells_of(const CsvTable& table) {
  std::vector<std::vector<std::string>> out;
  for (const auto& record : table.records()) {
    out.emplace_back();
    for (const auto& cell : record.cells) out.back().emplace_back(cell.text);
  }
  return out;
}

}  // namespace

TEST_CASE("CSV: quotes, doubled quotes, line ends inside quotes, CRLF, a byte order mark, blank lines") {
  LoadErrors errors;
  const CsvTable table(
      "\xEF\xBB\xBF"
      "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\n,,\n",
      "t.csv", errors);
  REQUIRE(errors.empty());
  CHECK(cells_of(table) ==
        std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"x, y", "say \"hi\"", "two\nlines"}, {"", "", ""}});
  CHECK(table.records()[1].line == 2);
  CHECK(table.records()[2].line == 5);  // the quoted line end counts, the blank line is skipped
  CHECK(table.records()[1].cells[1].column == 8);
}

TEST_CASE("CSV: columns count characters, not bytes") {
  LoadErrors errors;
  const CsvTable table("Isra\xC3\xABl,x\n", "t.csv", errors);
  REQUIRE(errors.empty());
  CHECK(table.records()[0].cells[1].column == 8);
}

TEST_CASE("CSV errors name line and column") {
  struct Case {
    std::string content;
    std::size_t line, column;
    std::string expected;
  };
  const Case cases[] = {
      {"a,\"b\n", 1, 3, "a closing quote"},
      {"a,\"b\"c\n", 1, 6, "a comma or a line end after the closing quote"},
      {"a,b\"c\n", 1, 4, "a quote only at the start of a cell"},
      {"a\rb\n", 1, 2, "a line end of LF or CRLF"},
      {"ok\nx\xFF", 2, 2, "text encoded as UTF-8"},
      {"ok\nx\xED\xA0\x80", 2, 2, "text encoded as UTF-8"},  // a UTF-16 surrogate
      {std::string("a\0b", 3), 1, 2, "text (UTF-8)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.content);
    LoadErrors errors;
    const CsvTable table(c.content, "t.csv", errors);
    REQUIRE(errors.all().size() == 1);
    CHECK(errors.all()[0].line == c.line);
    CHECK(errors.all()[0].column == c.column);
    CHECK(errors.all()[0].expected.starts_with(c.expected));
  }
}

TEST_CASE("rows: columns in any order; errors name file, line, column, field; nothing half-loaded") {
  const auto folder = fresh_folder("order");
  std::filesystem::create_directories(folder);
  write_file(folder / "annex1.csv",
             "mission,framework_end,region,mandate_end,legal_basis\nKFOR,30 april 2026,Europa,Onbepaald,VNVR-resolutie "
             "1244\n");
  write_file(folder / "annex2.csv",
             "deployed_total,mission,region,framework_military,framework_civil,deployed_military,deployed_civil\n"
             "3,KFOR,EUROPA,4,,3,\n");
  const io::LoadResult good = io::load_dataset(folder);
  REQUIRE(good.report.has_value());
  CHECK(good.report->annex1[0].legal_basis == LegalBasis::un_resolutions({1244}));
  CHECK(good.report->annex2[0].deployed_total == 3);
  CHECK(good.report->title == "jvom-io-test-order");  // no report.csv: the folder's name

  write_file(folder / "annex2.csv",
             "deployed_total,mission,region,framework_military,framework_civil,deployed_military,deployed_civil\n"
             "3,KFOR,EUROPA,4,,x3,\n3,UNC,Diversen,-1,,3,\n");
  const io::LoadResult bad = io::load_dataset(folder);
  CHECK_FALSE(bad.report.has_value());
  REQUIRE(bad.errors.size() == 2);  // every error in the file, not only the first
  CHECK(bad.errors[0].message() ==
        (folder / "annex2.csv").string() +
            ":2:18: deployed_military: expected a count (digits only, such as 1481 or 1.481), "
            "found 'x3'");
  CHECK(bad.errors[1].line == 3);
  CHECK(bad.errors[1].field == "framework_military");
}

TEST_CASE("errors are reported up to 50 a file") {
  const auto folder = fresh_folder("many");
  std::filesystem::create_directories(folder);
  write_file(folder / "annex1.csv", "region,mission,legal_basis,mandate_end,framework_end\n");
  std::string annex2 =
      "region,mission,framework_military,framework_civil,deployed_military,deployed_civil,deployed_total\n";
  for (int i = 0; i < 80; ++i) annex2 += "E,M" + std::to_string(i) + ",x,,1,,1\n";
  write_file(folder / "annex2.csv", annex2);
  const io::LoadResult result = io::load_dataset(folder);
  CHECK_FALSE(result.report);
  CHECK(result.errors.size() == io::LoadErrors::max_per_file);
  CHECK(result.truncated);
}

TEST_CASE("the 2025 dataset written as a folder reads back equal") {
  const auto folder = fresh_folder("2025");
  io::save_dataset(folder, datasets::jvom2025::report);
  const io::LoadResult loaded = io::load_dataset(folder);
  for (const auto& e : loaded.errors) FAIL(e.message());
  REQUIRE(loaded.report);
  CHECK(loaded.report->report() == datasets::jvom2025::report);
  // and checks the same
  const CheckResults a = run_checks(datasets::jvom2025::report), b = run_checks(loaded.report->report());
  CHECK(a.findings == b.findings);
}

namespace {
// Random reports with awkward text, every kind of value, and counts at the edges.
class Generator {
 public:
  explicit Generator(unsigned seed) : random_(seed) {}

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
      const std::string_view name =
          r.keep("M" + std::to_string(i) +
                 std::string(pick({"", " (separate VGR)", ", \"Alpha\"", " Isra\xC3\xABl", "\nline two"})));
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
      r.claims.push_back({r.keep(below(2) ? "" : "M" + std::to_string(below(static_cast<std::uint32_t>(n)))), field,
                          value, r.keep(pick({"2.1", "Bijlage 2", ""}))});
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
};
}  // namespace

TEST_CASE("200 generated reports with awkward text read back equal") {
  const auto folder = fresh_folder("generated");
  for (unsigned seed = 1; seed <= 200; ++seed) {
    CAPTURE(seed);
    Generator generator(seed);
    const OwnedReport original = generator.report();
    io::save_dataset(folder, original.report());
    const io::LoadResult loaded = io::load_dataset(folder);
    for (const auto& e : loaded.errors) FAIL(e.message());
    REQUIRE(loaded.report);
    CHECK(loaded.report->report() == original.report());
  }
}

TEST_CASE("JSON strings escape what JSON requires and pass UTF-8 through") {
  std::ostringstream out;
  io::write_json_string(out, "a\"b\\c\nd\te\x01 Isra\xC3\xABl");
  CHECK(out.str() == "\"a\\\"b\\\\c\\nd\\te\\u0001 Isra\xC3\xABl\"");
}
