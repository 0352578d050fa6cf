// jvom against the plain hand-written loop (the limit), in one run: aggregation by region (over annex 2's
// rows as printed, and over its counts in columns), the whole check catalog, the checks pandas and SQL can
// express, and CSV loading. Sizes: JVOM_BENCH_SIZES
// (comma-separated mission counts; default 10000,100000,1000000,10000000); CSV folders from
// JVOM_BENCH_DATA/<size> (written by jvom-generate).
#include <benchmark/benchmark.h>
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <jvom/algorithms/parallel.hpp>
#include <jvom/checks/parallel.hpp>
#include <jvom/io/dataset.hpp>
#include <jvom/jvom.hpp>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "freed_memory.hpp"
#include "synthetic_report.hpp"

namespace {

std::vector<std::int64_t> sizes() {
  std::vector<std::int64_t> out;
  const char* env = std::getenv("JVOM_BENCH_SIZES");
  std::stringstream list(env ? env : "10000,100000,1000000,10000000");
  for (std::string item; std::getline(list, item, ',');) out.push_back(std::stoll(item));
  return out;
}

// The synthetic report of one size at a time: the peers run each size in a process of its own, and on
// this machine new memory costs several times more in a process that already holds gigabytes, so the
// reports of sizes done with are let go.
// Annex 2's counts in columns beside it, as a reporting tool that aggregates at scale keeps them.
std::unique_ptr<jvom::OwnedReport> current_report;
std::unique_ptr<jvom::PersonnelColumns> current_columns;
std::int64_t current_size = -1;

void let_reports_go() {
  current_columns.reset();
  current_report.reset();
  current_size = -1;
}

const jvom::OwnedReport& report_of(std::int64_t size) {
  if (size != current_size) {
    let_reports_go();
    current_report = std::make_unique<jvom::OwnedReport>(
        jvom::bench::synthetic_report({.missions = static_cast<std::size_t>(size)}));
    current_size = size;
  }
  return *current_report;
}

// Made on first use for a size: the benchmarks of rows alone (a run filtered to the catalog) go without.
const jvom::PersonnelColumns& columns_of(std::int64_t size) {
  const jvom::OwnedReport& report = report_of(size);
  if (!current_columns) current_columns = std::make_unique<jvom::PersonnelColumns>(report.annex2);
  return *current_columns;
}

// Read before main, and so before any benchmark allocates (benchmarks/freed_memory.hpp).
const bool keep_freed_memory = jvom::bench::keep_freed_memory_if_asked();

double seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; }

// What a benchmark uses from its start (made just before the timed loop) to a report (just after it).
// Peak memory: the process's peak resident set (the kernel's high-water mark, reset at the start through
// /proc/self/clear_refs), and how far that is above the resident set at the start, which holds the report
// the benchmark works on; memory freed before the start is handed back first (malloc_trim), else what
// earlier benchmarks left in the heap would count as held. CPU time in user space and in the kernel, and
// page faults, from getrusage, taken after that trim so that its work is not counted. Linux and glibc
// only, as the benchmarks are.
class Usage {
 public:
  Usage() {
    if (!keep_freed_memory) malloc_trim(0);
    std::ofstream("/proc/self/clear_refs") << "5";
    at_start_kib_ = status_kib("VmRSS:");
    getrusage(RUSAGE_SELF, &at_start_);
  }
  void report_peak_memory(benchmark::State& state) const {
    const double peak_kib = status_kib("VmHWM:");
    state.counters["peak_mib"] = peak_kib / 1024;
    state.counters["peak_added_mib"] = (peak_kib - at_start_kib_) / 1024;
  }
  void report_cpu_per_row(benchmark::State& state, double rows) const {
    rusage now{};
    getrusage(RUSAGE_SELF, &now);
    state.counters["user_ns_per_row"] = (seconds(now.ru_utime) - seconds(at_start_.ru_utime)) * 1e9 / rows;
    state.counters["kernel_ns_per_row"] = (seconds(now.ru_stime) - seconds(at_start_.ru_stime)) * 1e9 / rows;
    state.counters["page_faults_per_row"] = static_cast<double>(now.ru_minflt - at_start_.ru_minflt) / rows;
  }

 private:
  static double status_kib(std::string_view field) {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
      if (line.starts_with(field)) return std::stod(line.substr(field.size()));
    return 0;
  }
  double at_start_kib_ = 0;
  rusage at_start_{};
};

// The limit: what a C++ programmer would write by hand for totals by region, over the same rows.
struct RegionSums {
  std::string_view region;
  std::uint64_t framework_military = 0, framework_civil = 0, deployed_military = 0, deployed_civil = 0;
};

void BM_aggregate_by_region_handwritten(benchmark::State& state) {
  const auto& rows = report_of(state.range(0)).annex2;
  const Usage usage;
  for (auto _ : state) {
    std::vector<RegionSums> sums;
    RegionSums* last = nullptr;
    for (const jvom::PersonnelRow& row : rows) {
      // Rows under one heading share its text: compare the views before the characters.
      const std::string_view region = row.region.name;
      if (last == nullptr || (last->region.data() != region.data() && !jvom::ext::iequals(last->region, region))) {
        last = nullptr;
        for (RegionSums& s : sums)
          if (jvom::ext::iequals(s.region, region)) last = &s;
        if (last == nullptr) last = &sums.emplace_back(RegionSums{region});
      }
      last->framework_military += row.framework_military.value_or(0);
      last->framework_civil += row.framework_civil.value_or(0);
      last->deployed_military += row.deployed_military;
      last->deployed_civil += row.deployed_civil;
    }
    benchmark::DoNotOptimize(sums.data());
    benchmark::ClobberMemory();
  }
  usage.report_peak_memory(state);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows.size()));
}

// The machine's limit for a pass over the same rows, for reference: one word read from each cache line they
// lie in, summed, nothing else. Against it, how much of aggregation's time is the memory's.
void BM_read_rows(benchmark::State& state) {
  const auto& rows = report_of(state.range(0)).annex2;
  const auto* const bytes = reinterpret_cast<const unsigned char*>(rows.data());
  const std::size_t size = rows.size() * sizeof(jvom::PersonnelRow);
  constexpr std::size_t line = 64;
  const Usage usage;
  for (auto _ : state) {
    std::uint64_t sum = 0;
    for (std::size_t at = 0; at < size; at += line) sum += bytes[at];
    benchmark::DoNotOptimize(sum);
  }
  usage.report_peak_memory(state);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows.size()));
}

// The limit over annex 2's counts in columns: the same sums, written by hand over the same columns and runs.
void BM_aggregate_by_region_handwritten_columns(benchmark::State& state) {
  const jvom::PersonnelColumns& columns = columns_of(state.range(0));
  const Usage usage;
  for (auto _ : state) {
    std::vector<RegionSums> sums;
    for (const jvom::RegionRun& run : columns.runs()) {
      RegionSums* into = nullptr;
      for (RegionSums& s : sums)
        if (jvom::ext::iequals(s.region, run.region.name)) into = &s;
      if (into == nullptr) into = &sums.emplace_back(RegionSums{run.region.name});
      for (std::size_t i = run.first; i < run.first + run.size; ++i)
        into->framework_military += columns.framework_military()[i];
      for (std::size_t i = run.first; i < run.first + run.size; ++i)
        into->framework_civil += columns.framework_civil()[i];
      for (std::size_t i = run.first; i < run.first + run.size; ++i)
        into->deployed_military += columns.deployed_military()[i];
      for (std::size_t i = run.first; i < run.first + run.size; ++i)
        into->deployed_civil += columns.deployed_civil()[i];
    }
    benchmark::DoNotOptimize(sums.data());
    benchmark::ClobberMemory();
  }
  usage.report_peak_memory(state);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(columns.size()));
}

// One read of the columns' memory, as read_rows is of the rows'.
void BM_read_columns(benchmark::State& state) {
  const jvom::PersonnelColumns& columns = columns_of(state.range(0));
  constexpr std::size_t per_line = 64 / sizeof(jvom::Headcount);
  const Usage usage;
  for (auto _ : state) {
    std::uint64_t sum = 0;
    for (const auto column : {columns.framework_military(), columns.framework_civil(), columns.deployed_military(),
                              columns.deployed_civil()})
      for (std::size_t at = 0; at < column.size(); at += per_line) sum += column[at];
    benchmark::DoNotOptimize(sum);
  }
  usage.report_peak_memory(state);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(columns.size()));
}

// Annex 2 as aggregation reads it: its rows as printed, or its counts in columns.
template <bool OverColumns>
const auto& annex2_of(std::int64_t size) {
  if constexpr (OverColumns)
    return columns_of(size);
  else
    return report_of(size).annex2;
}

// Over the rows as printed or over annex 2's counts in columns; on one thread (no policy), or on every core
// (jvom::parallel), as DuckDB runs its aggregation (below 65,536 rows a thread, or 262,144 of columns, on one).
template <bool OverColumns, class... How>
void BM_aggregate_by_region_jvom(benchmark::State& state, How... how) {
  const auto& annex2 = annex2_of<OverColumns>(state.range(0));
  const Usage usage;
  for (auto _ : state) {
    auto groups = jvom::totals_by_region(how..., annex2);
    benchmark::DoNotOptimize(groups.begin());
    benchmark::ClobberMemory();
  }
  usage.report_peak_memory(state);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(annex2.size()));
}

// The run on one thread (no policy), or on every core (jvom::parallel). Besides the time, where it goes
// per row: CPU time in user space (the checks; all threads together) and in the kernel, and the fresh pages
// behind most of the latter (getrusage counts each as a page fault, whether the first write stopped for it
// or jvom mapped it ahead with others): the memory a run writes, which glibc hands back to the system
// after each run once a block exceeds 32 MiB, so that large reports take fresh pages every run.
template <class... How>
void BM_check_catalog(benchmark::State& state, How... how) {
  const jvom::Report report = report_of(state.range(0)).report();
  std::size_t findings = 0;
  const Usage usage;
  for (auto _ : state) {
    const auto results = jvom::run_checks(how..., report);
    findings = results.findings.size();
    benchmark::DoNotOptimize(findings);
  }
  usage.report_cpu_per_row(state, static_cast<double>(state.iterations()) * static_cast<double>(state.range(0)));
  usage.report_peak_memory(state);
  state.counters["findings"] = static_cast<double>(findings);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

// Cross-annex membership as the peers have it: every mission one annex lists and the other does not (annex 2
// rows under a separate progress report aside). The catalog's two checks leave out the names that pair with
// a similar one in the other annex, which the peers cannot express; this one is for counting, not timing.
struct ListedInOneAnnexOnly {
  static constexpr std::string_view id = "bench.listed_in_one_annex_only";
  static constexpr jvom::Severity severity = jvom::Severity::warning;

  void operator()(const jvom::CheckInput& in, jvom::FindingSink& out) const {
    for (const jvom::Mission& m : in.missions) {
      out.examined();
      if (m.in_annex1() != m.in_annex2() && !(m.in_annex2() && m.separate_report))
        out.raise(jvom::finding(m.name, "listed in one annex only"));
    }
  }
};

// Expiry as the peers have it: a mission's mandate ended before the reference date while its own annex 2
// row counts people. The catalog's check also counts people deployed under a similar name in annex 2
// (dates.mandate_expired), which the peers cannot express; this one is for counting, not timing.
struct MandateExpiredAsThePeers {
  static constexpr std::string_view id = "bench.mandate_expired_as_the_peers";
  static constexpr jvom::Severity severity = jvom::Severity::error;

  void operator()(const jvom::CheckInput& in, jvom::FindingSink& out) const {
    if (!in.reference) return;
    for (const jvom::Mission& m : in.missions) {
      out.examined();
      if (m.in_annex1() && !m.deployed.empty() && m.mandate.end.ends_before(*in.reference))
        out.raise(jvom::finding(m.name, "mandate ended while people were deployed"));
    }
  }
};

// The checks pandas and SQL can express: row and column sums, cross-annex membership, expiry. Besides the
// time, the findings, and how many the peers should find (membership and expiry counted as they count them), so that
// benchmarks/report.py can hold the three to doing the same work.
template <class... How>
void BM_checks_expressible(benchmark::State& state, How... how) {
  using namespace jvom::checks;
  const jvom::Report report = report_of(state.range(0)).report();
  std::size_t findings = 0;
  const Usage usage;
  for (auto _ : state) {
    const auto results = jvom::run_only(how..., report, jvom::default_config, RowSum{}, ColumnSum{}, MissingInAnnex1{},
                                        MissingInAnnex2{}, MandateExpired{});
    benchmark::DoNotOptimize(results.findings.data());
    findings = results.findings.size();
  }
  usage.report_peak_memory(state);
  state.counters["findings"] = static_cast<double>(findings);
  if constexpr (sizeof...(How) == 0)  // once a size: the run on every core finds the same
    state.counters["findings_as_the_peers_count"] = static_cast<double>(
        jvom::run_only(report, jvom::default_config, RowSum{}, ColumnSum{}, ListedInOneAnnexOnly{},
                       MandateExpiredAsThePeers{})
            .findings.size());
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_csv_load(benchmark::State& state) {
  const char* data = std::getenv("JVOM_BENCH_DATA");
  const std::filesystem::path folder =
      std::filesystem::path(data ? data : "bench-data") / std::to_string(state.range(0));
  if (!std::filesystem::exists(folder / "annex2.csv")) {
    state.SkipWithError(("no data at " + folder.string() + " (run benchmarks/run)").c_str());
    return;
  }
  let_reports_go();  // loaded as the peers load: in a process holding nothing else of size
  const auto bytes = static_cast<std::int64_t>(std::filesystem::file_size(folder / "annex1.csv") +
                                               std::filesystem::file_size(folder / "annex2.csv") +
                                               std::filesystem::file_size(folder / "claims.csv"));
  const Usage usage;
  for (auto _ : state) {
    auto loaded = jvom::io::load_dataset(folder);
    if (!loaded.report) {
      state.SkipWithError("the folder did not load");
      break;
    }
    // And annex 2's counts into columns, for aggregation, as the peers make their regions codes at load.
    const jvom::PersonnelColumns columns(loaded.report->annex2);
    benchmark::DoNotOptimize(columns.runs().data());
  }
  usage.report_peak_memory(state);
  state.counters["csv_bytes"] = static_cast<double>(bytes);
  state.SetBytesProcessed(state.iterations() * bytes);
}

// Best of five runs, as the peers take the best of theirs: noise only ever adds time (at 1M rows a single
// run of the loop baseline varied twofold with memory placement).
double fastest(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }

benchmark::internal::Benchmark* best_of_five(benchmark::internal::Benchmark* b) {
  return b->Repetitions(5)->ReportAggregatesOnly(true)->ComputeStatistics("min", fastest);
}

// The slow ones: from 1M missions on, the best of three single runs (the peers take the best of three,
// one only where a run takes over 30 s); below, the best of five.
void best_of_runs(benchmark::internal::Benchmark* b, std::int64_t size) {
  b->Arg(size)->Unit(benchmark::kMillisecond);
  if (size >= 1'000'000)
    b->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true)->ComputeStatistics("min", fastest);
  else
    best_of_five(b);
}

void register_all() {
  for (const auto size : sizes()) {
    // The load first, before this size's synthetic report is made (Google Benchmark runs them in order).
    best_of_runs(benchmark::RegisterBenchmark("csv_load/jvom", BM_csv_load), size);
    best_of_five(benchmark::RegisterBenchmark("aggregate_by_region/handwritten", BM_aggregate_by_region_handwritten)
                     ->Arg(size)
                     ->Unit(benchmark::kMillisecond));
    best_of_five(benchmark::RegisterBenchmark("read_rows", BM_read_rows)->Arg(size)->Unit(benchmark::kMillisecond));
    best_of_five(benchmark::RegisterBenchmark("aggregate_by_region/jvom", BM_aggregate_by_region_jvom<false>)
                     ->Arg(size)
                     ->Unit(benchmark::kMillisecond));
    best_of_five(benchmark::RegisterBenchmark("aggregate_by_region/jvom_parallel",
                                              BM_aggregate_by_region_jvom<false, jvom::Parallel>, jvom::parallel)
                     ->Arg(size)
                     ->Unit(benchmark::kMillisecond));
    best_of_five(benchmark::RegisterBenchmark("aggregate_by_region/handwritten_columns",
                                              BM_aggregate_by_region_handwritten_columns)
                     ->Arg(size)
                     ->Unit(benchmark::kMillisecond));
    best_of_five(
        benchmark::RegisterBenchmark("read_columns", BM_read_columns)->Arg(size)->Unit(benchmark::kMillisecond));
    best_of_five(benchmark::RegisterBenchmark("aggregate_by_region/jvom_columns", BM_aggregate_by_region_jvom<true>)
                     ->Arg(size)
                     ->Unit(benchmark::kMillisecond));
    best_of_five(benchmark::RegisterBenchmark("aggregate_by_region/jvom_columns_parallel",
                                              BM_aggregate_by_region_jvom<true, jvom::Parallel>, jvom::parallel)
                     ->Arg(size)
                     ->Unit(benchmark::kMillisecond));
    best_of_five(benchmark::RegisterBenchmark("checks_expressible/jvom", BM_checks_expressible<>)
                     ->Arg(size)
                     ->Unit(benchmark::kMillisecond));
    best_of_five(benchmark::RegisterBenchmark("checks_expressible/jvom_parallel", BM_checks_expressible<jvom::Parallel>,
                                              jvom::parallel)
                     ->Arg(size)
                     ->Unit(benchmark::kMillisecond));
    best_of_runs(benchmark::RegisterBenchmark("check_catalog/jvom", BM_check_catalog<>), size);
    best_of_runs(
        benchmark::RegisterBenchmark("check_catalog/jvom_parallel", BM_check_catalog<jvom::Parallel>, jvom::parallel),
        size);
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_all();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
