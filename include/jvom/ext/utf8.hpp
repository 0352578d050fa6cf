#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

/// UTF-8 as the report's text must be: what every reader of text files holds its input to.
namespace jvom::ext {

/// The length of the UTF-8 sequence at the start of `s`, or 0 when `s` does not start with one (an
/// overlong form, a surrogate, a code point past Unicode, or a sequence cut short are not UTF-8).
[[nodiscard]] constexpr std::size_t utf8_length(std::string_view s) noexcept {
  if (s.empty()) return 0;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0)
    n = 2, cp = c & 0x1Fu;
  else if ((c & 0xF0) == 0xE0)
    n = 3, cp = c & 0x0Fu;
  else if ((c & 0xF8) == 0xF0)
    n = 4, cp = c & 0x07u;
  else
    return 0;
  if (s.size() < n) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

/// The code point of the UTF-8 sequence of `n` bytes (from `utf8_length`) at the start of `s`.
[[nodiscard]] constexpr char32_t utf8_code_point(std::string_view s, std::size_t n) noexcept {
  if (n == 1) return static_cast<unsigned char>(s[0]);
  char32_t cp = static_cast<unsigned char>(s[0]) & (n == 2 ? 0x1Fu : n == 3 ? 0x0Fu : 0x07u);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[k]) & 0x3Fu);
  return cp;
}

/// What `cp` is, when it is a character a reader of the page cannot see and a cell must not hold: a
/// control character (but tab, LF, CR), a byte order mark inside the text, a zero-width space or joiner, a
/// soft hyphen, a direction mark or control. Empty for every other character.
[[nodiscard]] constexpr std::string_view invisible_character(char32_t cp) noexcept {
  if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
    return "a control character";
  switch (cp) {
    case 0xFEFF: return "a byte order mark (U+FEFF)";
    case 0x00AD: return "a soft hyphen (U+00AD)";
    case 0x180E: return "a Mongolian vowel separator (U+180E)";
    case 0x200B: return "a zero-width space (U+200B)";
    case 0x200C: return "a zero-width non-joiner (U+200C)";
    case 0x200D: return "a zero-width joiner (U+200D)";
    case 0x200E: return "a left-to-right mark (U+200E)";
    case 0x200F: return "a right-to-left mark (U+200F)";
    case 0x2028: return "a line separator (U+2028)";
    case 0x2029: return "a paragraph separator (U+2029)";
    case 0x2060: return "a word joiner (U+2060)";
    default: break;
  }
  if (cp >= 0x202A && cp <= 0x202E) return "a bidirectional control (U+202A to U+202E)";
  if (cp >= 0x2061 && cp <= 0x2064) return "an invisible operator (U+2061 to U+2064)";
  if (cp >= 0x2066 && cp <= 0x2069) return "a bidirectional isolate (U+2066 to U+2069)";
  return {};
}

}  // namespace jvom::ext
