#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "jvom/checks/message.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/describe.hpp"
#include "jvom/io/json_string.hpp"
#include "jvom/io/row_locations.hpp"
#include "jvom/language.hpp"
#include "jvom/report.hpp"
#include "jvom/text/catalog.hpp"
#include "jvom/version.hpp"

/// The findings as SARIF 2.1.0, the format code-scanning tools and CI systems read (GitHub's code scanning,
/// GitLab, Azure DevOps, editors' SARIF viewers). One rule per check that ran, with its title, what it finds
/// and its severity; one result per finding, at the file and line of its first value that a file holds,
/// with the other values as related locations and the mission as a logical location; an acknowledged
/// finding is a suppressed result whose justification is the acknowledgement's reason.
namespace jvom::io {

namespace detail::sarif {

// A file name as a URI reference: a relative name stays relative (to where jvom-check ran, which is what a
// CI job's checkout root is), an absolute one becomes file:///; either percent-encoded but for '/'.
inline std::string uri(std::string_view file) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out = file.starts_with('/') ? "file://" : "";
  for (const char ch : file) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

inline std::string_view level(Severity severity) noexcept {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: break;
  }
  return "note";
}

inline void physical_location(std::ostream& os, const FileLine& at, std::string_view quote) {
  os << "\"physicalLocation\": {\"artifactLocation\": {\"uri\": ";
  write_json_string(os, uri(at.file));
  os << '}';
  if (at.line != 0) {
    os << ", \"region\": {\"startLine\": " << at.line;
    if (!quote.empty()) {
      os << ", \"snippet\": {\"text\": ";
      write_json_string(os, quote);
      os << '}';
    }
    os << '}';
  }
  os << '}';
}

// The checks in the order they ran, then any a finding names that did not report a summary.
inline std::vector<CheckSummary> rules_of(const CheckResults& results) {
  std::vector<CheckSummary> rules = results.summaries;
  for (const Finding& f : results.findings)
    if (std::none_of(rules.begin(), rules.end(), [&f](const CheckSummary& r) { return r.check == f.check; }))
      rules.push_back({f.check, f.severity, 0, 0});
  return rules;
}

}  // namespace detail::sarif

/// Writes `results` of checking `report` as a SARIF 2.1.0 log with one run, its messages in `language`;
/// `locations` says where the rows were read (empty for the report compiled into jvom: its results then
/// carry their mission as a logical location only).
inline void write_sarif(std::ostream& os, const Report& report, const CheckResults& results,
                        const RowLocations& locations, Language language = Language::en) {
  namespace ds = detail::sarif;
  const std::vector<CheckSummary> rules = ds::rules_of(results);
  os << "{\n \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n \"version\": \"2.1.0\",\n"
     << " \"runs\": [{\n  \"tool\": {\"driver\": {\"name\": \"jvom-check\", \"semanticVersion\": \"" << version_major
     << '.' << version_minor << '.' << version_patch
     << "\", \"informationUri\": \"https://github.com/jvom/jvom\", \"language\": \"" << enum_name(language)
     << "\", \"rules\": [";
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const CheckText* text = check_text(rules[i].check);
    os << (i == 0 ? "\n   " : ",\n   ") << "{\"id\": ";
    write_json_string(os, rules[i].check);
    os << ", \"shortDescription\": {\"text\": ";
    write_json_string(os, text ? text->title.in(language) : rules[i].check);
    os << '}';
    if (text) {
      os << ", \"fullDescription\": {\"text\": ";
      write_json_string(os, text->finds.in(language));
      os << '}';
    }
    os << ", \"defaultConfiguration\": {\"level\": \"" << ds::level(rules[i].severity) << "\"}}";
  }
  os << (rules.empty() ? "]}},\n" : "\n  ]}},\n") << "  \"language\": \"" << enum_name(language)
     << "\",\n  \"invocations\": [{\"executionSuccessful\": true}],\n  \"properties\": {\"report\": ";
  write_json_string(os, report.title);
  os << "},\n  \"results\": [";

  bool first = true;
  for (const Finding& f : results.findings) {
    const auto rule = std::find_if(rules.begin(), rules.end(), [&f](const CheckSummary& r) { return r.check == f.check; });
    os << (first ? "\n   " : ",\n   ") << "{\"ruleId\": ";
    first = false;
    write_json_string(os, f.check);
    os << ", \"ruleIndex\": " << (rule - rules.begin()) << ", \"level\": \"" << ds::level(f.severity)
       << "\", \"message\": {\"text\": ";
    write_json_string(os, message(f, language));
    os << "},\n    \"locations\": [{";

    // Each value's place in the input, once: the first is where the result is, the rest are related.
    std::vector<std::size_t> placed;
    std::vector<FileLine> places;
    for (std::size_t i = 0; i < f.evidence_count; ++i) {
      const FileLine at = locations.locate(f.evidence[i].source);
      if (at.file.empty()) continue;
      if (std::any_of(places.begin(), places.end(),
                      [&at](const FileLine& p) { return p.file == at.file && p.line == at.line; }))
        continue;
      placed.push_back(i);
      places.push_back(at);
    }
    if (!places.empty()) {
      ds::physical_location(os, places.front(), f.evidence[placed.front()].source.quote);
      if (!f.mission.empty()) os << ", ";
    }
    if (!f.mission.empty()) {
      os << "\"logicalLocations\": [{\"name\": ";
      write_json_string(os, f.mission);
      os << ", \"kind\": \"object\"}]";
    }
    os << "}]";
    if (places.size() > 1) {
      os << ",\n    \"relatedLocations\": [";
      for (std::size_t k = 1; k < places.size(); ++k) {
        const Evidence& e = f.evidence[placed[k]];
        os << (k == 1 ? "" : ", ") << "{\"id\": " << k << ", ";
        ds::physical_location(os, places[k], e.source.quote);
        os << ", \"message\": {\"text\": ";
        write_json_string(os, std::string(translate(e.label, language)) + ": " + describe_value(e.value, language));
        os << "}}";
      }
      os << ']';
    }
    // What identifies the finding from one run to the next, whatever its line: the check and the missions.
    os << ",\n    \"partialFingerprints\": {\"jvomFinding/v1\": ";
    write_json_string(os, std::string(f.check) + '|' + std::string(f.mission) + '|' + std::string(f.other_mission));
    os << '}';
    if (f.acknowledged) {
      os << ",\n    \"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", \"justification\": ";
      write_json_string(os, f.reason);
      os << "}]";
    }
    os << '}';
  }
  os << (first ? "]\n }]\n}\n" : "\n  ]\n }]\n}\n");
}

}  // namespace jvom::io
