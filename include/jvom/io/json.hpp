#pragma once

#include <cstddef>
#include <cstdio>
#include <ostream>
#include <string_view>

#include "jvom/algorithms/totals.hpp"
#include "jvom/checks/message.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/describe.hpp"
#include "jvom/report.hpp"
#include "jvom/text/format.hpp"

/// The report's totals and findings as one JSON object, in the shape jvom-check's contract gives:
/// {"report": {"title", "period_start", "period_end"}, "totals": {...}, "findings": [...]}. Totals are
/// computed from the mission rows, never copied from the printed "Totaal" row.
namespace jvom::io {

/// `s` as a JSON string: quotes, backslashes and control characters escaped; UTF-8 passed through.
/// What needs no escape goes out a run at a time: a character at a time through a stream was most of
/// jvom-check's time on large reports.
inline void write_json_string(std::ostream& os, std::string_view s) {
  os << '"';
  std::size_t run = 0;  // where the characters not yet written begin
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    os.write(s.data() + run, static_cast<std::streamsize>(i - run));
    run = i + 1;
    switch (c) {
      case '"': os << "\\\""; break;
      case '\\': os << "\\\\"; break;
      case '\n': os << "\\n"; break;
      case '\r': os << "\\r"; break;
      case '\t': os << "\\t"; break;
      default: {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
        os << buffer;
      }
    }
  }
  os.write(s.data() + run, static_cast<std::streamsize>(s.size() - run));
  os << '"';
}

/// Writes the JSON object for `report` and the `results` of checking it.
inline void write_json(std::ostream& os, const Report& report, const CheckResults& results) {
  os << "{\"report\": {\"title\": ";
  write_json_string(os, report.title);
  const auto period = effective_period(report);
  os << ", \"period_start\": ";
  if (period)
    write_json_string(os, text::format_iso_date(period->first_day()));
  else
    os << "null";
  os << ", \"period_end\": ";
  if (period)
    write_json_string(os, text::format_iso_date(period->last_day()));
  else
    os << "null";
  const ColumnTotals totals = column_totals(report.annex2);
  os << "},\n \"totals\": {\"framework_military\": " << totals.framework.military
     << ", \"framework_civil\": " << totals.framework.non_military()
     << ", \"deployed_military\": " << totals.deployed.military
     << ", \"deployed_civil\": " << totals.deployed.non_military()
     << ", \"deployed_total\": " << totals.deployed_total() << "},\n \"findings\": [";
  bool first = true;
  for (const Finding& f : results.findings) {
    os << (first ? "\n  " : ",\n  ") << "{\"check\": ";
    first = false;
    write_json_string(os, f.check);
    os << ", \"severity\": ";
    write_json_string(os, enum_name(f.severity));
    os << ", \"mission\": ";
    if (f.mission.empty())
      os << "null";
    else
      write_json_string(os, f.mission);
    os << ", \"message\": ";
    write_json_string(os, message(f));
    os << ", \"acknowledged\": " << (f.acknowledged ? "true" : "false");
    // A claim read from a document: where in it, and the sentence, for tools to point at.
    for (std::size_t i = 0; i < f.evidence_count; ++i) {
      const Source& source = f.evidence[i].source;
      if (source.kind != SourceKind::narrative || (source.row == 0 && source.quote.empty())) continue;
      os << ", \"section\": ";
      write_json_string(os, source.section);
      os << ", \"line\": " << source.row << ", \"quote\": ";
      write_json_string(os, source.quote);
      break;
    }
    os << '}';
  }
  os << (first ? "]}\n" : "\n ]}\n");
}

}  // namespace jvom::io
