// jvom-report: a JVOM dataset as one self-contained HTML page (inline CSS and SVG, no script).
//
//   jvom-report [FILE|DIR] -o report.html [--lang nl|en]     (neither: the 2025 report compiled into jvom)
//
// Exit status: 0 written, 2 unreadable input or a wrong command line.
#include <exception>
#include <filesystem>
#include <iostream>
#include <jvom/checks/parallel.hpp>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/html.hpp>
#include <jvom/io/report_document.hpp>
#ifdef JVOM_WITH_OFFICE
#include <jvom/office/load.hpp>
#endif
#include <jvom/jvom.hpp>
#include <optional>
#include <string>
#include <string_view>

// A dataset folder or a report document: .docx, .odt or Tika's text where the office readers are built in.
#ifdef JVOM_WITH_OFFICE
using jvom::office::load_report;
#else
using jvom::io::load_report;
#endif

namespace {
constexpr std::string_view usage =
    "usage: jvom-report [FILE|DIR] -o report.html [--lang nl|en]\n"
    "  Writes one self-contained HTML page for a JVOM report document or dataset folder, or for the 2025\n"
    "  report compiled into jvom: both annexes, every finding beside its row (a claim's sentence with it),\n"
    "  a mandate timeline, personnel by region. --lang: the page's language, nl (default, as the report) or en.\n";
}  // namespace

int main(int argc, char** argv) {
  std::optional<std::filesystem::path> folder, out;
  jvom::Language language = jvom::Language::nl;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--version") {
      std::cout << "jvom-report " << jvom::version_major << '.' << jvom::version_minor << '.' << jvom::version_patch
                << '\n';
      return 0;
    }
    if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      return 0;
    }
    if (arg == "-o" || arg == "--output") {
      if (++i == argc) return std::cerr << "jvom-report: -o needs a file name\n" << usage, 2;
      out = argv[i];
    } else if (arg == "--lang") {
      const auto chosen = ++i == argc ? std::nullopt : jvom::enum_from_name<jvom::Language>(argv[i]);
      if (!chosen) return std::cerr << "jvom-report: --lang takes nl or en\n" << usage, 2;
      language = *chosen;
    } else if (arg.starts_with("-") || folder) {
      return std::cerr << "jvom-report: unexpected argument '" << arg << "'\n" << usage, 2;
    } else {
      folder = std::filesystem::path(arg);
    }
  }
  if (!out) return std::cerr << "jvom-report: -o report.html is required\n" << usage, 2;

  try {
    std::optional<jvom::OwnedReport> loaded;
    if (folder) {
      auto result = load_report(*folder);
      if (!result.report) {
        for (const auto& e : result.errors) std::cerr << e.message() << '\n';
        return 2;
      }
      loaded = std::move(result.report);
    }
    const jvom::Report report = loaded ? loaded->report() : jvom::datasets::jvom2025::report;
    (void)jvom::column_totals(report.annex2);  // an overflowing total is an error before anything is written
    const jvom::CheckResults results = jvom::run_checks(jvom::parallel, report);  // on every core when large
    jvom::io::write_file(*out, [&](std::ostream& file) { jvom::io::write_html_report(file, report, results, language); });
  } catch (const std::exception& e) {
    std::cerr << "jvom-report: " << e.what() << '\n';
    return 2;
  }
}
