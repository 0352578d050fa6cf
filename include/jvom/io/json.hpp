#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <ostream>
#include <string_view>
#include <type_traits>
#include <variant>

#include "jvom/algorithms/totals.hpp"
#include "jvom/checks/message.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/describe.hpp"
#include "jvom/io/json_string.hpp"
#include "jvom/language.hpp"
#include "jvom/report.hpp"
#include "jvom/text/format.hpp"
#include "jvom/version.hpp"

/// The report's totals and findings as one JSON object, in the shape jvom-check's contract gives and
/// `docs/findings.schema.json` states: {"format", "format_version", "jvom_version", "language", "report": {"title",
/// "period_start", "period_end"}, "totals": {...}, "findings": [...], "summaries": [...]}. Each finding
/// carries its evidence as data (field, value, the text as printed, its source), the other mission of a
/// pair, a totals finding's imbalance and an acknowledgement's reason, beside the message. Totals are
/// computed from the mission rows, never copied from the printed "Totaal" row.
namespace jvom::io {

/// The version of the JSON output's shape: raised when a key changes meaning or goes; new keys may come
/// without it.
inline constexpr int json_format_version = 2;

namespace detail::json {

// A value as data: a count or difference as a number, a date as ISO 8601, a ratio as its two numbers;
// null for what only its text says (a legal basis, a period, a name, an end that is not a date).
inline void value(std::ostream& os, const FindingValue& v) {
  std::visit(
      [&os](const auto& x) {
        using V = std::remove_cvref_t<decltype(x)>;
        if constexpr (std::is_same_v<V, Count> || std::is_same_v<V, Difference>)
          os << x.value;
        else if constexpr (std::is_same_v<V, std::chrono::year_month_day>)
          write_json_string(os, text::format_iso_date(x));
        else if constexpr (std::is_same_v<V, EndDate>) {
          if (const auto day = x.date())
            write_json_string(os, text::format_iso_date(*day));
          else
            os << "null";
        } else if constexpr (std::is_same_v<V, Ratio>)
          os << "{\"numerator\": " << x.numerator << ", \"denominator\": " << x.denominator << '}';
        else
          os << "null";
      },
      v);
}

inline std::string_view value_kind(const FindingValue& v) {
  static constexpr std::string_view kinds[] = {"none", "count", "difference", "end", "date", "legal_basis", "period",
                                               "ratio", "name"};
  return kinds[v.index()];
}

inline void source(std::ostream& os, const Source& s) {
  os << "{\"kind\": ";
  write_json_string(os, enum_name(s.kind));
  const bool a_row = s.kind == SourceKind::annex1 || s.kind == SourceKind::annex2 || s.kind == SourceKind::acknowledgement ||
                     s.kind == SourceKind::un;
  os << ", \"row\": ";
  number_or_null(os, a_row && s.row != 0, s.row);
  os << ", \"section\": ";
  string_or_null(os, s.section);
  os << ", \"line\": ";
  number_or_null(os, s.kind == SourceKind::narrative && s.row != 0, s.row);
  os << ", \"quote\": ";
  string_or_null(os, s.quote);
  os << '}';
}

}  // namespace detail::json

/// Writes the JSON object for `report` and the `results` of checking it, each finding's message in
/// `language` (its other texts are data, and stay as they are).
inline void write_json(std::ostream& os, const Report& report, const CheckResults& results,
                       Language language = Language::en) {
  namespace dj = detail::json;
  os << "{\"format\": \"jvom-findings\", \"format_version\": " << json_format_version << ", \"jvom_version\": \""
     << version_major << '.' << version_minor << '.' << version_patch << "\", \"language\": \"" << enum_name(language)
     << "\",\n \"report\": {\"title\": ";
  write_json_string(os, report.title);
  const auto period = effective_period(report);
  os << ", \"period_start\": ";
  dj::string_or_null(os, period ? text::format_iso_date(period->first_day()) : std::string{});
  os << ", \"period_end\": ";
  dj::string_or_null(os, period ? text::format_iso_date(period->last_day()) : std::string{});
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
    dj::string_or_null(os, f.mission);
    os << ", \"other_mission\": ";
    dj::string_or_null(os, f.other_mission);
    os << ", \"what\": ";
    write_json_string(os, f.what);
    os << ", \"message\": ";
    write_json_string(os, message(f, language));
    os << ", \"acknowledged\": " << (f.acknowledged ? "true" : "false") << ", \"reason\": ";
    dj::string_or_null(os, f.acknowledged ? f.reason : std::string_view{});
    os << ", \"imbalance\": ";
    if (f.check.starts_with("totals."))
      os << f.imbalance;
    else
      os << "null";
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
    os << ", \"evidence\": [";
    for (std::size_t i = 0; i < f.evidence_count; ++i) {
      const Evidence& e = f.evidence[i];
      os << (i == 0 ? "" : ", ") << "{\"field\": ";
      write_json_string(os, e.label);
      os << ", \"kind\": ";
      write_json_string(os, dj::value_kind(e.value));
      os << ", \"value\": ";
      dj::value(os, e.value);
      os << ", \"text\": ";
      write_json_string(os, describe_value(e.value));
      os << ", \"source\": ";
      dj::source(os, e.source);
      os << '}';
    }
    os << "]}";
  }
  os << (first ? "],\n \"summaries\": [" : "\n ],\n \"summaries\": [");
  first = true;
  for (const CheckSummary& s : results.summaries) {
    os << (first ? "\n  " : ",\n  ") << "{\"check\": ";
    first = false;
    write_json_string(os, s.check);
    os << ", \"severity\": ";
    write_json_string(os, enum_name(s.severity));
    os << ", \"examined\": " << s.examined << ", \"raised\": " << s.findings << '}';
  }
  os << (first ? "]}\n" : "\n ]}\n");
}

}  // namespace jvom::io
