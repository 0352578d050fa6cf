// jvom-bench-phases MISSIONS [RUNS]: where a run of the catalog spends its time, step by step (joining the
// annexes, each check, applying the acknowledgements), over a synthetic report of MISSIONS missions: the best
// time per row of each step over RUNS runs (default 3) in one process. Comparing two sizes shows which steps
// grow faster than the rows; JVOM_BENCH_KEEP_FREED_MEMORY=1 takes fresh pages out (freed_memory.hpp).
//
//   $ jvom-bench-phases 100000 5
//   join_missions                              100.5 ns a row
//   totals.row_sum                               6.3 ns a row
//   ...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <jvom/jvom.hpp>
#include <limits>
#include <string>
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

  // The steps of jvom::run_checks (jvom/checks/run.hpp), each timed on its own.
  using clock = std::chrono::steady_clock;
  StepTimes times(missions);
  for (int run = 0; run < runs; ++run) {
    const auto start = clock::now();
    auto step_start = start;
    const auto step_done = [&](std::string_view step) {
      const auto now = clock::now();
      times.record(step, now - step_start);
      step_start = now;
    };
    const std::vector<jvom::Mission> joined = jvom::join_missions(report);
    step_done("join_missions");
    jvom::detail::SharedDerivations shared;
    const jvom::CheckInput input = jvom::detail::make_input(report, joined, jvom::default_config, shared);
    jvom::CheckResults results;
    results.findings.reserve(joined.size());  // as run_checks does
    std::apply(
        [&](const auto&... check) {
          ((results.summaries.push_back(jvom::detail::run_check(check, input, results.findings)), step_done(check.id)),
           ...);
        },
        jvom::catalog);
    jvom::detail::acknowledge(report.acknowledgements, results);
    step_done("acknowledge");
    times.record("the whole run", clock::now() - start);
  }
  times.print();
}
