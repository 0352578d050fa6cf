#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jvom/detail/hashed_index.hpp"
#include "jvom/text/characters.hpp"

/// How the two annexes' names for one mission are matched.
namespace jvom {

/// The part of a printed mission name that identifies it: the name before any parenthesised
/// qualifier, trimmed. "UNTSO (Libanon en Golan)" and "UNTSO" share the key "UNTSO";
/// "NAVO oostflank (separate VGR)" has the key "NAVO oostflank". Keys compare ignoring ASCII case
/// (`same_key`): "EMASOH" and "EMASoH" are one name. Nothing looser is matched: names that are only
/// *almost* the same ("OCS" and "OSC") stay apart, for the checks to report.
[[nodiscard]] constexpr std::string_view mission_key(std::string_view printed) noexcept {
  const std::string_view s = text::trim(printed);
  // Raw pointers: cheap to evaluate at compile time, where this runs for every name of a dataset.
  const char *const begin = s.data();
  for (const char *at = begin + (s.empty() ? 0 : 1), *end = begin + s.size(); at != end; ++at)
    if (*at == '(') return text::trim(std::string_view(begin, static_cast<std::size_t>(at - begin)));
  return s;
}

/// True when two keys (from `mission_key`) are the same, ignoring ASCII case.
[[nodiscard]] constexpr bool same_key(std::string_view a, std::string_view b) noexcept { return text::iequals(a, b); }

/// True when two printed names name the same mission.
[[nodiscard]] constexpr bool same_mission(std::string_view a, std::string_view b) noexcept {
  return same_key(mission_key(a), mission_key(b));
}

/// The case-folded 64-bit FNV-1a hash of a key: equal for keys that `same_key` matches. Look-ups compare
/// these integers rather than strings, which keeps constant evaluation of large datasets within the
/// compilers' step limits.
[[nodiscard]] constexpr std::uint64_t key_hash(std::string_view key) noexcept {
  std::uint64_t h = detail::fnv_offset;
  for (const char *at = key.data(), *end = key.data() + key.size(); at != end; ++at)
    h = (h ^ static_cast<unsigned char>(*at >= 'A' && *at <= 'Z' ? *at + ('a' - 'A') : *at)) * 1099511628211ull;
  return h;
}

/// The hash of a printed name's key: equal for names that `same_mission` matches.
[[nodiscard]] constexpr std::uint64_t mission_hash(std::string_view printed) noexcept {
  return key_hash(mission_key(printed));
}

}  // namespace jvom
