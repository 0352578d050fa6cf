// detail::populate_for_writing and populate_ahead: the pages wholly inside a large buffer, or the next part
// of a vector's room, are mapped, and nothing else.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <jvom/detail/populate.hpp>
#include <new>
#include <vector>

#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
#include <sys/mman.h>
#include <unistd.h>

namespace {

// Fresh pages straight from the system, never huge ones (a huge page would map a buffer's ends with it).
void* fresh_pages(std::size_t bytes) {
  void* const at = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (at == MAP_FAILED) throw std::bad_alloc();
  madvise(at, bytes, MADV_NOHUGEPAGE);
  return at;
}

// Whether the running kernel maps pages ahead (Linux 5.14 on); older ones refuse, and jvom goes without.
bool kernel_maps_ahead() {
  const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  void* const probe = fresh_pages(page);
  const bool maps = madvise(probe, page, MADV_POPULATE_WRITE) == 0;
  munmap(probe, page);
  return maps;
}

// Which pages of [at, at + pages * page) are in memory.
std::vector<bool> resident(void* at, std::size_t pages, std::size_t page) {
  std::vector<unsigned char> in(pages);
  REQUIRE(mincore(at, pages * page, in.data()) == 0);
  std::vector<bool> out(pages);
  for (std::size_t i = 0; i < pages; ++i) out[i] = (in[i] & 1) != 0;
  return out;
}

}  // namespace

TEST_CASE("populate_for_writing maps the whole pages inside a large buffer, not the pages at its ends") {
  if (!kernel_maps_ahead()) {
    MESSAGE("this kernel does not map pages ahead (MADV_POPULATE_WRITE): nothing to check");
    return;
  }
  const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  const std::size_t pages = (std::size_t{2} << 20) / page + 2;  // 2 MiB and a page either side
  void* const mapping = fresh_pages(pages * page);
  auto* const bytes = static_cast<unsigned char*>(mapping);
  CHECK(resident(mapping, pages, page) == std::vector<bool>(pages, false));  // fresh: nothing mapped yet

  // A buffer from 100 bytes into the first page to 100 bytes into the last: both end pages hold only part.
  jvom::detail::populate_for_writing(bytes + 100, (pages - 1) * page);
  std::vector<bool> expected(pages, true);
  expected.front() = expected.back() = false;
  CHECK(resident(mapping, pages, page) == expected);
  munmap(mapping, pages * page);
}

// Storage straight from mmap: fresh pages, whatever the heap holds.
template <class T>
struct FreshPages {
  using value_type = T;
  FreshPages() = default;
  template <class U>
  explicit FreshPages(const FreshPages<U>&) noexcept {}
  T* allocate(std::size_t n) { return static_cast<T*>(fresh_pages(n * sizeof(T))); }
  void deallocate(T* at, std::size_t n) noexcept { munmap(at, n * sizeof(T)); }
  friend bool operator==(const FreshPages&, const FreshPages&) = default;
};

TEST_CASE("populate_ahead maps the next 256 KiB of a vector's room each time its size reaches a multiple of that") {
  if (!kernel_maps_ahead()) {
    MESSAGE("this kernel does not map pages ahead (MADV_POPULATE_WRITE): nothing to check");
    return;
  }
  const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  constexpr std::size_t per_chunk = (std::size_t{256} << 10) / sizeof(std::uint64_t);
  std::vector<std::uint64_t, FreshPages<std::uint64_t>> v;
  v.reserve(3 * per_chunk + per_chunk / 2);  // 896 KiB, page-aligned (from mmap)
  const std::size_t per_chunk_pages = per_chunk * sizeof(std::uint64_t) / page, pages = 3 * per_chunk_pages;
  const auto resident_chunks = [&] {  // how many pages of each of the first three chunks are in memory
    const std::vector<bool> in = resident(v.data(), pages, page);
    std::vector<std::size_t> counts(3);
    for (std::size_t i = 0; i < pages; ++i) counts[i / per_chunk_pages] += in[i] ? 1U : 0U;
    return counts;
  };
  REQUIRE(resident_chunks() == std::vector<std::size_t>{0, 0, 0});
  jvom::detail::populate_ahead(v);  // size 0: the first chunk
  CHECK(resident_chunks() == std::vector<std::size_t>{per_chunk_pages, 0, 0});
  v.push_back(1);
  jvom::detail::populate_ahead(v);  // size 1: nothing more
  CHECK(resident_chunks() == std::vector<std::size_t>{per_chunk_pages, 0, 0});
  v.resize(per_chunk);
  jvom::detail::populate_ahead(v);  // a chunk written: the next, and not the one after
  CHECK(resident_chunks() == std::vector<std::size_t>{per_chunk_pages, per_chunk_pages, 0});
  v.resize(3 * per_chunk);
  const std::vector<bool> before = resident(v.data() + 3 * per_chunk, per_chunk_pages / 2, page);
  jvom::detail::populate_ahead(v);  // half a chunk of room left: nothing
  CHECK(resident(v.data() + 3 * per_chunk, per_chunk_pages / 2, page) == before);
}

TEST_CASE("populate_for_writing leaves small buffers to their first writes") {
  const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  const std::size_t pages = (std::size_t{1} << 20) / page / 2;  // half a MiB
  void* const mapping = fresh_pages(pages * page);
  jvom::detail::populate_for_writing(static_cast<const unsigned char*>(mapping), pages * page);
  CHECK(resident(mapping, pages, page) == std::vector<bool>(pages, false));
  munmap(mapping, pages * page);
}
#endif

// In a constant expression it does nothing, and compiles.
static_assert([] {
  int values[4]{};
  jvom::detail::populate_for_writing(values, 4);
  return values[0] == 0;
}());
