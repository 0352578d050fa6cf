#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace jvom::detail {

// Maps the pages under `count` elements at `first` for writing, in one system call, where a buffer is about
// to be written in full: its missions, rows or entries. The first write to a page otherwise stops for a page
// fault, one a page, and on the benchmark machine (a virtual machine) a fault costs 1.7 to 12 µs against
// about 1 µs a page mapped this way; 10M missions are 371,000 pages. A hint, which changes no value and no
// peak (every page would be written anyway): small buffers, constant evaluation, systems other than Linux
// and kernels before 5.14 (no MADV_POPULATE_WRITE, which fails there) go without.
template <class T>
constexpr void populate_for_writing(const T* first, std::size_t count) noexcept {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  constexpr std::size_t worth_it = std::size_t{1} << 20;  // bytes; smaller buffers are mostly in pages in use
  if (std::is_constant_evaluated() || count * sizeof(T) < worth_it) return;
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  // Only whole pages inside the buffer: the pages at its ends may hold other allocations.
  const auto begin = reinterpret_cast<std::uintptr_t>(first), end = begin + count * sizeof(T);
  const std::uintptr_t from = (begin + page - 1) / page * page, to = end / page * page;
  if (from < to) (void)madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
#else
  (void)first;
  (void)count;
#endif
}

// The same for a vector appended to within its reserved capacity, where how many elements will come is not
// known: called before each append, it maps the pages of the next 2 MiB of the capacity each time the size
// reaches a multiple of that, so that at most 2 MiB is mapped beyond the last element ever written.
template <class T, class Allocator>
constexpr void populate_ahead(const std::vector<T, Allocator>& v) noexcept {
  constexpr std::size_t chunk = std::max<std::size_t>(1, (std::size_t{2} << 20) / sizeof(T));
  if (v.size() % chunk == 0) populate_for_writing(v.data() + v.size(), std::min(chunk, v.capacity() - v.size()));
}

}  // namespace jvom::detail
