#pragma once

#include <array>
#include <cstddef>
#include <ostream>
#include <string_view>

#include "jvom/checks/message.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/describe.hpp"
#include "jvom/language.hpp"
#include "jvom/text/catalog.hpp"

/// Findings as text for people: grouped by severity, most severe first, acknowledged ones marked with
/// their reason.
namespace jvom::io {

namespace detail {

// The severities from the most severe down, each with the heading of its group.
struct SeverityGroup {
  Severity severity;
  Phrase heading;
};
inline constexpr SeverityGroup severity_groups[] = {
    {Severity::error, phrase("Errors")}, {Severity::warning, phrase("Warnings")}, {Severity::info, phrase("Information")}};

}  // namespace detail

/// "26 findings (26 acknowledged): 9 errors, 12 warnings, 5 info".
inline void write_findings_summary(std::ostream& os, const CheckResults& results, Language language = Language::en) {
  std::array<std::size_t, 3> by_severity{};
  std::size_t acknowledged = 0;
  for (const Finding& f : results.findings) {
    ++by_severity[static_cast<std::size_t>(f.severity)];
    acknowledged += f.acknowledged ? 1 : 0;
  }
  const std::size_t errors = by_severity[2], warnings = by_severity[1];
  os << results.findings.size() << ' '
     << counted(results.findings.size(), phrase("finding"), phrase("findings"), language) << " (" << acknowledged << ' '
     << phrase("acknowledged").in(language) << "): " << errors << ' '
     << counted(errors, phrase("error"), phrase("errors"), language) << ", " << warnings << ' '
     << counted(warnings, phrase("warning"), phrase("warnings"), language) << ", " << by_severity[0] << ' '
     << phrase("info").in(language) << '\n';
}

/// Every finding, errors first, then warnings, then info; in run order within a severity.
inline void write_findings_text(std::ostream& os, const CheckResults& results, Language language = Language::en) {
  write_findings_summary(os, results, language);
  for (const detail::SeverityGroup& group : detail::severity_groups) {
    bool heading = false;
    for (const Finding& f : results.findings) {
      if (f.severity != group.severity) continue;
      if (!heading) {
        os << '\n' << group.heading.in(language) << ":\n";
        heading = true;
      }
      os << "  ";
      if (f.acknowledged) os << '[' << phrase("acknowledged").in(language) << "] ";
      os << f.check << "  " << message(f, language) << '\n';
      if (f.acknowledged) os << "      " << phrase("reason").in(language) << ": " << f.reason << '\n';
    }
  }
}

}  // namespace jvom::io
