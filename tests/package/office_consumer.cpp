// A downstream program of the office component: reads the 2025 report as a Word file and finds the annexes
// the embedded dataset holds.
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/office/load.hpp>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const jvom::io::DocumentLoad load = jvom::office::load_document(argv[1]);
  if (!load.report) return 1;
  const jvom::Report& embedded = jvom::datasets::jvom2025::report;
  return load.report->annex2.size() == embedded.annex2.size() && load.report->annex1.size() == embedded.annex1.size() ? 0 : 1;
}
