// From a report document to its findings: Tika's text read into the document model, both annexes and the
// narrative's claims extracted, the catalog run. Beside each, in the same run, the baseline: the same report
// read from a dataset folder and checked, the way a user had to after transcribing the document by hand.
//
//   jvom-bench-document [--benchmark_* flags]   (run from the repository: it reads tests/data/documents/)
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <jvom/io/dataset.hpp>
#include <jvom/io/report_document.hpp>
#include <jvom/jvom.hpp>
#include <random>
#include <string>

#include "../tests/tika_writer.hpp"
#include "synthetic_report.hpp"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string() + " (run from the repository's top folder)");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A synthetic report of `n` missions written as Tika's text: a numbered section a mission with the sentences
// a report writes of it (posts, the mandate's end and resolution, people named), then both annexes.
std::string synthetic_document(std::size_t n) {
  const jvom::OwnedReport r = jvom::bench::synthetic_report({.missions = n, .seed = 2025, .inconsistent = 0.02});
  std::vector<std::pair<std::string, std::vector<std::string>>> sections;
  std::mt19937 random(7);
  static constexpr const char* numbers[] = {"één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht"};
  sections.push_back({"1. [bookmark: _Toc1]Inleiding",
                      {"Bijlage 2 geeft een overzicht van de inzet van mei 2024 tot en met april 2025."}});
  for (std::size_t i = 0; i < r.annex2.size(); ++i) {
    const std::string name(jvom::mission_key(r.annex2[i].mission));
    std::vector<std::string> paragraphs{
        "Over de missie",
        "De missie " + name + " richt zich op het ondersteunen van de veiligheidssector in het gebied, in nauwe "
                              "samenwerking met partners (Kamerstuk 29521, nr. " + std::to_string(400 + i % 100) + ").",
        "Militaire bijdrage",
        "Nederland levert " + std::string(numbers[random() % 8]) + " stafofficieren aan " + name +
            ". Het mandaat van " + name + " is verlengd tot 31 augustus 2026 (VNVR-resolutie " +
            std::to_string(2000 + i % 900) + "). In de rapportageperiode waren " + numbers[random() % 8] +
            " militairen werkzaam bij het hoofdkwartier."};
    sections.push_back({"2." + std::to_string(1 + i / 100) + "." + std::to_string(1 + i % 100) +
                            ". [bookmark: _Toc" + std::to_string(i) + "]" + name,
                        std::move(paragraphs)});
  }
  return jvom::testing::tika_document(sections, r.report());
}

void findings_of(benchmark::State& state, const std::string& text) {
  std::size_t findings = 0, claims = 0;
  for (auto _ : state) {
    jvom::io::DocumentResult read = jvom::io::read_tika_text(text, "bench.txt");
    jvom::io::DocumentLoad load = jvom::io::extract_report(*read.document);
    if (!load.report) throw std::runtime_error(load.errors.front().message());
    const jvom::CheckResults results = jvom::run_checks(load.report->report());
    findings = results.findings.size();
    claims = load.report->claims.size();
    benchmark::DoNotOptimize(results);
  }
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["findings"] = static_cast<double>(findings);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

// The baseline: the same report, as the dataset folder --export writes, read and checked.
void findings_of_folder(benchmark::State& state, const std::string& text) {
  jvom::io::DocumentResult read = jvom::io::read_tika_text(text, "bench.txt");
  jvom::io::DocumentLoad load = jvom::io::extract_report(*read.document);
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("jvom-bench-document-" + std::to_string(std::random_device{}()));
  jvom::io::save_dataset(folder, load.report->report());
  std::size_t findings = 0;
  for (auto _ : state) {
    jvom::io::LoadResult loaded = jvom::io::load_dataset(folder);
    const jvom::CheckResults results = jvom::run_checks(loaded.report->report());
    findings = results.findings.size();
    benchmark::DoNotOptimize(results);
  }
  std::filesystem::remove_all(folder);
  state.counters["findings"] = static_cast<double>(findings);
}

const std::string& report_2025() {
  static const std::string text = read_file("tests/data/documents/2025/jvom2025.txt");
  return text;
}
const std::string& synthetic_2000() {
  static const std::string text = synthetic_document(2000);
  return text;
}

}  // namespace

BENCHMARK_CAPTURE(findings_of, document_2025, report_2025())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(findings_of_folder, folder_2025, report_2025())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(findings_of, document_2000, synthetic_2000())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(findings_of_folder, folder_2000, synthetic_2000())->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
