#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jvom/ext/characters.hpp"
#include "jvom/ext/hashed_index.hpp"

/// How the two annexes' names for one mission are matched.
namespace jvom {

/// The part of a printed mission name that identifies it: the name before any parenthesised
/// qualifier, trimmed. "UNTSO (Libanon en Golan)" and "UNTSO" share the key "UNTSO";
/// "NAVO oostflank (separate VGR)" has the key "NAVO oostflank". Keys compare ignoring ASCII case and
/// with each run of blanks read as one space (`same_key`): "EMASOH" and "EMASoH" are one name, and so are
/// "EUNAVFOR  Atalanta" and "EUNAVFOR Atalanta" (text read from files is in NFC, so a name in NFC and one in
/// NFD are one too). Nothing looser is matched: names that are only *almost* the same ("OCS" and "OSC")
/// stay apart, for the checks to report.
[[nodiscard]] constexpr std::string_view mission_key(std::string_view printed) noexcept {
  const std::string_view s = ext::trim(printed);
  const std::size_t open = ext::find_char(s, '(', 1);  // after the first character: a name is never emptied
  return open == std::string_view::npos ? s : ext::trim(s.substr(0, open));
}

/// True when two keys (from `mission_key`) are the same, ignoring ASCII case and reading each run of
/// blanks as one space.
[[nodiscard]] constexpr bool same_key(std::string_view a, std::string_view b) noexcept {
  return ext::iequals_collapsing_blanks(a, b);
}

/// True when two printed names name the same mission.
[[nodiscard]] constexpr bool same_mission(std::string_view a, std::string_view b) noexcept {
  return same_key(mission_key(a), mission_key(b));
}

namespace detail {

// Up to eight characters at `at` as one little-endian word (zero-padded), with ASCII capitals folded to
// lower case all at once: a byte is a capital when its low seven bits reach 'A' but not past 'Z' (each
// sum carries into that byte's top bit only) and its own top bit is clear.
constexpr std::uint64_t folded_word(const char *at, std::size_t n) noexcept {
  std::uint64_t word = 0;
  for (std::size_t i = 0; i < n; ++i) word |= std::uint64_t{static_cast<unsigned char>(at[i])} << (8 * i);
  constexpr std::uint64_t ones = 0x0101010101010101ull, tops = ones * 0x80;
  const std::uint64_t low = word & ~tops;
  const std::uint64_t capitals = (low + ones * (0x80 - 'A')) & ~(low + ones * (0x80 - 'Z' - 1)) & ~word & tops;
  return word | (capitals >> 2);  // 0x80 >> 2 is the case bit, 0x20
}

}  // namespace detail

/// A case-folded 64-bit hash of a key: equal for keys that `same_key` matches. Look-ups compare these
/// integers rather than strings, which keeps constant evaluation of large datasets within the compilers'
/// step limits. Eight characters a step, a rotate and a multiply each: a byte at a time, the chain of
/// multiplies was most of the time spent matching annexes that fit in cache.
[[nodiscard]] constexpr std::uint64_t key_hash(std::string_view key) noexcept;

namespace detail {
// The hash of a key whose blanks are irregular: of the key with each run of blanks made one space.
constexpr std::uint64_t collapsed_key_hash(std::string_view key) noexcept {
  char *const collapsed = new char[key.size()];
  std::size_t n = 0;
  for (std::size_t i = 0; i < key.size();) {
    if (const std::size_t blank = ext::leading_blank(key.substr(i))) {
      collapsed[n++] = ' ';
      for (i += blank; const std::size_t more = ext::leading_blank(key.substr(i));) i += more;
      continue;
    }
    collapsed[n++] = key[i++];
  }
  const std::uint64_t h = key_hash(std::string_view(collapsed, n));
  delete[] collapsed;
  return h;
}
}  // namespace detail

[[nodiscard]] constexpr std::uint64_t key_hash(std::string_view key) noexcept {
  if (ext::has_irregular_blanks(key)) [[unlikely]]
    return detail::collapsed_key_hash(key);
  constexpr std::uint64_t multiplier = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = ext::fnv_offset ^ key.size();
  const char *at = key.data();
  std::size_t left = key.size();
  for (; left >= 8; at += 8, left -= 8) h = (std::rotl(h, 27) ^ detail::folded_word(at, 8)) * multiplier;
  if (left != 0) h = (std::rotl(h, 27) ^ detail::folded_word(at, left)) * multiplier;
  return h ^ (h >> 29);
}

/// The hash of a printed name's key: equal for names that `same_mission` matches.
[[nodiscard]] constexpr std::uint64_t mission_hash(std::string_view printed) noexcept {
  return key_hash(mission_key(printed));
}

}  // namespace jvom
