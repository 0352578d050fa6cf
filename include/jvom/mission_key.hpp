#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "jvom/detail/hashed_index.hpp"
#include "jvom/detail/scratch.hpp"
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

namespace detail {

// Calls visit(row, earlier) for each row of `rows` (anything with a `mission` name), in order: `earlier`
// is the first row before it with the same key, or npos. O(n): keys are hashed first, then looked up in a
// table that is fetched a few rows ahead (large tables miss the cache on nearly every probe). The one
// rule behind the load's "listed before" errors and the duplicate check.
template <class Row, class Visit>
constexpr void for_each_listing(std::span<const Row> rows, Visit &&visit) {
  constexpr std::size_t ahead = 16;
  Scratch<std::string_view> keys(rows.size());
  Scratch<std::uint64_t> hashes(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    keys[i] = mission_key(rows[i].mission);
    hashes[i] = key_hash(keys[i]);
  }
  HashedIndex seen(rows.size());
  for (std::size_t later = 0; later < rows.size(); ++later) {
    if (later + ahead < rows.size()) seen.prefetch(hashes[later + ahead]);
    std::size_t first = static_cast<std::size_t>(-1);
    seen.find_if(hashes[later], [&](std::size_t earlier) {
      if (!same_key(keys[earlier], keys[later])) return false;
      first = earlier;
      return true;
    });
    visit(later, first);
    seen.insert(hashes[later], later);
  }
}

}  // namespace detail
}  // namespace jvom
