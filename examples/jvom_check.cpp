// jvom-check: reproduces annex 2 of a JVOM report with totals computed from its rows, then runs jvom's
// checks and lists the findings. With no dataset folder, checks the 2025 report compiled into jvom.
#include <iostream>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/annex_tables.hpp>
#include <jvom/io/findings_text.hpp>
#include <jvom/jvom.hpp>
#include <jvom/text/format.hpp>
#include <optional>
#include <string_view>

namespace {
constexpr std::string_view usage =
    "usage: jvom-check [--fail-on error|warning|info|never] [--help]\n"
    "  Checks the 2025 JVOM report compiled into jvom: prints annex 2 with totals computed from its rows,\n"
    "  then every finding of jvom's checks, grouped by severity.\n"
    "  --fail-on  exit 1 when an unacknowledged finding is at least this severe (default: error)\n"
    "exit status: 0 passed, 1 failed (--fail-on), 2 wrong command line\n";

int wrong_command_line(std::string_view what) {
  std::cerr << "jvom-check: " << what << "\n" << usage;
  return 2;
}
}  // namespace

int main(int argc, char** argv) {
  std::optional<jvom::Severity> fail_on = jvom::Severity::error;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      return 0;
    }
    if (arg == "--fail-on") {
      if (++i == argc) return wrong_command_line("--fail-on needs a value: error, warning, info or never");
      const std::string_view value = argv[i];
      if (value == "never") {
        fail_on.reset();
        continue;
      }
      fail_on = jvom::enum_from_name<jvom::Severity>(value);
      if (!fail_on)
        return wrong_command_line("--fail-on takes error, warning, info or never, not '" + std::string(value) + "'");
      continue;
    }
    return wrong_command_line("unexpected argument '" + std::string(arg) + "'");
  }

  const jvom::Report& report = jvom::datasets::jvom2025::report;
  std::cout << report.title << '\n';
  if (const auto period = jvom::effective_period(report))
    std::cout << "Periode: " << jvom::text::format_period(*period) << '\n';
  std::cout << "\nBijlage 2: personele inzet (totalen berekend uit de rijen)\n\n";
  jvom::io::write_text(std::cout, jvom::io::annex2_table(report));
  std::cout << '\n';
  const jvom::CheckResults results = jvom::run_checks(report);
  jvom::io::write_findings_text(std::cout, results);
  return fail_on && results.fails(*fail_on) ? 1 : 0;
}
