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

// Maps the whole pages inside [begin, begin + bytes) for writing, in one system call: the first write to a
// page otherwise stops for a page fault, one a page, and on the benchmark machine (a virtual machine) a
// fault costs 1.7 to 12 µs against about 1 µs a page mapped this way. Pages only partly inside are left: they
// may hold other allocations. A hint, which changes no value: systems other than Linux and kernels before
// 5.14 (no MADV_POPULATE_WRITE, which fails there) go without.
inline void map_pages_for_writing(const void* begin, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  const auto first = reinterpret_cast<std::uintptr_t>(begin), last = first + bytes;
  const std::uintptr_t from = (first + page - 1) / page * page, to = last / page * page;
  if (from < to) (void)madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
#else
  (void)begin;
  (void)bytes;
#endif
}

// Maps the pages of a buffer about to be written in full (the missions, a hash table, the similar names'
// entries) at run time, when it is large: 10M missions are 371,000 pages. No peak grows, as every page
// would be written anyway; smaller buffers mostly lie in pages in use.
template <class T>
constexpr void populate_for_writing(const T* first, std::size_t count) noexcept {
  constexpr std::size_t worth_it = std::size_t{1} << 20;  // bytes
  if (!std::is_constant_evaluated() && count * sizeof(T) >= worth_it) map_pages_for_writing(first, count * sizeof(T));
}

// Room in `v` for exactly `count` elements, which are all about to be appended, with its pages mapped.
template <class T, class Allocator>
constexpr void reserve_populated(std::vector<T, Allocator>& v, std::size_t count) {
  v.reserve(count);
  populate_for_writing(v.data(), count);
}

// The same for a vector appended to within its reserved room, where how many elements will come is not
// known (findings, rows read from a file): called before each append, it maps the next 256 KiB of the room
// each time the size reaches a multiple of that, so that at most 256 KiB is mapped beyond the last element
// written, for one system call each 256 KiB.
template <class T, class Allocator>
constexpr void populate_ahead(const std::vector<T, Allocator>& v) noexcept {
  constexpr std::size_t chunk = std::max<std::size_t>(1, (std::size_t{256} << 10) / sizeof(T));
  if (!std::is_constant_evaluated() && v.size() % chunk == 0 && v.capacity() - v.size() >= chunk)
    map_pages_for_writing(v.data() + v.size(), chunk * sizeof(T));
}

}  // namespace jvom::detail
