#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <type_traits>

namespace jvom::detail {

// Asks for the element `Ahead` places after `i`, and for the name of the one half as far (run time only),
// in a pass that reads each element's name: the names lie elsewhere in memory, and the processor would
// fetch one only once its element had arrived. Past the cache that wait is most of such a pass (the claims'
// pass over 10 million missions: 72 ns a mission without the hints, 52 with them; at 100,000, 35 and 31). A
// pass that does more for each element hints fewer places ahead.
// Always inlined: GCC takes a function that only prefetches for one without effect, and drops calls to it.
template <std::size_t Ahead = 64, class Element>
[[gnu::always_inline]] constexpr void hint_names_ahead(std::span<const Element> elements,
                                                       std::string_view Element::*name, std::size_t i) noexcept {
  if (std::is_constant_evaluated() || i + Ahead >= elements.size()) return;
  __builtin_prefetch(&(elements[i + Ahead].*name));
  __builtin_prefetch((elements[i + Ahead / 2].*name).data());
}

// The same for a pass over the elements at the positions `order` lists (increasing, and far apart: the
// processor's own prefetching follows no such stride).
template <std::size_t Ahead = 16, class Element, class Index>
[[gnu::always_inline]] constexpr void hint_names_ahead(std::span<const Element> elements, std::span<const Index> order,
                                                       std::string_view Element::*name, std::size_t i) noexcept {
  if (std::is_constant_evaluated() || i + Ahead >= order.size()) return;
  __builtin_prefetch(&(elements[order[i + Ahead]].*name));
  __builtin_prefetch((elements[order[i + Ahead / 2]].*name).data());
}

}  // namespace jvom::detail
