// The fast paths against the rules they stand in for, on synthetic reports, in one run: joining the annexes
// (walked in step first, against the rule's table alone) and the rows listed before (the grouped hashes,
// against the table). Built twice by CMake: as it is, and with
// the memory hints off (JVOM_NO_PREFETCH) as jvom-bench-fast-paths-no-hints, which benchmarks/run compares
// for the passes that hint. Sizes: JVOM_BENCH_SIZES (default 1000000). A fast path stays only where it
// gains at least 1.2x at 1M missions (docs/performance.md).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <jvom/jvom.hpp>
#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "synthetic_report.hpp"

namespace {

constexpr std::size_t never = std::numeric_limits<std::size_t>::max();  // a fast path's threshold: never taken

struct Data {
  jvom::OwnedReport report;
  std::vector<jvom::Mission> missions;
};

const Data& data_of(std::int64_t size) {
  static std::int64_t current = -1;
  static std::unique_ptr<Data> data;
  if (size != current) {
    data.reset();
    jvom::OwnedReport report = jvom::bench::synthetic_report({.missions = static_cast<std::size_t>(size)});
    std::vector<jvom::Mission> missions = jvom::join_missions(report.report());
    data = std::make_unique<Data>(Data{std::move(report), std::move(missions)});
    current = size;
  }
  return *data;
}

void BM_join(benchmark::State& state, std::size_t walk_from) {
  const jvom::Report report = data_of(state.range(0)).report.report();
  for (auto _ : state) {
    const auto match = jvom::detail::match_annexes(report.annex1, report.annex2, walk_from);
    benchmark::DoNotOptimize(match.missions);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_listed_before(benchmark::State& state, std::size_t grouped_from) {
  const jvom::Report report = data_of(state.range(0)).report.report();
  for (auto _ : state) {
    std::size_t repeats = 0;
    jvom::detail::for_each_listing(
        report.annex2, [&](std::size_t, std::size_t earlier) { repeats += earlier != jvom::detail::not_listed_before; },
        grouped_from);
    benchmark::DoNotOptimize(repeats);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_similar_pairs(benchmark::State& state) {
  const Data& data = data_of(state.range(0));
  for (auto _ : state) {
    const auto pairs = jvom::checks::similar_pairs(data.missions, jvom::default_config);
    benchmark::DoNotOptimize(pairs.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

// The best of five runs: noise only ever adds time.
double fastest(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }

void add(benchmark::internal::Benchmark* b, std::int64_t size) {
  b->Arg(size)
      ->Unit(benchmark::kMillisecond)
      ->Repetitions(5)
      ->ReportAggregatesOnly(true)
      ->ComputeStatistics("min", fastest);
}

}  // namespace

int main(int argc, char** argv) {
  const char* env = std::getenv("JVOM_BENCH_SIZES");
  std::stringstream list(env ? env : "1000000");
  for (std::string item; std::getline(list, item, ',');) {
    const std::int64_t size = std::stoll(item);
    add(benchmark::RegisterBenchmark("fast_paths/join/rule", BM_join, never), size);
    add(benchmark::RegisterBenchmark("fast_paths/join/fast", BM_join, 0), size);
    add(benchmark::RegisterBenchmark("fast_paths/listed_before/rule", BM_listed_before, never), size);
    add(benchmark::RegisterBenchmark("fast_paths/listed_before/fast", BM_listed_before, 0), size);
    add(benchmark::RegisterBenchmark("fast_paths/similar_pairs", BM_similar_pairs), size);
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
