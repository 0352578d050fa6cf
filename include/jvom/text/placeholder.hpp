#pragma once

#include <string_view>

#include "jvom/ext/characters.hpp"

namespace jvom::text {

/// True for the placeholders the tables print where a cell is not set: empty, "-", "–" (en dash)
/// or "·" (U+00B7 middle dot, as in GPOI's framework end in the 2025 report).
[[nodiscard]] constexpr bool is_placeholder(std::string_view cell) noexcept {
  const std::string_view t = ext::trim(cell);
  return t.empty() || t == "-" || t == "\xE2\x80\x93" || t == "\xC2\xB7";
}

}  // namespace jvom::text
