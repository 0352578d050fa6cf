// ext::Scratch: every element value-initialised, in a constant expression and at run time, where a
// large array takes another path (its pages mapped before it is written).
#include <doctest/doctest.h>

#include <cstddef>
#include <jvom/ext/scratch.hpp>
#include <utility>

namespace {

struct WithDefaults {
  int answer = 42;  // not what fresh pages hold
  bool flag = false;
};

constexpr bool all_defaults(std::size_t size) {
  const jvom::ext::Scratch<WithDefaults> scratch(size);
  for (std::size_t i = 0; i < scratch.size(); ++i)
    if (scratch[i].answer != 42 || scratch[i].flag) return false;
  return scratch.size() == size;
}
static_assert(all_defaults(0) && all_defaults(1) && all_defaults(100));

}  // namespace

TEST_CASE("Scratch value-initialises every element at run time, small and large") {
  for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{1000}, std::size_t{1} << 20})
    CHECK(all_defaults(size));
  jvom::ext::Scratch<int> moved_from(std::size_t{1} << 20);
  moved_from[5] = 5;
  const jvom::ext::Scratch<int> moved_to(std::move(moved_from));
  CHECK(moved_to.size() == std::size_t{1} << 20);
  CHECK(moved_to[5] == 5);
  CHECK(moved_from.size() == 0);  // NOLINT: a moved-from Scratch is empty, and destroys nothing
}
