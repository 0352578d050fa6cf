#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <type_traits>

#include "jvom/config.hpp"

namespace jvom::ext {

// Asks for the element `Ahead` places after `i`, and for the name of the one half as far (run time only),
// in a pass that reads each element's name: the names lie elsewhere in memory, and the processor would
// fetch one only once its element had arrived. A hint: it changes no value.
template <std::size_t Ahead = 64, class Element>
JVOM_ALWAYS_INLINE constexpr void hint_names_ahead(std::span<const Element> elements, std::string_view Element::*name,
                                                   std::size_t i) noexcept {
  if (std::is_constant_evaluated() || i + Ahead >= elements.size()) return;
  JVOM_PREFETCH(&(elements[i + Ahead].*name));
  JVOM_PREFETCH((elements[i + Ahead / 2].*name).data());
}

// The same for a pass over the elements at the positions `order` lists (increasing, and far apart: the
// processor's own prefetching follows no such stride).
template <std::size_t Ahead = 16, class Element, class Index>
JVOM_ALWAYS_INLINE constexpr void hint_names_ahead(std::span<const Element> elements, std::span<const Index> order,
                                                   std::string_view Element::*name, std::size_t i) noexcept {
  if (std::is_constant_evaluated() || i + Ahead >= order.size()) return;
  JVOM_PREFETCH(&(elements[order[i + Ahead]].*name));
  JVOM_PREFETCH((elements[order[i + Ahead / 2]].*name).data());
}

}  // namespace jvom::ext
