// jvom-bench-memory FOLDER: loads a dataset folder, makes annex 2's columns (as the load benchmark does) and
// runs the whole catalog, then prints the peak resident memory of the process, the size of the CSV files, and
// once loaded, before the columns and the checks, the peak so far and what the process holds (the rows and
// their text, under which no check can bring the peak), in bytes:
// "peak_bytes csv_bytes findings load_peak_bytes loaded_bytes".
#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <jvom/io/dataset.hpp>
#include <jvom/jvom.hpp>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: jvom-bench-memory FOLDER\n";
    return 2;
  }
  const std::filesystem::path folder = argv[1];
  std::uintmax_t csv_bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().extension() == ".csv") csv_bytes += entry.file_size();
  const auto peak_bytes = [] {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::uintmax_t>(usage.ru_maxrss) * 1024;
  };
  const auto resident_bytes = [] {
    std::ifstream statm("/proc/self/statm");  // in pages: the whole program, then what of it is resident
    std::uintmax_t program = 0, resident = 0;
    statm >> program >> resident;
    return resident * static_cast<std::uintmax_t>(sysconf(_SC_PAGESIZE));
  };
  auto loaded = jvom::io::load_dataset(folder);
  if (!loaded.report) return 2;
  const std::uintmax_t load_peak = peak_bytes(), loaded_bytes = resident_bytes();
  const jvom::PersonnelColumns columns(loaded.report->annex2);
  const auto results = jvom::run_checks(loaded.report->report());
  std::cout << peak_bytes() << ' ' << csv_bytes << ' ' << results.findings.size() << ' ' << load_peak << ' '
            << loaded_bytes << '\n';
}
