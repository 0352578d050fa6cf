#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

/// UTF-8 as the report's text must be: what every reader of text files holds its input to.
namespace jvom::text {

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

}  // namespace jvom::text
