// jvom-check: reads a JVOM dataset, reproduces annex 2 with totals computed from its rows.
// With no dataset folder given, checks the 2025 report compiled into the library.
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/annex_tables.hpp>
#include <jvom/jvom.hpp>

#include <iostream>
#include <string_view>

namespace {
constexpr std::string_view usage =
    "usage: jvom-check [--help]\n"
    "  Prints annex 2 of the embedded 2025 report with totals computed from its rows.\n";
}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      return 0;
    }
    std::cerr << "jvom-check: unexpected argument '" << arg << "'\n" << usage;
    return 2;
  }
  const jvom::Report& report = jvom::datasets::jvom2025::report;
  std::cout << report.title << "\n\nBijlage 2: personele inzet\n\n";
  jvom::io::write_text(std::cout, jvom::io::annex2_table(report));
  return 0;
}
