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
#include <vector>

#include "jvom/algorithms/totals.hpp"
#include "jvom/checks/message.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/describe.hpp"
#include "jvom/io/annex_tables.hpp"
#include "jvom/region.hpp"
#include "jvom/report.hpp"
#include "jvom/text/format.hpp"

/// A report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched. Both annexes
/// with totals computed from the rows, every finding beside the row it concerns (coloured by severity,
/// the message on hover and in a list), a timeline of mandate and framework ends against the reporting
/// period, and personnel deployed by region and mission as bars. Dutch labels, as in the report. The page
/// is well-formed XML as well as HTML, so that any parser reads it.
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

// Badges beside a row for the findings that concern it, each with its message on hover.
inline std::string badges(const CheckResults& results, std::span<const std::size_t> concerning) {
  std::string out;
  for (const std::size_t i : concerning) {
    const Finding& f = results.findings[i];
    out += "<span class=\"badge " + std::string(enum_name(f.severity)) + (f.acknowledged ? " acknowledged" : "") +
           "\" title=\"" + escape_html(message(f)) +
           (f.acknowledged ? " (erkend: " + escape_html(f.reason) + ")" : "") + "\">" + escape_html(f.check) +
           "</span>";
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
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.region td { font-weight: bold; background: #eef2f7; }
tr.totaal td { font-weight: bold; border-top: 2px solid #154273; }
.badge { display: inline-block; font-size: 0.7rem; padding: 0 0.35rem; margin: 0.1rem; border-radius: 0.6rem; color: #fff; cursor: help; white-space: nowrap; }
.badge.error { background: #c0392b; } .badge.warning { background: #d68910; } .badge.info { background: #2874a6; }
.badge.acknowledged { opacity: 0.55; }
li.error { border-left: 4px solid #c0392b; } li.warning { border-left: 4px solid #d68910; } li.info { border-left: 4px solid #2874a6; }
ul.findings { list-style: none; padding: 0; } ul.findings li { padding: 0.3rem 0.6rem; margin: 0.3rem 0; background: #fafafa; }
.summary { display: flex; flex-wrap: wrap; gap: 1rem; } .summary div { background: #eef2f7; padding: 0.5rem 1rem; border-radius: 0.3rem; }
.summary b { display: block; font-size: 1.3rem; }
svg { max-width: 100%; height: auto; font-size: 11px; }
@media print { body { max-width: none; font-size: 10pt; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
@media (max-width: 600px) { body { padding: 0.5rem; } table { font-size: 0.8rem; } }
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
inline void write_page_head(std::ostream& os, const Report& report, const std::optional<ReportingPeriod>& period) {
  os << "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\" />\n"
     << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>"
     << escape_html(report.title) << "</title>\n<style>" << style() << "</style>\n</head>\n<body>\n<h1>"
     << escape_html(report.title) << "</h1>\n";
  if (period) os << "<p>Rapportageperiode: " << escape_html(text::format_period(*period)) << "</p>\n";
}

// The totals (computed from the rows) and the findings, counted.
inline void write_summary(std::ostream& os, const CheckResults& results, const ColumnTotals& totals) {
  std::size_t by_severity[3] = {0, 0, 0}, unacknowledged = 0;
  for (const Finding& f : results.findings) {
    ++by_severity[static_cast<std::size_t>(f.severity)];
    unacknowledged += f.acknowledged ? 0 : 1;
  }
  os << "<div class=\"summary\" id=\"totals\" data-framework-military=\"" << totals.framework.military
     << "\" data-framework-civil=\"" << totals.framework.non_military() << "\" data-deployed-military=\""
     << totals.deployed.military << "\" data-deployed-civil=\"" << totals.deployed.non_military()
     << "\" data-deployed-total=\"" << totals.deployed_total() << "\">\n"
     << "<div><b>" << totals.deployed_total() << "</b>ingezet personeel</div>\n"
     << "<div><b>" << totals.deployed.military << "</b>militair</div>\n"
     << "<div><b>" << totals.deployed.non_military() << "</b>civiel/politie</div>\n"
     << "<div><b>" << results.findings.size() << "</b>bevindingen (" << by_severity[2] << " fout, " << by_severity[1]
     << " waarschuwing, " << by_severity[0] << " info; " << unacknowledged << " niet erkend)</div>\n</div>\n";
}

// Annex 2, each row with the badges of its findings, and the totals computed from the rows.
inline void write_annex2(std::ostream& os, const Report& report, const CheckResults& results, const ColumnTotals& totals) {
  os << "<h2>Bijlage 2: personele inzet</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th rowspan=\"2\">Missie</th>"
     << "<th colspan=\"2\" class=\"n\">Nationale kaders</th><th colspan=\"3\" class=\"n\">Ingezet personeel</th><th "
        "rowspan=\"2\">Bevindingen</th></tr>\n"
     << "<tr><th class=\"n\">Militair</th><th class=\"n\">Civiel/Politie</th><th class=\"n\">Militair</th>"
     << "<th class=\"n\">Civiel/Politie</th><th class=\"n\">Totaal</th></tr></thead>\n<tbody>\n";
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
       << badges(results, annex2_findings.of(static_cast<std::uint32_t>(i + 1))) << "</td></tr>\n";
  }
  os << "<tr class=\"totaal\"><td>Totaal (berekend)</td><td class=\"n\">" << totals.framework.military
     << "</td><td class=\"n\">" << totals.framework.non_military() << "</td><td class=\"n\">"
     << totals.deployed.military << "</td><td class=\"n\">" << totals.deployed.non_military() << "</td><td class=\"n\">"
     << totals.deployed_total() << "</td><td>"
     << badges(results, FindingsByRow(results, SourceKind::totals, 0).of(0))
     << "</td></tr>\n</tbody></table></div>\n";
}

// Annex 1, each row with the badges of its findings.
inline void write_annex1(std::ostream& os, const Report& report, const CheckResults& results) {
  os << "<h2>Bijlage 1: rechtsbasis, mandaat en nationaal kader</h2>\n<div class=\"scroll\"><table>\n<thead><tr>"
     << "<th>Inzet</th><th>Rechtsbasis</th><th>Duur internationaal mandaat</th><th>Duur nationaal kader</th>"
     << "<th>Bevindingen</th></tr></thead>\n<tbody>\n";
  const FindingsByRow annex1_findings(results, SourceKind::annex1, report.annex1.size());
  const Region* above = nullptr;
  for (std::size_t i = 0; i < report.annex1.size(); ++i) {
    const MandateRow& row = report.annex1[i];
    region_heading(os, above, row.region, 5);
    os << "<tr><td>" << escape_html(row.mission) << "</td><td>"
       << escape_html(text::format_legal_basis(row.legal_basis)) << "</td><td>"
       << escape_html(text::format_end_date(row.mandate_end)) << "</td><td>"
       << escape_html(text::format_end_date(row.framework_end)) << "</td><td>"
       << badges(results, annex1_findings.of(static_cast<std::uint32_t>(i + 1))) << "</td></tr>\n";
  }
  os << "</tbody></table></div>\n";
}

// Each annex 1 row's mandate end (circle) and framework end (square) against the period.
inline void write_timeline(std::ostream& os, const Report& report, const std::optional<ReportingPeriod>& period) {
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
  os << "<h2>Tijdlijn: einde mandaat en nationaal kader</h2>\n<p>Cirkel: einde internationaal mandaat; vierkant: "
        "einde "
        "nationaal kader; pijl: onbepaald of doorlopend. Rood: verstreken v\xC3\xB3\xC3\xB3r het einde van de "
        "periode.</p>\n"
     << "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << left + width + 20 << ' ' << height
     << "\" role=\"img\" aria-label=\"tijdlijn\">\n";
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
                        at - 4, y - 4, colour, escape_html("nationaal kader: " + text::format_end_date(end)).c_str());
        else
          std::snprintf(buffer, sizeof buffer,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"><title>%s</title></circle>\n", at, y,
                        colour, escape_html("mandaat: " + text::format_end_date(end)).c_str());
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

// Deployed personnel by region and mission, as bars.
inline void write_bars(std::ostream& os, const Report& report) {
  if (report.annex2.empty()) return;
  // A line for each mission, and one for its region's name wherever the region changes (sub-groups aside).
  const auto region_changes = [](const Region* before, const Region& region) {
    return before == nullptr || !same_region(*before, region);
  };
  Headcount largest = 1;
  std::size_t lines = 0;
  const Region* region_above = nullptr;
  for (const PersonnelRow& row : report.annex2) {
    largest = std::max(largest, row.deployed_total);
    lines += region_changes(region_above, row.region) ? std::size_t{2} : std::size_t{1};
    region_above = &row.region;
  }
  const double left = 300, width = 420, line = 16;
  os << "<h2>Ingezet personeel per regio en missie</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
     << left + width + 60 << ' ' << 10 + line * static_cast<double>(lines)
     << "\" role=\"img\" aria-label=\"staafdiagram\">\n";
  double y = 10;
  char buffer[256];
  region_above = nullptr;
  for (const PersonnelRow& row : report.annex2) {
    if (region_changes(region_above, row.region)) {
      os << "<text x=\"0\" y=\"" << y + 11 << "\" font-weight=\"bold\">" << escape_html(row.region.name)
         << "</text>\n";
      y += line;
    }
    region_above = &row.region;
    const double bar = width * static_cast<double>(row.deployed_total) / static_cast<double>(largest);
    std::snprintf(buffer, sizeof buffer,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#2874a6\" />"
                  "<text x=\"%.1f\" y=\"%.1f\">%u</text>\n",
                  left, y + 2, bar, line - 4, left + bar + 4, y + 11, row.deployed_total);
    os << "<text x=\"" << left - 6 << "\" y=\"" << y + 11 << "\" text-anchor=\"end\"><title>"
       << escape_html(row.mission) << "</title>" << chart_label(row.mission) << "</text>" << buffer;
    y += line;
  }
  os << "</svg>\n";
}

// Every finding, as a list, with the sentence each claim comes from and an acknowledgement's reason.
inline void write_findings(std::ostream& os, const CheckResults& results) {
  os << "<h2>Bevindingen</h2>\n<ul class=\"findings\">\n";
  for (const Finding& f : results.findings) {
    os << "<li class=\"" << enum_name(f.severity) << "\"><b>" << escape_html(f.check) << "</b> ("
       << enum_name(f.severity) << (f.acknowledged ? ", erkend" : "") << "): " << escape_html(message(f, false));
    // The sentence each claim comes from, beside the finding.
    for (std::size_t i = 0; i < f.evidence_count; ++i) {
      const Source& source = f.evidence[i].source;
      if (source.kind != SourceKind::narrative || source.quote.empty()) continue;
      os << "<blockquote class=\"quote\">" << escape_html(source.section);
      if (source.row != 0) os << ", regel " << source.row;
      os << ": \u201C" << escape_html(source.quote) << "\u201D</blockquote>";
    }
    if (f.acknowledged) os << "<br /><i>Reden: " << escape_html(f.reason) << "</i>";
    os << "</li>\n";
  }
  os << "</ul>\n";
}

}  // namespace detail

/// Writes the page for `report` and the `results` of checking it.
inline void write_html_report(std::ostream& os, const Report& report, const CheckResults& results) {
  const std::optional<ReportingPeriod> period = effective_period(report);
  const ColumnTotals totals = column_totals(report.annex2);
  detail::write_page_head(os, report, period);
  detail::write_summary(os, results, totals);
  detail::write_annex2(os, report, results, totals);
  detail::write_annex1(os, report, results);
  detail::write_timeline(os, report, period);
  detail::write_bars(os, report);
  detail::write_findings(os, results);
  os << "</body>\n</html>\n";
}

}  // namespace jvom::io
