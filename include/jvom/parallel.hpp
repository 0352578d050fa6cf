#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

/// How jvom splits work across threads: the policy its parallel forms take
/// (jvom/algorithms/parallel.hpp, jvom/checks/parallel.hpp). Run time only; not included by
/// jvom/jvom.hpp, so that the core stays usable where there are no threads. Link Threads::Threads, which
/// the jvom::jvom target does. A policy of its own rather than std::execution::par: libstdc++ runs its
/// parallel algorithms on TBB, a dependency jvom does not take, and a policy here also says how little
/// work is not worth a thread.
namespace jvom {

/// How to split work across threads: at most `threads` of them (0: as many as the machine runs at
/// once), each given at least `min_per_thread` rows, so that a small input stays on the calling thread,
/// where starting a thread would cost more than it saves. 0 leaves that to each algorithm, by the work a
/// row takes: 65,536 rows to add up (262,144 of annex 2's columns), 4,096 missions to check.
struct Parallel {
  unsigned threads = 0;
  std::size_t min_per_thread = 0;
};

/// Every core, each thread given enough work to be worth it: `jvom::totals_by_region(jvom::parallel, rows)`.
inline constexpr Parallel parallel{};

namespace detail {

// How many parts `how` splits `n` rows into, each of at least how.min_per_thread rows, or `min_rows` when
// that is 0: one at least, one per thread.
inline std::size_t part_count(const Parallel& how, std::size_t n, std::size_t min_rows) noexcept {
  const std::size_t most = n / std::max<std::size_t>(1, how.min_per_thread != 0 ? how.min_per_thread : min_rows);
  if (most <= 1) return 1;
  // Asked once: glibc reads it from /sys each time, which costs more than a small part's work.
  static const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return std::min<std::size_t>(most, how.threads != 0 ? how.threads : cores);
}

// Calls work(i) for each part i < parts, each on a thread of its own, part 0 on the calling thread, and
// returns when all are done. An exception from any part is rethrown then, the earliest part's first.
template <class Work>
void on_threads(std::size_t parts, const Work& work) {
  if (parts == 0) return;
  std::vector<std::exception_ptr> errors(parts);
  const auto run = [&](std::size_t i) noexcept {
    try {
      work(i);
    } catch (...) {
      errors[i] = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> threads;  // joined when they go out of scope, also when starting one throws
    threads.reserve(parts - 1);
    for (std::size_t i = 1; i < parts; ++i) threads.emplace_back(run, i);
    run(0);
  }
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
}

// Rows [n * i / parts, n * (i + 1) / parts) of n: part i of `parts` nearly equal parts.
struct PartBounds {
  std::size_t first, last;
};
[[nodiscard]] constexpr PartBounds part_bounds(std::size_t n, std::size_t i, std::size_t parts) noexcept {
  return {n * i / parts, n * (i + 1) / parts};
}

}  // namespace detail

}  // namespace jvom
