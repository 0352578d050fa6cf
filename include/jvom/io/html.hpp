#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jvom/algorithms/totals.hpp"
#include "jvom/checks/message.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/describe.hpp"
#include "jvom/io/annex_tables.hpp"
#include "jvom/language.hpp"
#include "jvom/region.hpp"
#include "jvom/report.hpp"
#include "jvom/text/catalog.hpp"
#include "jvom/text/format.hpp"

/// A report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched. Both annexes
/// in the report's order with totals computed from the rows, every finding beside the row it concerns (a
/// numbered badge with the check's title, filled while unacknowledged, outlined once acknowledged), a
/// timeline of mandate and framework ends against the reporting period, personnel deployed by region and
/// mission as bars, and the findings grouped by severity with their messages, for the screen and for
/// print. Dutch by default, as the report is. The page is well-formed XML as well as HTML, so that any
/// parser reads it.
namespace jvom::io {

namespace detail {

inline std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

// The findings that concern each row of one kind of source (annex 1's rows, annex 2's, or the totals row,
// which is row 0): those with a value from it, in run order, each once. Made once for the page, so that
// writing it takes time in proportion to its rows and findings, not to their product.
class FindingsByRow {
 public:
  FindingsByRow(const CheckResults& results, SourceKind kind, std::size_t rows) : starts_(rows + 2, 0) {
    for (const Finding& f : results.findings)
      for_each_row(f, kind, rows, [&](std::uint32_t row) { ++starts_[row + 1]; });
    for (std::size_t row = 1; row < starts_.size(); ++row) starts_[row] += starts_[row - 1];
    findings_.resize(starts_.back());
    std::vector<std::size_t> next(starts_.begin(), starts_.end() - 1);
    for (std::size_t i = 0; i < results.findings.size(); ++i)
      for_each_row(results.findings[i], kind, rows, [&](std::uint32_t row) { findings_[next[row]++] = i; });
  }

  // The findings (their places in the results) that concern `row`, at most the `rows` given above.
  [[nodiscard]] std::span<const std::size_t> of(std::uint32_t row) const {
    return std::span(findings_).subspan(starts_[row], starts_[row + 1] - starts_[row]);
  }

 private:
  // Calls visit(row) for each row of `kind` that a value of `f` comes from, once a row.
  template <class Visit>
  static void for_each_row(const Finding& f, SourceKind kind, std::size_t rows, Visit&& visit) {
    for (std::size_t i = 0; i < f.evidence_count; ++i) {
      const Source& source = f.evidence[i].source;
      const auto same_row = [&](const Evidence& e) { return e.source.kind == kind && e.source.row == source.row; };
      if (source.kind == kind && source.row <= rows &&
          std::none_of(f.evidence.begin(), f.evidence.begin() + i, same_row))
        visit(source.row);
    }
  }

  std::vector<std::size_t> starts_;    // per row: where its findings start; one more at the end
  std::vector<std::size_t> findings_;  // the findings of row 0, then of row 1, ...
};

// A check's title for people: the catalog's, or the ID of a check of the user's own.
inline std::string_view check_title(std::string_view check, Language language) {
  const CheckText* text = check_text(check);
  return text ? text->title.in(language) : check;
}

// Where each finding stands in the page's list, which is grouped by severity: numbers from 1, by the
// finding's place in the results, so that a badge names the entry its message is in.
inline std::vector<std::size_t> list_order(const CheckResults& results) {
  std::vector<std::size_t> order(results.findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return results.findings[a].severity > results.findings[b].severity;
  });
  return order;
}

inline std::vector<std::size_t> list_numbers(const std::vector<std::size_t>& order) {
  std::vector<std::size_t> numbers(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) numbers[order[k]] = k + 1;
  return numbers;
}

// Badges beside a row for the findings that concern it: the entry's number and the check's title, a link
// to the entry with the message; filled while unacknowledged, outlined and ticked once acknowledged.
inline std::string badges(const CheckResults& results, std::span<const std::size_t> concerning,
                          const std::vector<std::size_t>& numbers, Language language) {
  std::string out;
  for (const std::size_t i : concerning) {
    const Finding& f = results.findings[i];
    const std::string number = std::to_string(numbers[i]);
    out += "<a href=\"#f-" + number + "\"><span class=\"badge " + std::string(enum_name(f.severity)) +
           (f.acknowledged ? " acknowledged" : " open") + "\" title=\"" + escape_html(message(f, language)) +
           "\">" + (f.acknowledged ? "\u2713 " : "") + number + " " + escape_html(check_title(f.check, language)) +
           "</span></a>";
  }
  return out;
}

// A label for a chart: at most `limit` characters (whole UTF-8 characters), an ellipsis when cut.
inline std::string chart_label(std::string_view text, std::size_t limit = 44) {
  std::size_t chars = 0, at = 0;
  while (at < text.size() && chars < limit) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    ++chars;
  }
  return escape_html(text.substr(0, at)) + (at < text.size() ? "\xE2\x80\xA6" : "");
}

inline const char* style() {
  return R"(
body { font-family: "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1c1c1c; line-height: 1.4; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid #154273; color: #154273; }
h3 { font-size: 1rem; margin: 1.2rem 0 0.3rem; }
a { color: inherit; text-decoration: none; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.region td { font-weight: bold; background: #eef2f7; }
tr.totaal td { font-weight: bold; border-top: 2px solid #154273; }
.badge { display: inline-block; font-size: 0.72rem; padding: 0 0.4rem; margin: 0.1rem; border-radius: 0.6rem; border: 1.5px solid; white-space: nowrap; }
.badge.open { color: #fff; font-weight: bold; }
.badge.open.error { background: #b03a2e; border-color: #b03a2e; } .badge.open.warning { background: #b9770e; border-color: #b9770e; } .badge.open.info { background: #2874a6; border-color: #2874a6; }
.badge.acknowledged { background: #fff; border-style: dashed; }
.badge.acknowledged.error { color: #b03a2e; } .badge.acknowledged.warning { color: #9a6410; } .badge.acknowledged.info { color: #2874a6; }
ol.findings { list-style: none; padding: 0; margin: 0; }
ol.findings li { padding: 0.35rem 0.6rem; margin: 0.35rem 0; border-left: 5px solid; break-inside: avoid; }
li.error { border-color: #b03a2e; } li.warning { border-color: #b9770e; } li.info { border-color: #2874a6; }
li.open { background: #fdf2e9; } li.acknowledged { background: #f4f4f4; color: #444; border-left-style: dotted; }
.number { font-weight: bold; margin-right: 0.3rem; }
.state { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.03em; padding: 0 0.3rem; border-radius: 0.2rem; margin-right: 0.3rem; }
li.open .state { background: #1c1c1c; color: #fff; } li.acknowledged .state { border: 1px solid #888; color: #555; }
.id { font-size: 0.75rem; color: #666; font-family: monospace; margin-left: 0.3rem; }
.message { display: block; margin-top: 0.15rem; }
blockquote.quote { margin: 0.3rem 0 0.1rem 1rem; font-style: italic; color: #333; }
.reason { display: block; font-style: italic; margin-top: 0.15rem; }
.summary { display: flex; flex-wrap: wrap; gap: 1rem; } .summary div { background: #eef2f7; padding: 0.5rem 1rem; border-radius: 0.3rem; }
.summary b { display: block; font-size: 1.3rem; }
.summary div.unacknowledged { background: #b03a2e; color: #fff; font-weight: bold; } .summary div.unacknowledged b { font-size: 2rem; }
.summary div.unacknowledged.none { background: #1e8449; }
svg { max-width: 100%; height: auto; font-size: 11px; }
@media print {
  body { max-width: none; font-size: 10pt; padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .scroll { overflow: visible; }
}
@media (max-width: 600px) { body { padding: 0.5rem; } table { font-size: 0.8rem; } th, td { padding: 0.2rem 0.25rem; } }
)";
}

// A heading row across `columns` wherever the region (with its sub-group) changes, as the printed tables do.
inline void region_heading(std::ostream& os, const Region*& above, const Region& region, int columns) {
  if (starts_region(above, region))
    os << "<tr class=\"region\"><td colspan=\"" << columns << "\">" << escape_html(text::format_region(region))
       << "</td></tr>\n";
  above = &region;
}

// The document up to the title and the period.
inline void write_page_head(std::ostream& os, const Report& report, const std::optional<ReportingPeriod>& period,
                            Language language) {
  os << "<!DOCTYPE html>\n<html lang=\"" << enum_name(language) << "\">\n<head>\n<meta charset=\"utf-8\" />\n"
     << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>"
     << escape_html(report.title) << "</title>\n<style>" << style() << "</style>\n</head>\n<body>\n<h1>"
     << escape_html(report.title) << "</h1>\n";
  if (period)
    os << "<p>" << phrase("Reporting period").in(language) << ": " << escape_html(text::format_period(*period))
       << "</p>\n";
}

// "9 fouten, 12 waarschuwingen, 5 info".
inline std::string severity_counts(const std::size_t (&by_severity)[3], Language language) {
  return std::to_string(by_severity[2]) + ' ' +
         std::string(counted(by_severity[2], phrase("error"), phrase("errors"), language)) + ", " +
         std::to_string(by_severity[1]) + ' ' +
         std::string(counted(by_severity[1], phrase("warning"), phrase("warnings"), language)) + ", " +
         std::to_string(by_severity[0]) + ' ' + std::string(phrase("info").in(language));
}

// The findings still to answer for, first and largest; then the totals (computed from the rows) and the
// findings counted.
inline void write_summary(std::ostream& os, const CheckResults& results, const ColumnTotals& totals,
                          Language language) {
  std::size_t by_severity[3] = {0, 0, 0}, unacknowledged = 0;
  for (const Finding& f : results.findings) {
    ++by_severity[static_cast<std::size_t>(f.severity)];
    unacknowledged += f.acknowledged ? 0 : 1;
  }
  os << "<div class=\"summary\" id=\"totals\" data-framework-military=\"" << totals.framework.military
     << "\" data-framework-civil=\"" << totals.framework.non_military() << "\" data-deployed-military=\""
     << totals.deployed.military << "\" data-deployed-civil=\"" << totals.deployed.non_military()
     << "\" data-deployed-total=\"" << totals.deployed_total() << "\" data-unacknowledged=\"" << unacknowledged
     << "\">\n"
     << "<div class=\"unacknowledged" << (unacknowledged == 0 ? " none" : "") << "\"><b>" << unacknowledged << "</b>"
     << phrase("Unacknowledged findings").in(language) << "</div>\n"
     << "<div><b>" << results.findings.size() << "</b>"
     << counted(results.findings.size(), phrase("finding"), phrase("findings"), language) << " ("
     << severity_counts(by_severity, language) << ")</div>\n"
     << "<div><b>" << totals.deployed_total() << "</b>" << phrase("personnel deployed").in(language) << "</div>\n"
     << "<div><b>" << totals.deployed.military << "</b>" << phrase("military").in(language) << "</div>\n"
     << "<div><b>" << totals.deployed.non_military() << "</b>" << phrase("civil/police").in(language)
     << "</div>\n</div>\n";
}

// Annex 1, each row with the badges of its findings.
inline void write_annex1(std::ostream& os, const Report& report, const CheckResults& results,
                         const std::vector<std::size_t>& numbers, Language language) {
  const auto words = [language](Phrase p) { return p.in(language); };
  os << "<h2>" << words(phrase("Annex 1: legal basis, mandate and national framework"))
     << "</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>" << words(phrase("Deployment")) << "</th><th>"
     << words(phrase("Legal basis")) << "</th><th>" << words(phrase("International mandate")) << "</th><th>"
     << words(phrase("National framework")) << "</th><th>" << words(phrase("Findings"))
     << "</th></tr></thead>\n<tbody>\n";
  const FindingsByRow annex1_findings(results, SourceKind::annex1, report.annex1.size());
  const Region* above = nullptr;
  for (std::size_t i = 0; i < report.annex1.size(); ++i) {
    const MandateRow& row = report.annex1[i];
    region_heading(os, above, row.region, 5);
    os << "<tr><td>" << escape_html(row.mission) << "</td><td>"
       << escape_html(text::format_legal_basis(row.legal_basis)) << "</td><td>"
       << escape_html(text::format_end_date(row.mandate_end)) << "</td><td>"
       << escape_html(text::format_end_date(row.framework_end)) << "</td><td>"
       << badges(results, annex1_findings.of(static_cast<std::uint32_t>(i + 1)), numbers, language) << "</td></tr>\n";
  }
  os << "</tbody></table></div>\n";
}

// Annex 2, each row with the badges of its findings, and the totals computed from the rows.
inline void write_annex2(std::ostream& os, const Report& report, const CheckResults& results, const ColumnTotals& totals,
                         const std::vector<std::size_t>& numbers, Language language) {
  const auto words = [language](Phrase p) { return p.in(language); };
  os << "<h2>" << words(phrase("Annex 2: personnel deployed"))
     << "</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th rowspan=\"2\">" << words(phrase("Mission"))
     << "</th><th colspan=\"2\" class=\"n\">" << words(phrase("National frameworks"))
     << "</th><th colspan=\"3\" class=\"n\">" << words(phrase("Personnel deployed")) << "</th><th rowspan=\"2\">"
     << words(phrase("Findings")) << "</th></tr>\n<tr><th class=\"n\">" << words(phrase("Military"))
     << "</th><th class=\"n\">" << words(phrase("Civil/Police")) << "</th><th class=\"n\">" << words(phrase("Military"))
     << "</th><th class=\"n\">" << words(phrase("Civil/Police")) << "</th><th class=\"n\">" << words(phrase("Total"))
     << "</th></tr></thead>\n<tbody>\n";
  const FindingsByRow annex2_findings(results, SourceKind::annex2, report.annex2.size());
  const Region* above = nullptr;
  for (std::size_t i = 0; i < report.annex2.size(); ++i) {
    const PersonnelRow& row = report.annex2[i];
    region_heading(os, above, row.region, 7);
    os << "<tr><td>" << escape_html(row.mission) << "</td><td class=\"n\">"
       << cap_cell(row.framework_military, false) << "</td><td class=\"n\">"
       << cap_cell(row.framework_civil, true) << "</td><td class=\"n\">" << row.deployed_military
       << "</td><td class=\"n\">" << count_cell(row.deployed_civil, true) << "</td><td class=\"n\">"
       << row.deployed_total << "</td><td>"
       << badges(results, annex2_findings.of(static_cast<std::uint32_t>(i + 1)), numbers, language) << "</td></tr>\n";
  }
  os << "<tr class=\"totaal\"><td>" << words(phrase("Total (computed)")) << "</td><td class=\"n\">"
     << totals.framework.military << "</td><td class=\"n\">" << totals.framework.non_military()
     << "</td><td class=\"n\">" << totals.deployed.military << "</td><td class=\"n\">"
     << totals.deployed.non_military() << "</td><td class=\"n\">" << totals.deployed_total() << "</td><td>"
     << badges(results, FindingsByRow(results, SourceKind::totals, 0).of(0), numbers, language)
     << "</td></tr>\n</tbody></table></div>\n";
}

// Each annex 1 row's mandate end (circle) and framework end (square) against the period.
inline void write_timeline(std::ostream& os, const Report& report, const std::optional<ReportingPeriod>& period,
                           Language language) {
  if (!period || report.annex1.empty()) return;
  using namespace std::chrono;
  const sys_days period_start{period->first_day()}, period_end{period->last_day()};
  sys_days first = period_start - days{365}, last = period_end + days{365};
  for (const MandateRow& row : report.annex1)
    for (const EndDate& end : {row.mandate_end, row.framework_end})
      if (end.date())
        first = std::min(first, sys_days{*end.date()} - days{60}),
        last = std::max(last, sys_days{*end.date()} + days{60});
  const double left = 230, width = 520, line = 18;
  const double span = static_cast<double>((last - first).count());
  const auto x = [&](sys_days d) { return left + width * static_cast<double>((d - first).count()) / span; };
  const double height = 30 + line * static_cast<double>(report.annex1.size());
  char buffer[256];
  os << "<h2>" << phrase("Timeline: end of mandate and national framework").in(language) << "</h2>\n<p>"
     << phrase("Circle: end of the international mandate; square: end of the national framework; arrow: indefinite "
               "or ongoing. Red: ended before the end of the period.")
            .in(language)
     << "</p>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << left + width + 20 << ' ' << height
     << "\" role=\"img\" aria-label=\"" << phrase("timeline").in(language) << "\">\n";
  std::snprintf(buffer, sizeof buffer,
                "<rect x=\"%.1f\" y=\"10\" width=\"%.1f\" height=\"%.1f\" fill=\"#eef2f7\" />\n", x(period_start),
                x(period_end) - x(period_start), height - 10);
  os << buffer;
  for (int y = static_cast<int>(year_month_day{first}.year()) + 1; y <= static_cast<int>(year_month_day{last}.year());
       ++y) {
    std::snprintf(buffer, sizeof buffer,
                  "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ccc\" /><text x=\"%.1f\" y=\"9\" "
                  "text-anchor=\"middle\">%d</text>\n",
                  x(sys_days{year{y} / January / 1}), x(sys_days{year{y} / January / 1}), height,
                  x(sys_days{year{y} / January / 1}), y);
    os << buffer;
  }
  for (std::size_t i = 0; i < report.annex1.size(); ++i) {
    const MandateRow& row = report.annex1[i];
    const double y = 30 + line * static_cast<double>(i);
    os << "<text x=\"" << left - 6 << "\" y=\"" << y + 4 << "\" text-anchor=\"end\"><title>"
       << escape_html(row.mission) << "</title>" << chart_label(row.mission, 36) << "</text>\n";
    bool square = false;
    for (const EndDate& end : {row.mandate_end, row.framework_end}) {
      const char* colour = end.ends_before(period->last_day()) ? "#c0392b" : "#154273";
      if (const auto d = end.date()) {
        const double at = x(sys_days{*d});
        if (square)
          std::snprintf(buffer, sizeof buffer,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"><title>%s</title></rect>\n",
                        at - 4, y - 4, colour, escape_html(std::string(phrase("national framework").in(language)) + ": " + text::format_end_date(end)).c_str());
        else
          std::snprintf(buffer, sizeof buffer,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"><title>%s</title></circle>\n", at, y,
                        colour, escape_html(std::string(phrase("mandate").in(language)) + ": " + text::format_end_date(end)).c_str());
        os << buffer;
      } else if (end.kind() == EndKind::indefinite || end.kind() == EndKind::ongoing) {
        std::snprintf(buffer, sizeof buffer,
                      "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#154273\" stroke-width=\"%s\" "
                      "marker-end=\"none\" /><text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                      x(period_end), y + (square ? 3 : -3), left + width, y + (square ? 3 : -3), square ? "3" : "1",
                      left + width + 2, y + (square ? 6 : 0), "\xE2\x86\x92");
        os << buffer;
      }
      square = true;
    }
  }
  os << "</svg>\n";
}

// Deployed personnel by region and mission, as bars: each region's total on its heading line (a paler bar),
// each mission's below it, all on one scale.
inline void write_bars(std::ostream& os, const Report& report, Language language) {
  if (report.annex2.empty()) return;
  // A line for each mission, and one for its region wherever the region changes (sub-groups aside); a
  // region that comes back after another is a heading of its own, with its own total.
  const auto region_changes = [](const Region* before, const Region& region) {
    return before == nullptr || !same_region(*before, region);
  };
  std::vector<std::uint64_t> region_totals;
  const Region* region_above = nullptr;
  for (const PersonnelRow& row : report.annex2) {
    if (region_changes(region_above, row.region)) region_totals.push_back(0);
    region_totals.back() += row.deployed_total;
    region_above = &row.region;
  }
  const std::uint64_t largest = std::max<std::uint64_t>(1, *std::max_element(region_totals.begin(), region_totals.end()));
  const std::size_t lines = report.annex2.size() + region_totals.size();
  const double left = 300, width = 420, line = 16;
  const auto bar_width = [&](std::uint64_t n) { return width * static_cast<double>(n) / static_cast<double>(largest); };
  os << "<h2>" << phrase("Personnel deployed by region and mission").in(language)
     << "</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << left + width + 60 << ' '
     << 10 + line * static_cast<double>(lines) << "\" role=\"img\" aria-label=\"" << phrase("bar chart").in(language)
     << "\">\n";
  double y = 10;
  char buffer[256];
  region_above = nullptr;
  std::size_t region = 0;
  for (const PersonnelRow& row : report.annex2) {
    if (region_changes(region_above, row.region)) {
      const std::uint64_t total = region_totals[region++];
      std::snprintf(buffer, sizeof buffer,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#a9cce3\" />"
                    "<text x=\"%.1f\" y=\"%.1f\">%llu</text>\n",
                    left, y + 2, bar_width(total), line - 4, left + bar_width(total) + 4, y + 11,
                    static_cast<unsigned long long>(total));
      os << "<text x=\"0\" y=\"" << y + 11 << "\" font-weight=\"bold\">" << escape_html(row.region.name) << "</text>"
         << buffer;
      y += line;
    }
    region_above = &row.region;
    std::snprintf(buffer, sizeof buffer,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#2874a6\" />"
                  "<text x=\"%.1f\" y=\"%.1f\">%u</text>\n",
                  left, y + 4, bar_width(row.deployed_total), line - 8, left + bar_width(row.deployed_total) + 4,
                  y + 11, row.deployed_total);
    os << "<text x=\"" << left - 6 << "\" y=\"" << y + 11 << "\" text-anchor=\"end\"><title>"
       << escape_html(row.mission) << "</title>" << chart_label(row.mission) << "</text>" << buffer;
    y += line;
  }
  os << "</svg>\n";
}

// Every finding, grouped by severity as the text output is, numbered as the badges are: whether it is
// acknowledged, the check's title (its ID small beside it), the message, the sentence each claim comes
// from, and an acknowledgement's reason.
inline void write_findings(std::ostream& os, const CheckResults& results, const std::vector<std::size_t>& order,
                           Language language) {
  os << "<h2 id=\"findings\">" << phrase("Findings").in(language) << "</h2>\n";
  if (results.findings.empty()) os << "<p>" << phrase("none").in(language) << "</p>\n";
  static constexpr std::pair<Severity, Phrase> groups[] = {
      {Severity::error, phrase("Errors")}, {Severity::warning, phrase("Warnings")}, {Severity::info, phrase("Information")}};
  std::size_t k = 0;
  for (const auto& [severity, heading] : groups) {
    const std::size_t first = k;
    std::size_t open = 0;
    for (; k < order.size() && results.findings[order[k]].severity == severity; ++k)
      if (!results.findings[order[k]].acknowledged) ++open;
    if (k == first) continue;
    os << "<h3>" << heading.in(language) << " (" << k - first << "; " << open << ' '
       << phrase("not acknowledged").in(language) << ")</h3>\n<ol class=\"findings\">\n";
    for (std::size_t at = first; at < k; ++at) {
      const Finding& f = results.findings[order[at]];
      os << "<li id=\"f-" << at + 1 << "\" class=\"" << enum_name(f.severity)
         << (f.acknowledged ? " acknowledged" : " open") << "\"><span class=\"number\">" << at + 1
         << "</span><span class=\"state\">"
         << (f.acknowledged ? phrase("acknowledged") : phrase("not acknowledged")).in(language) << "</span><b>"
         << escape_html(check_title(f.check, language)) << "</b><span class=\"id\">" << escape_html(f.check)
         << "</span><span class=\"message\">" << escape_html(message(f, language, false)) << "</span>";
      // The sentence each claim comes from, beside the finding.
      for (std::size_t i = 0; i < f.evidence_count; ++i) {
        const Source& source = f.evidence[i].source;
        if (source.kind != SourceKind::narrative || source.quote.empty()) continue;
        os << "<blockquote class=\"quote\">" << escape_html(source.section);
        if (source.row != 0) os << ", " << phrase("line").in(language) << ' ' << source.row;
        os << ": \u201C" << escape_html(source.quote) << "\u201D</blockquote>";
      }
      if (f.acknowledged)
        os << "<span class=\"reason\">" << phrase("Reason").in(language) << ": " << escape_html(f.reason) << "</span>";
      os << "</li>\n";
    }
    os << "</ol>\n";
  }
}

}  // namespace detail

/// Writes the page for `report` and the `results` of checking it, in `language` (Dutch, the report's own,
/// unless told otherwise).
inline void write_html_report(std::ostream& os, const Report& report, const CheckResults& results,
                              Language language = Language::nl) {
  const std::optional<ReportingPeriod> period = effective_period(report);
  const ColumnTotals totals = column_totals(report.annex2);
  const std::vector<std::size_t> order = detail::list_order(results);
  const std::vector<std::size_t> numbers = detail::list_numbers(order);
  detail::write_page_head(os, report, period, language);
  detail::write_summary(os, results, totals, language);
  detail::write_annex1(os, report, results, numbers, language);
  detail::write_annex2(os, report, results, totals, numbers, language);
  detail::write_timeline(os, report, period, language);
  detail::write_bars(os, report, language);
  detail::write_findings(os, results, order, language);
  os << "</body>\n</html>\n";
}

}  // namespace jvom::io
