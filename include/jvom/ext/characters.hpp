#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

/// Character-level helpers shared by the parsers. The report is UTF-8; everything that matters for
/// parsing (digits, month names, keywords) is ASCII, so case folding is ASCII-only and leaves other
/// bytes as they are.
namespace jvom::ext {

[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool is_ascii_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
[[nodiscard]] constexpr char to_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// True when `a` and `b` are equal ignoring ASCII case.
// Written over raw pointers with the equal-byte case first: string_view's operator[] and size() are calls
// whose bodies count against the compilers' constant-evaluation step limits, and this runs for every
// mission name compared in a large dataset.
[[nodiscard]] constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  for (const char* end = x + a.size(); x != end; ++x, ++y)
    if (*x != *y && to_lower(*x) != to_lower(*y)) return false;
  return true;
}

/// True when `s` starts with `prefix`, ignoring ASCII case.
[[nodiscard]] constexpr bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

/// Position of the first `c` in `s` at or after `from`, or npos. memchr at run time; at compile time, where
/// this runs for every name of a dataset, a walk with raw pointers, which costs the fewest evaluation steps.
[[nodiscard]] constexpr std::size_t find_char(std::string_view s, char c, std::size_t from = 0) noexcept {
  if (!std::is_constant_evaluated()) return s.find(c, from);
  const char* const begin = s.data();
  for (const char *at = begin + (from < s.size() ? from : s.size()), *end = begin + s.size(); at != end; ++at)
    if (*at == c) return static_cast<std::size_t>(at - begin);
  return std::string_view::npos;
}

/// Position of `needle` in `s` ignoring ASCII case, or npos.
[[nodiscard]] constexpr std::size_t ifind(std::string_view s, std::string_view needle) noexcept {
  if (needle.size() > s.size()) return std::string_view::npos;
  if (needle.empty()) return 0;
  const char first = to_lower(needle[0]);  // most positions fail on their first character
  for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
    if (to_lower(s[i]) == first && iequals(s.substr(i, needle.size()), needle)) return i;
  return std::string_view::npos;
}

/// Length of the blank at the start of `s`: ASCII white space, or the UTF-8 no-break spaces
/// (U+00A0, U+202F) that the published tables use in empty cells.
[[nodiscard]] constexpr std::size_t leading_blank(std::string_view s) noexcept {
  if (s.empty()) return 0;
  const char c = s[0];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') return 2;
  if (s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x80' && s[2] == '\xAF') return 3;
  return 0;
}

/// Length of the blank at the end of `s` (same blanks as leading_blank).
[[nodiscard]] constexpr std::size_t trailing_blank(std::string_view s) noexcept {
  const std::size_t n = s.size();
  if (n == 0) return 0;
  const char c = s[n - 1];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (n >= 2 && s[n - 2] == '\xC2' && s[n - 1] == '\xA0') return 2;
  if (n >= 3 && s[n - 3] == '\xE2' && s[n - 2] == '\x80' && s[n - 1] == '\xAF') return 3;
  return 0;
}

/// `s` without leading and trailing blanks.
[[nodiscard]] constexpr std::string_view trim(std::string_view s) noexcept {
  // Fast path, the usual case for a name: printable ASCII at both ends, nothing to trim.
  if (s.empty()) return s;
  const char first = s.front(), last = s.back();
  if (first > ' ' && first < '\x7F' && last > ' ' && last < '\x7F') return s;
  while (const std::size_t n = leading_blank(s)) s.remove_prefix(n);
  while (const std::size_t n = trailing_blank(s)) s.remove_suffix(n);
  return s;
}

/// True when `s` has a blank that is not a single space between two other characters: a doubled space, a
/// tab, a no-break space. Names with none compare and hash as they are, without collapsing.
[[nodiscard]] constexpr bool has_irregular_blanks(std::string_view s) noexcept {
  // Over raw pointers: this runs for every name hashed, at compile time too (see iequals).
  const char* const begin = s.data();
  const char* const end = begin + s.size();
  const auto multibyte_blank = [end](const char* at) {  // U+00A0, U+202F
    return (at[0] == '\xC2' && at + 1 < end && at[1] == '\xA0') ||
           (at[0] == '\xE2' && at + 2 < end && at[1] == '\x80' && at[2] == '\xAF');
  };
  for (const char* at = begin; at != end; ++at) {
    const char c = *at;
    if (c == ' ') {
      if (at + 1 != end && (at[1] == ' ' || (at[1] >= '\t' && at[1] <= '\r') || multibyte_blank(at + 1))) return true;
    } else if ((c >= '\t' && c <= '\r') || multibyte_blank(at)) {
      return true;
    }
  }
  return false;
}

/// True when `a` and `b` are equal ignoring ASCII case, each run of blanks (as `leading_blank` has them) read
/// as one space: "EUNAVFOR  Atalanta" is "EUNAVFOR Atalanta".
[[nodiscard]] constexpr bool iequals_collapsing_blanks(std::string_view a, std::string_view b) noexcept {
  if (iequals(a, b)) return true;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const std::size_t blank_a = leading_blank(a.substr(i)), blank_b = leading_blank(b.substr(j));
    if (blank_a != 0 || blank_b != 0) {
      if (blank_a == 0 || blank_b == 0) return false;
      while (const std::size_t n = leading_blank(a.substr(i))) i += n;
      while (const std::size_t n = leading_blank(b.substr(j))) j += n;
      continue;
    }
    if (a[i] != b[j] && to_lower(a[i]) != to_lower(b[j])) return false;
    ++i, ++j;
  }
  return i == a.size() && j == b.size();
}

/// Splits off the first word (up to a blank) of `s`; `s` keeps the rest, trimmed.
[[nodiscard]] constexpr std::string_view take_word(std::string_view& s) noexcept {
  s = trim(s);
  std::size_t end = 0;
  while (end < s.size() && leading_blank(s.substr(end)) == 0) ++end;
  const std::string_view word = s.substr(0, end);
  s = trim(s.substr(end));
  return word;
}

/// Offset of `part` inside `whole`, for error positions. Precondition: `part` is a view into `whole`.
[[nodiscard]] constexpr std::size_t offset_in(std::string_view whole, std::string_view part) noexcept {
  return static_cast<std::size_t>(part.data() - whole.data());
}

}  // namespace jvom::ext
