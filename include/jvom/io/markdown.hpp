#pragma once

#include <ostream>

#include "jvom/checks/message.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/describe.hpp"
#include "jvom/io/annex_tables.hpp"
#include "jvom/io/findings_text.hpp"
#include "jvom/io/table.hpp"
#include "jvom/report.hpp"
#include "jvom/text/format.hpp"

/// A report as Markdown: both annex tables (annex 2's totals computed from the rows) and the findings.
namespace jvom::io {

/// The findings as a Markdown table: check, severity, mission, message, acknowledged (with the reason).
[[nodiscard]] inline Table findings_table(const CheckResults& results) {
  Table table;
  table.columns = {{"check", "", Align::left},
                   {"severity", "", Align::left},
                   {"mission", "", Align::left},
                   {"message", "", Align::left},
                   {"acknowledged", "", Align::left}};
  for (const Finding& f : results.findings)
    table.rows.push_back({TableRow::Kind::data,
                          {std::string(f.check), std::string(enum_name(f.severity)), std::string(f.mission), message(f),
                           f.acknowledged ? "yes: " + std::string(f.reason) : std::string("no")}});
  return table;
}

/// The whole report as Markdown.
inline void write_markdown_report(std::ostream& os, const Report& report, const CheckResults& results) {
  os << "# " << report.title << "\n\n";
  if (const auto period = effective_period(report)) os << "Periode: " << text::format_period(*period) << "\n\n";
  os << "## Bijlage 1: rechtsbasis, mandaat en nationaal kader\n\n";
  write_markdown(os, annex1_table(report));
  os << "\n## Bijlage 2: personele inzet (totalen berekend uit de rijen)\n\n";
  write_markdown(os, annex2_table(report));
  os << "\n## Findings\n\n";
  write_findings_summary(os, results);
  os << '\n';
  write_markdown(os, findings_table(results));
}

}  // namespace jvom::io
