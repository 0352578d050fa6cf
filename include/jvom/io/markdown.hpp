#pragma once

#include <ostream>

#include "jvom/checks/message.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/describe.hpp"
#include "jvom/io/annex_tables.hpp"
#include "jvom/io/findings_text.hpp"
#include "jvom/io/table.hpp"
#include "jvom/language.hpp"
#include "jvom/report.hpp"
#include "jvom/text/catalog.hpp"
#include "jvom/text/format.hpp"

/// A report as Markdown: both annex tables (annex 2's totals computed from the rows) and the findings.
namespace jvom::io {

/// The findings as a Markdown table: check, severity, mission, message, acknowledged (with the reason).
[[nodiscard]] inline Table findings_table(const CheckResults& results, Language language = Language::en) {
  const auto words = [language](Phrase p) { return std::string(p.in(language)); };
  Table table;
  table.columns = {{words(phrase("check")), "", Align::left},
                   {words(phrase("severity")), "", Align::left},
                   {words(phrase("mission")), "", Align::left},
                   {words(phrase("message")), "", Align::left},
                   {words(phrase("acknowledged")), "", Align::left}};
  for (const Finding& f : results.findings)
    table.rows.push_back({TableRow::Kind::data,
                          {std::string(f.check), std::string(translate(enum_name(f.severity), language)),
                           std::string(f.mission), message(f, language),
                           f.acknowledged ? words(phrase("yes")) + ": " + std::string(f.reason) : words(phrase("no"))}});
  return table;
}

/// The whole report as Markdown, headings and findings in `language`.
inline void write_markdown_report(std::ostream& os, const Report& report, const CheckResults& results,
                                  Language language = Language::en) {
  os << "# " << report.title << "\n\n";
  if (const auto period = effective_period(report))
    os << phrase("Period").in(language) << ": " << text::format_period(*period) << "\n\n";
  os << "## " << phrase("Annex 1: legal basis, mandate and national framework").in(language) << "\n\n";
  write_markdown(os, annex1_table(report, language));
  os << "\n## " << phrase("Annex 2: personnel deployed (totals computed from the rows)").in(language) << "\n\n";
  write_markdown(os, annex2_table(report, language));
  os << "\n## " << phrase("Findings").in(language) << "\n\n";
  write_findings_summary(os, results, language);
  os << '\n';
  write_markdown(os, findings_table(results, language));
}

}  // namespace jvom::io
