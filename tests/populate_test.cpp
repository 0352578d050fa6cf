// detail::populate_for_writing: the pages wholly inside a large buffer are mapped, and nothing else.
#include <doctest/doctest.h>

#include <cstddef>
#include <jvom/detail/populate.hpp>
#include <vector>

#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
#include <sys/mman.h>
#include <unistd.h>

namespace {

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
  const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  const std::size_t pages = (std::size_t{2} << 20) / page + 2;  // 2 MiB and a page either side
  void* const mapping = mmap(nullptr, pages * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(mapping != MAP_FAILED);
  auto* const bytes = static_cast<unsigned char*>(mapping);
  CHECK(resident(mapping, pages, page) == std::vector<bool>(pages, false));  // fresh: nothing mapped yet

  // A buffer from 100 bytes into the first page to 100 bytes into the last: both end pages hold only part.
  jvom::detail::populate_for_writing(bytes + 100, (pages - 1) * page);
  std::vector<bool> expected(pages, true);
  expected.front() = expected.back() = false;
  CHECK(resident(mapping, pages, page) == expected);
  munmap(mapping, pages * page);
}

TEST_CASE("populate_for_writing leaves small buffers to their first writes") {
  const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  const std::size_t pages = (std::size_t{1} << 20) / page / 2;  // half a MiB
  void* const mapping = mmap(nullptr, pages * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(mapping != MAP_FAILED);
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
