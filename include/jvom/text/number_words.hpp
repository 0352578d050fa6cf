#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "jvom/ext/characters.hpp"
#include "jvom/headcount.hpp"

/// Numbers as Dutch prose writes them: "één" to "twintig" and the tens, ordinals ("vijfde"), and the
/// dozen ("een dozijn", "een half dozijn" are read as phrases by the narrative's reader).
namespace jvom::text {

namespace detail {
inline constexpr std::array<std::string_view, 21> cardinals{
    "nul",   "één",  "twee",     "drie",     "vier",      "vijf",      "zes",      "zeven",   "acht",
    "negen", "tien", "elf",      "twaalf",   "dertien",   "veertien",  "vijftien", "zestien", "zeventien",
    "achttien", "negentien", "twintig"};
inline constexpr std::array<std::string_view, 21> ordinals{
    "nulde",   "eerste", "tweede",      "derde",        "vierde",      "vijfde",     "zesde",
    "zevende", "achtste", "negende",    "tiende",       "elfde",       "twaalfde",   "dertiende",
    "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste"};
inline constexpr std::array<std::string_view, 8> tens{"dertig", "veertig", "vijftig", "zestig",
                                                      "zeventig", "tachtig", "negentig", "honderd"};

// `word` equals `expected` ignoring ASCII case; accented letters must match as written ("één").
constexpr bool same_word(std::string_view word, std::string_view expected) noexcept { return ext::iequals(word, expected); }
}  // namespace detail

/// The number a Dutch number word names: "één" (also written "eén" or, stressed, "éen") 1, "twaalf" 12,
/// "dertig" 30. The article "een" is not a number: whether "een stafofficier" counts one person is the
/// reader's call, not the word's.
[[nodiscard]] constexpr std::optional<Headcount> cardinal_word(std::string_view word) noexcept {
  for (std::size_t n = 0; n < detail::cardinals.size(); ++n)
    if (detail::same_word(word, detail::cardinals[n])) return static_cast<Headcount>(n);
  if (detail::same_word(word, "eén") || detail::same_word(word, "éen") || detail::same_word(word, "ÉÉN")) return 1;
  for (std::size_t t = 0; t < detail::tens.size(); ++t)
    if (detail::same_word(word, detail::tens[t])) return static_cast<Headcount>(30 + 10 * t);
  return std::nullopt;
}

/// The number an ordinal names: "eerste" 1, "vijfde" 5, "twintigste" 20; also written with digits,
/// "5e" and "5de".
[[nodiscard]] constexpr std::optional<Headcount> ordinal_word(std::string_view word) noexcept {
  for (std::size_t n = 1; n < detail::ordinals.size(); ++n)
    if (detail::same_word(word, detail::ordinals[n])) return static_cast<Headcount>(n);
  std::size_t digits = 0;
  Headcount value = 0;
  while (digits < word.size() && digits < 4 && ext::is_digit(word[digits]))
    value = static_cast<Headcount>(value * 10 + static_cast<Headcount>(word[digits++] - '0'));
  const std::string_view suffix = word.substr(digits);
  if (digits > 0 && (suffix == "e" || suffix == "de" || suffix == "ste")) return value;
  return std::nullopt;
}

}  // namespace jvom::text
