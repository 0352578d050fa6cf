#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <ranges>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "jvom/algorithms/group_by.hpp"
#include "jvom/algorithms/groupings.hpp"
#include "jvom/algorithms/staffed.hpp"

/// group_by and the report's groupings on several threads, for ranges of millions of rows: one pass over
/// rows larger than the cache is bound by memory, and a second core reads memory alongside the first.
/// Run time only; not included by jvom/jvom.hpp (it needs threads: link Threads::Threads, which the
/// jvom::jvom target does).
namespace jvom {

/// How to split a range across threads: at most `threads` of them (0: as many as the machine runs at
/// once), each given at least `min_per_thread` elements, so that a small range stays on the calling
/// thread, where starting a thread would cost more than it saves.
struct Parallel {
  unsigned threads = 0;
  std::size_t min_per_thread = std::size_t{1} << 16;
};

/// Every core, at least 65,536 elements a thread: `jvom::totals_by_region(jvom::parallel, rows)`.
inline constexpr Parallel parallel{};

namespace detail {

// Elements [first, last) of a range. (std::ranges::subrange does not compile on Clang 14 with libstdc++ 12,
// llvm/llvm-project#52696.)
template <class Iterator>
struct Part {
  Iterator first, last;
  [[nodiscard]] constexpr Iterator begin() const { return first; }
  [[nodiscard]] constexpr Iterator end() const { return last; }
};

// How many parts `how` splits `n` elements into: one at least, one per thread.
inline std::size_t part_count(const Parallel& how, std::size_t n) noexcept {
  const std::size_t most = n / std::max<std::size_t>(1, how.min_per_thread);
  if (most <= 1) return 1;
  // Asked once: glibc reads it from /sys each time, which costs as much as adding up 5,000 rows.
  static const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return std::min<std::size_t>(most, how.threads != 0 ? how.threads : cores);
}

}  // namespace detail

/// group_by (jvom/algorithms/group_by.hpp) with `elements` split into contiguous parts, each folded on a
/// thread of its own (the first on the calling thread). The parts' groups are merged in order: a group
/// met in several parts gets `combine(earlier, later)` of their values. The result equals group_by's (the
/// same groups in the same order, each keyed by its first element) when folding two parts in turn equals
/// combining their folds, each from `init`: sums, counts, minima. An exception on any thread is rethrown
/// here once every thread has finished, the earliest part's first.
template <std::ranges::random_access_range R, class KeyFn, class Value, class Reduce, class Combine,
          class Equal = std::ranges::equal_to>
requires std::ranges::sized_range<R>
[[nodiscard]] auto group_by(const Parallel& how, R&& elements, KeyFn key_of, Value init, Reduce reduce, Combine combine,
                            Equal equal = {}) {
  const std::size_t n = std::ranges::size(elements);
  const std::size_t parts = detail::part_count(how, n);
  const auto part = [&](std::size_t i) {
    const auto first = std::ranges::begin(elements);
    return detail::Part<std::ranges::iterator_t<R>>{first + static_cast<std::ptrdiff_t>(n * i / parts),
                                                    first + static_cast<std::ptrdiff_t>(n * (i + 1) / parts)};
  };
  if (parts == 1) return group_by(part(0), key_of, init, reduce, equal);
  using Groups = decltype(group_by(part(0), key_of, init, reduce, equal));

  std::vector<std::optional<Groups>> folded(parts);
  std::vector<std::exception_ptr> errors(parts);
  const auto fold = [&](std::size_t i) noexcept {
    try {
      folded[i].emplace(group_by(part(i), key_of, init, reduce, equal));
    } catch (...) {
      errors[i] = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> threads;  // joined when they go out of scope, also when starting one throws
    threads.reserve(parts - 1);
    for (std::size_t i = 1; i < parts; ++i) threads.emplace_back(fold, i);
    fold(0);
  }
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);

  Groups merged = std::move(*folded[0]);
  for (std::size_t i = 1; i < parts; ++i)
    for (const auto& group : *folded[i]) {
      auto& into = merged.group_for(group.key, init, equal);
      // A group new to the merge takes this part's fold as it is: its first element is in this part.
      into.value = into.count == 0 ? group.value : std::invoke(combine, std::move(into.value), group.value);
      into.count += group.count;
    }
  return merged;
}

/// totals_by_region (jvom/algorithms/groupings.hpp) on several threads; the same result.
template <std::ranges::random_access_range R>
requires std::ranges::sized_range<R> && Staffed<std::ranges::range_value_t<R>>
[[nodiscard]] auto totals_by_region(const Parallel& how, R&& elements) {
  // add_to_totals adds an element to a total, and a total to a total: it reduces and combines.
  return group_by(how, elements, detail::region_of, ColumnTotals{}, detail::add_to_totals, detail::add_to_totals,
                  detail::same_region_fn);
}

/// totals_by_legal_basis_kind (jvom/algorithms/groupings.hpp) on several threads; the same result.
template <std::ranges::random_access_range R>
requires std::ranges::sized_range<R>
[[nodiscard]] auto totals_by_legal_basis_kind(const Parallel& how, R&& missions) {
  return group_by(how, missions, legal_basis_kind, ColumnTotals{}, detail::add_to_totals, detail::add_to_totals);
}

}  // namespace jvom
