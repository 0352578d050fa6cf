#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "jvom/checks/finding.hpp"
#include "jvom/language.hpp"
#include "jvom/text/catalog.hpp"
#include "jvom/text/format.hpp"

/// A finding in one line of text, for people: the mission(s), what is wrong, and each value with where
/// it comes from. "UNIFIL: the mandate ended before the reporting period did, while people were deployed:
/// mandate end 31 augustus 2024 (annex 1 row 2); reference date 30 april 2025 (reporting period);
/// deployed 2 (annex 2 row 5)". In English or in Dutch (jvom/text/catalog.hpp); values as the report
/// prints them either way.
namespace jvom {

/// Where a value comes from, in words: "annex 1 row 2", "narrative 2.3.1", "annex 2 Totaal row"; a claim read
/// from a document with its line and sentence: "narrative 2.3.1, line 57: “Het UNIFIL-mandaat is ...”".
[[nodiscard]] inline std::string describe_source(const Source& source, Language language, bool with_quote = true) {
  const auto words = [language](std::string_view english) { return std::string(translate(english, language)); };
  if (source.row == 0 && (source.kind == SourceKind::annex1 || source.kind == SourceKind::annex2))
    return words(source.kind == SourceKind::annex1 ? "annex 1: not listed" : "annex 2: not listed");
  std::string out = words(source_words(source.kind));
  if (numbered_source(source.kind)) out += ' ' + std::to_string(source.row);
  if (source.kind == SourceKind::narrative) {
    out.append(1, ' ').append(source.section);
    if (source.row != 0) out += ", " + words("line") + ' ' + std::to_string(source.row);
    if (with_quote && !source.quote.empty()) out.append(": \u201C").append(source.quote).append("\u201D");
  }
  return out;
}

[[nodiscard]] inline std::string describe_source(const Source& source, bool with_quote = true) {
  return describe_source(source, Language::en, with_quote);
}

/// A finding's value in words, dates and legal bases as the report prints them.
[[nodiscard]] inline std::string describe_value(const FindingValue& value, Language language = Language::en) {
  return std::visit(
      [language](const auto& v) -> std::string {
        using V = std::remove_cvref_t<decltype(v)>;
        if constexpr (std::is_same_v<V, std::monostate>)
          return "-";
        else if constexpr (std::is_same_v<V, Count>)
          return std::to_string(v.value);
        else if constexpr (std::is_same_v<V, Difference>) {
          std::string signed_value = v.value > 0 ? "+" : "";  // appended (see below)
          return signed_value.append(std::to_string(v.value));
        } else if constexpr (std::is_same_v<V, EndDate>)
          return text::format_end_date(v);
        else if constexpr (std::is_same_v<V, std::chrono::year_month_day>)
          return text::format_date(v);
        else if constexpr (std::is_same_v<V, LegalBasis>)
          return text::format_legal_basis(v);
        else if constexpr (std::is_same_v<V, ReportingPeriod>)
          return text::format_period(v);
        else if constexpr (std::is_same_v<V, Ratio>) {
          char buffer[64];
          std::snprintf(buffer, sizeof buffer, "%u/%u (%.2f)", v.numerator, v.denominator, v.value());
          std::string out = buffer;
          if (language == Language::nl) out[out.rfind('.')] = ',';  // the Dutch decimal comma
          return out;
        } else {
          // Appended, not added (workaround: gcc_restrict_false_positive, config.hpp).
          std::string quoted(1, '\'');
          return quoted.append(translate(v, language)).append(1, '\'');
        }
      },
      value);
}

/// The finding in one line, in `language`; with the sentence of each claim it cites unless `with_quotes` is
/// false (for a page that shows the sentences apart). A user check's own text goes out as it wrote it.
[[nodiscard]] inline std::string message(const Finding& f, Language language, bool with_quotes = true) {
  std::string out(f.mission.empty() ? translate("report", language) : f.mission);
  if (!f.other_mission.empty()) out.append(" / ").append(f.other_mission);
  out.append(": ").append(translate(f.what, language));
  for (std::size_t i = 0; i < f.evidence_count; ++i) {
    const Evidence& e = f.evidence[i];
    out.append(i == 0 ? ": " : "; ")
        .append(translate(e.label, language))
        .append(" ")
        .append(describe_value(e.value, language))
        .append(" (")
        .append(describe_source(e.source, language, with_quotes))
        .append(")");
  }
  return out;
}

/// The finding in one line, in English.
[[nodiscard]] inline std::string message(const Finding& f, bool with_quotes = true) {
  return message(f, Language::en, with_quotes);
}

}  // namespace jvom
