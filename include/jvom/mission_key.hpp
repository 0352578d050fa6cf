#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jvom/text/characters.hpp"

/// How the two annexes' names for one mission are matched.
namespace jvom {

/// The part of a printed mission name that identifies it: the name before any parenthesised
/// qualifier, trimmed. "UNTSO (Libanon en Golan)" and "UNTSO" share the key "UNTSO";
/// "NAVO oostflank (separate VGR)" has the key "NAVO oostflank". Keys compare ignoring ASCII case
/// (`same_mission`): "EMASOH" and "EMASoH" are one name. Nothing looser is matched: names that are only
/// *almost* the same ("OCS" and "OSC") stay apart, for the checks to report.
[[nodiscard]] constexpr std::string_view mission_key(std::string_view printed) noexcept {
  std::string_view s = text::trim(printed);
  const std::size_t paren = s.find('(');
  if (paren != std::string_view::npos && paren > 0) s = text::trim(s.substr(0, paren));
  return s;
}

/// True when two printed names name the same mission (equal keys, ignoring ASCII case).
[[nodiscard]] constexpr bool same_mission(std::string_view a, std::string_view b) noexcept {
  return text::iequals(mission_key(a), mission_key(b));
}

/// A 64-bit FNV-1a hash of a mission's key, case-folded: equal for names that `same_mission` matches.
/// Lets sorting and look-ups compare integers rather than strings, which keeps constant evaluation of
/// large datasets within the compilers' step limits.
[[nodiscard]] constexpr std::uint64_t mission_hash(std::string_view printed) noexcept {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : mission_key(printed)) {
    h ^= static_cast<unsigned char>(text::to_lower(c));
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace jvom
