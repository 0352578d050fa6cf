#pragma once

#include <array>
#include <cstddef>
#include <ostream>
#include <string_view>

#include "jvom/checks/message.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/describe.hpp"

/// Findings as text for people: grouped by severity, most severe first, acknowledged ones marked with
/// their reason.
namespace jvom::io {

/// "26 findings (26 acknowledged): 9 errors, 12 warnings, 5 info".
inline void write_findings_summary(std::ostream& os, const CheckResults& results) {
  std::array<std::size_t, 3> by_severity{};
  std::size_t acknowledged = 0;
  for (const Finding& f : results.findings) {
    ++by_severity[static_cast<std::size_t>(f.severity)];
    acknowledged += f.acknowledged ? 1 : 0;
  }
  os << results.findings.size() << (results.findings.size() == 1 ? " finding" : " findings") << " (" << acknowledged
     << " acknowledged): " << by_severity[2] << (by_severity[2] == 1 ? " error, " : " errors, ") << by_severity[1]
     << (by_severity[1] == 1 ? " warning, " : " warnings, ") << by_severity[0] << " info\n";
}

/// Every finding, errors first, then warnings, then info; in run order within a severity.
inline void write_findings_text(std::ostream& os, const CheckResults& results) {
  write_findings_summary(os, results);
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    bool heading = false;
    for (const Finding& f : results.findings) {
      if (f.severity != severity) continue;
      if (!heading) {
        os << '\n' << enum_name(severity) << ":\n";
        heading = true;
      }
      os << "  " << (f.acknowledged ? "[acknowledged] " : "") << f.check << "  " << message(f) << '\n';
      if (f.acknowledged) os << "      reason: " << f.reason << '\n';
    }
  }
}

}  // namespace jvom::io
