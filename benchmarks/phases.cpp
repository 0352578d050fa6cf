// jvom-bench-phases MISSIONS [RUNS]: where a run of the catalog spends its time, check by check, over a
// synthetic report of MISSIONS missions: the best time per row of each check, of the rest of the run (joining
// the annexes, applying the acknowledgements) and of the whole run, over RUNS runs (default 3) in one
// process. Comparing two sizes shows which steps grow faster than the rows; JVOM_BENCH_KEEP_FREED_MEMORY=1
// takes fresh pages out (freed_memory.hpp).
//
//   $ jvom-bench-phases 100000 5
//   totals.row_sum                                7.6 ns a row
//   ...
//   joining the annexes, acknowledgements       108.9 ns a row
//   the whole run                               378.7 ns a row
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <jvom/jvom.hpp>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "freed_memory.hpp"
#include "synthetic_report.hpp"

namespace {

// The best time per row of each step, in the order the steps first ran.
class StepTimes {
 public:
  explicit StepTimes(std::size_t rows) : rows_(static_cast<double>(rows)) {}

  void record(std::string_view step, std::chrono::steady_clock::duration took) {
    const double ns_per_row = std::chrono::duration<double, std::nano>(took).count() / rows_;
    auto at = std::find_if(steps_.begin(), steps_.end(), [&](const Step& s) { return s.name == step; });
    if (at == steps_.end()) at = steps_.insert(at, {std::string(step), std::numeric_limits<double>::infinity()});
    at->best_ns_per_row = std::min(at->best_ns_per_row, ns_per_row);
  }
  void print() const {
    for (const Step& s : steps_) std::printf("%-40s %8.1f ns a row\n", s.name.c_str(), s.best_ns_per_row);
  }

 private:
  struct Step {
    std::string name;
    double best_ns_per_row;
  };
  double rows_;
  std::vector<Step> steps_;
};

// A check that runs `check` and records how long it took, under its ID.
template <class Check>
struct Timed {
  std::string_view id;
  jvom::Severity severity;
  const Check& check;
  StepTimes& times;
  std::chrono::steady_clock::duration& in_checks;

  Timed(const Check& c, StepTimes& t, std::chrono::steady_clock::duration& total)
      : id(c.id), severity(c.severity), check(c), times(t), in_checks(total) {}

  void operator()(const jvom::CheckInput& input, jvom::FindingSink& sink) const {
    const auto start = std::chrono::steady_clock::now();
    check(input, sink);
    const auto took = std::chrono::steady_clock::now() - start;
    times.record(id, took);
    in_checks += took;
  }
};

}  // namespace

int main(int argc, char** argv) {
  const std::size_t missions = argc >= 2 ? std::strtoull(argv[1], nullptr, 10) : 0;
  const int runs = argc == 3 ? std::atoi(argv[2]) : 3;
  if (argc < 2 || argc > 3 || missions == 0 || runs < 1) {
    std::fprintf(stderr, "usage: jvom-bench-phases MISSIONS [RUNS], both at least 1\n");
    return 2;
  }
  jvom::bench::keep_freed_memory_if_asked();
  const jvom::OwnedReport owned = jvom::bench::synthetic_report({.missions = missions});
  const jvom::Report report = owned.report();

  // The run is jvom::run_only's own, over the catalog's checks each wrapped to time itself.
  using clock = std::chrono::steady_clock;
  StepTimes times(missions);
  for (int run = 0; run < runs; ++run) {
    clock::duration in_checks{};
    const auto start = clock::now();
    static_cast<void>(std::apply(
        [&](const auto&... check) {
          return jvom::run_only(report, jvom::default_config, Timed{check, times, in_checks}...);
        },
        jvom::catalog));
    const auto took = clock::now() - start;
    times.record("joining the annexes, acknowledgements", took - in_checks);
    times.record("the whole run", took);
  }
  times.print();
}
