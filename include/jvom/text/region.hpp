#pragma once

#include <string_view>

#include "jvom/ext/characters.hpp"
#include "jvom/parsed.hpp"
#include "jvom/region.hpp"

/// Region headings as the annexes print them.
namespace jvom::text {

/// A region heading. When it starts with the name of the region above it followed by more words,
/// it is a sub-group of that region: after "Midden-Oosten", "Midden-Oosten overige missies" is
/// {"Midden-Oosten", "overige missies"}. An empty heading is an error: whether an empty cell continues
/// the region above is the table reader's rule, not the heading's.
[[nodiscard]] constexpr Parsed<Region> parse_region(std::string_view input, const Region* above = nullptr) noexcept {
  const std::string_view s = ext::trim(input);
  if (s.empty()) return ParseError{Expected::region_name, s, ext::offset_in(input, s)};
  if (above != nullptr) {
    const std::string_view base = ext::trim(above->name);
    if (!base.empty() && s.size() > base.size() && ext::istarts_with(s, base) && ext::leading_blank(s.substr(base.size())) > 0)
      return Region{s.substr(0, base.size()), ext::trim(s.substr(base.size()))};
  }
  return Region{s, {}};
}

}  // namespace jvom::text
