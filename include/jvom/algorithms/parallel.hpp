#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <ranges>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "jvom/algorithms/group_by.hpp"
#include "jvom/algorithms/groupings.hpp"
#include "jvom/algorithms/join.hpp"
#include "jvom/algorithms/personnel_columns.hpp"
#include "jvom/algorithms/staffed.hpp"
#include "jvom/mission.hpp"
#include "jvom/parallel.hpp"
#include "jvom/report.hpp"

/// group_by, the report's groupings and the join on several threads (policy: jvom/parallel.hpp), for
/// millions of rows: one pass over rows larger than the cache waits on memory, and a second core reads
/// memory alongside the first.
namespace jvom {

namespace detail {

// Rows a thread at least, unless a Parallel says: adding up a row costs far less than starting a thread.
inline constexpr std::size_t min_rows_to_add_up = std::size_t{1} << 16;
// Rows of annex 2's columns a thread at least: such a row costs less still.
inline constexpr std::size_t min_column_rows_to_add_up = std::size_t{1} << 18;

// Elements [first, last) of a range (workaround: clang_ranges_subrange, config.hpp).
template <class Iterator>
struct Part {
  Iterator first, last;
  [[nodiscard]] constexpr Iterator begin() const { return first; }
  [[nodiscard]] constexpr Iterator end() const { return last; }
};

// Missions written in place by several threads: storage taken but not written, each mission then written
// once, by the thread of its part. (A std::vector would have one thread write every element first, and
// much of the join's time is the first touch of the missions' pages.)
class MissionBuffer {
  static_assert(std::is_trivially_destructible_v<Mission>, "MissionBuffer does not destroy its missions");

 public:
  explicit MissionBuffer(std::size_t size) : data_(std::allocator<Mission>{}.allocate(size)), size_(size) {}
  ~MissionBuffer() {
    if (data_ != nullptr) std::allocator<Mission>{}.deallocate(data_, size_);
  }
  MissionBuffer(MissionBuffer&& other) noexcept : data_(std::exchange(other.data_, nullptr)), size_(other.size_) {}
  MissionBuffer& operator=(MissionBuffer&&) = delete;

  // Writes mission i; each i once, before missions() is read.
  void write(std::size_t i, const Mission& mission) noexcept { std::construct_at(data_ + i, mission); }
  [[nodiscard]] std::span<const Mission> missions() const noexcept { return {data_, size_}; }

 private:
  Mission* data_;
  std::size_t size_;
};

// join_missions (jvom/algorithms/join.hpp) with the annex 2 rows' missions written by one thread a part:
// the same missions in the same order.
inline MissionBuffer join_missions(const Parallel& how, const Report& report) {
  const AnnexMatch match = match_annexes(report.annex1, report.annex2);
  MissionBuffer out(match.missions);
  const std::size_t rows = report.annex2.size();
  const std::size_t parts = part_count(how, rows, min_rows_to_add_up);  // a row takes little to write
  on_threads(parts, [&](std::size_t part) {
    const auto [first, last] = part_bounds(rows, part, parts);
    for (std::size_t j = first; j < last; ++j) out.write(j, annex2_mission(report.annex1, report.annex2, match, j));
  });
  std::size_t next = rows;
  annex1_only_missions(report.annex1, match, [&](const Mission& mission) { out.write(next++, mission); });
  return out;
}

// Rows [0, n) split into contiguous parts (at least `min_rows` each, unless `how` says), each folded on a
// thread of its own by fold_part(first, last), which returns the part's groups; the parts' groups merged in
// order: a group met in several parts gets their values combined (see group_by below). The shared half of
// group_by on threads and of the columns' totals on threads.
template <class FoldPart, class Value, class Combine, class Equal>
[[nodiscard]] auto fold_in_parts(const Parallel& how, std::size_t n, std::size_t min_rows, const FoldPart& fold_part,
                                 const Value& init, Combine& combine, Equal& equal) {
  const std::size_t parts = part_count(how, n, min_rows);
  if (parts == 1) return fold_part(std::size_t{0}, n);
  using Groups = decltype(fold_part(std::size_t{0}, n));
  std::vector<std::optional<Groups>> folded(parts);
  on_threads(parts, [&](std::size_t i) {
    const auto [first, last] = part_bounds(n, i, parts);
    folded[i].emplace(fold_part(first, last));
  });
  Groups merged = std::move(*folded[0]);
  for (std::size_t i = 1; i < parts; ++i)
    for (const auto& group : *folded[i]) {
      auto& into = merged.group_for(group.key, init, equal);
      // A group new to the merge takes this part's fold as it is: its first element is in this part.
      if (into.count == 0)
        into.value = group.value;
      else
        fold_into(into.value, combine, group.value);
      into.count += group.count;
    }
  return merged;
}

}  // namespace detail

/// group_by (jvom/algorithms/group_by.hpp) with `elements` split into contiguous parts, each folded on a
/// thread of its own (the first on the calling thread). The parts' groups are merged in order: a group
/// met in several parts gets their values combined, as `reduce` folds (`earlier = combine(earlier, later)`,
/// or `combine(earlier, later)` returning nothing and updating `earlier`). The result equals group_by's (the
/// same groups in the same order, each keyed by its first element) when folding two parts in turn equals
/// combining their folds, each from `init`: sums, counts, minima. An exception on any thread is rethrown
/// here once every thread has finished, the earliest part's first.
template <std::ranges::random_access_range R, class KeyFn, class Value, class Reduce, class Combine,
          class Equal = std::ranges::equal_to>
requires std::ranges::sized_range<R>
[[nodiscard]] auto group_by(const Parallel& how, R&& elements, KeyFn key_of, Value init, Reduce reduce, Combine combine,
                            Equal equal = {}) {
  const auto fold_part = [&](std::size_t first, std::size_t last) {
    const auto begin = std::ranges::begin(elements);
    return group_by(detail::Part<std::ranges::iterator_t<R>>{begin + static_cast<std::ptrdiff_t>(first),
                                                             begin + static_cast<std::ptrdiff_t>(last)},
                    key_of, init, reduce, equal);
  };
  return detail::fold_in_parts(how, std::ranges::size(elements), detail::min_rows_to_add_up, fold_part, init, combine,
                               equal);
}

/// totals_by_region (jvom/algorithms/groupings.hpp) on several threads; the same result.
template <std::ranges::random_access_range R>
requires std::ranges::sized_range<R> && Staffed<std::ranges::range_value_t<R>>
[[nodiscard]] auto totals_by_region(const Parallel& how, R&& elements) {
  // add_to_totals adds an element to a total, and a total to a total: it reduces and combines.
  return group_by(how, elements, detail::region_of, ColumnTotals{}, detail::add_to_totals, detail::add_to_totals,
                  detail::same_region_fn);
}

/// totals_by_region over annex 2's columns (jvom/algorithms/personnel_columns.hpp) on several threads, each
/// adding up a part of the rows; the same result.
[[nodiscard]] inline auto totals_by_region(const Parallel& how, const PersonnelColumns& columns) {
  const auto fold_part = [&](std::size_t first, std::size_t last) {
    return detail::totals_by_region<dynamic_groups>(columns, first, last);
  };
  auto add = detail::add_to_totals;
  auto equal = detail::same_region_fn;
  return detail::fold_in_parts(how, columns.size(), detail::min_column_rows_to_add_up, fold_part, ColumnTotals{}, add,
                               equal);
}

/// totals_by_legal_basis_kind (jvom/algorithms/groupings.hpp) on several threads; the same result.
template <std::ranges::random_access_range R>
requires std::ranges::sized_range<R>
[[nodiscard]] auto totals_by_legal_basis_kind(const Parallel& how, R&& missions) {
  return group_by(how, missions, legal_basis_kind, ColumnTotals{}, detail::add_to_totals, detail::add_to_totals);
}

}  // namespace jvom
