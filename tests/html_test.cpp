// The HTML page's badges: each row shows the findings with a value from that row, once each, in run order.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/html.hpp>
#include <jvom/jvom.hpp>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace jvom;
using io::detail::FindingsByRow;

namespace {

// The findings that concern `row` of `kind`, found by looking through every finding: what the page once did
// for each row, and what its index must agree with.
std::vector<std::size_t> search_every_finding(const CheckResults& results, SourceKind kind, std::uint32_t row) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < results.findings.size(); ++i) {
    const Finding& f = results.findings[i];
    const auto from_row = [&](const Evidence& e) { return e.source.kind == kind && e.source.row == row; };
    if (std::any_of(f.evidence.begin(), f.evidence.begin() + f.evidence_count, from_row)) found.push_back(i);
  }
  return found;
}

std::vector<std::size_t> listed(std::span<const std::size_t> findings) { return {findings.begin(), findings.end()}; }

std::size_t occurrences(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("html: the page's index of findings by row agrees with a search of every finding, and so do its badges") {
  const Report& report = datasets::jvom2025::report;
  const CheckResults results = run_checks(report);
  std::size_t badges = 0;
  for (const auto& [kind, rows] :
       {std::pair{SourceKind::annex1, report.annex1.size()}, std::pair{SourceKind::annex2, report.annex2.size()},
        std::pair{SourceKind::totals, std::size_t{0}}}) {
    const FindingsByRow by_row(results, kind, rows);
    const std::uint32_t first = kind == SourceKind::totals ? 0 : 1, last = static_cast<std::uint32_t>(rows);
    for (std::uint32_t row = first; row <= last; ++row) {
      CAPTURE(row);
      CHECK(listed(by_row.of(row)) == search_every_finding(results, kind, row));
      badges += by_row.of(row).size();
    }
  }
  CHECK(badges > 0);  // the 2025 report's findings point at rows: the comparison above compared something
  std::ostringstream page;
  io::write_html_report(page, report, results);
  CHECK(occurrences(page.str(), "<span class=\"badge ") == badges);
}

TEST_CASE("html: a finding is listed once under each row it concerns, in run order, among 100,000 rows at once") {
  // Each row looked through every finding: 100,000 rows of one finding each took 10^10 steps.
  constexpr std::uint32_t rows = 100'000;
  CheckResults results;
  for (std::uint32_t row = 1; row <= rows; ++row) {
    Finding f = finding("UNTSO", "two values from one row");
    f.with("printed", Count{1}, Source::annex2_row(row)).with("computed", Count{2}, Source::annex2_row(row));
    results.findings.push_back(f);
  }
  Finding across = finding("UNTSO", "values from two rows of annex 2 and one of annex 1");
  across.with("a", Count{1}, Source::annex2_row(1))
      .with("b", Count{2}, Source::annex2_row(rows))
      .with("c", Count{3}, Source::annex1_row(1));
  results.findings.push_back(across);

  const FindingsByRow by_row(results, SourceKind::annex2, rows);
  CHECK(listed(by_row.of(1)) == std::vector<std::size_t>{0, rows});
  CHECK(listed(by_row.of(rows)) == std::vector<std::size_t>{rows - 1, rows});
  std::size_t alone = 0;
  for (std::uint32_t row = 2; row < rows; ++row)
    if (by_row.of(row).size() == 1 && by_row.of(row)[0] == row - 1) ++alone;
  CHECK(alone == rows - 2);
  CHECK(listed(FindingsByRow(results, SourceKind::annex1, 1).of(1)) == std::vector<std::size_t>{rows});
  CHECK(FindingsByRow(results, SourceKind::totals, 0).of(0).empty());
}

TEST_CASE("html: the bar chart is as tall as its lines, also where a region comes back after another") {
  // The chart starts a heading wherever the region changes; its height counted each region once.
  const std::array<PersonnelRow, 3> rows = {
      PersonnelRow{.region = {"EUROPA"}, .mission = "KFOR", .deployed_total = 1},
      PersonnelRow{.region = {"Afrika"}, .mission = "MINUSMA", .deployed_total = 2},
      PersonnelRow{.region = {"Europa"}, .mission = "EUFOR", .deployed_total = 3}};
  Report report;
  report.annex2 = rows;
  std::ostringstream out;
  io::write_html_report(out, report, CheckResults{});
  const std::string page = out.str();
  const std::size_t chart = page.find("aria-label=\"staafdiagram\"");
  REQUIRE(chart != std::string::npos);
  const std::size_t svg = page.rfind("<svg", chart), end = page.find("</svg>", chart);
  const std::string_view drawn = std::string_view(page).substr(svg, end - svg);
  const std::size_t box = drawn.find("viewBox=\"0 0 ");
  const double height = std::stod(std::string(drawn.substr(drawn.find(' ', box + 13) + 1)));
  double lowest = 0;
  for (std::size_t at = drawn.find(" y=\""); at != std::string_view::npos; at = drawn.find(" y=\"", at + 4))
    lowest = std::max(lowest, std::stod(std::string(drawn.substr(at + 4))));
  CHECK(occurrences(drawn, "font-weight=\"bold\"") == 3);  // EUROPA, Afrika, Europa: three headings
  CHECK(lowest <= height);
}
