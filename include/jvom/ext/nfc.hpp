#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jvom/ext/nfc_tables.hpp"
#include "jvom/ext/utf8.hpp"

/// Unicode Normalization Form C (UAX #15), so that one text has one spelling: "Isra\u00EBl" typed and
/// "Israe\u0308l" pasted from a PDF are the same bytes once read. The readers of files apply it to every
/// text they keep; the core takes text as it is given.
namespace jvom::ext {

namespace detail::nfc {

inline constexpr char32_t hangul_s = 0xAC00, hangul_l = 0x1100, hangul_v = 0x1161, hangul_t = 0x11A7;
inline constexpr char32_t hangul_v_count = 21, hangul_t_count = 28, hangul_n = hangul_v_count * hangul_t_count;
inline constexpr char32_t hangul_count = 19 * hangul_n;

inline std::uint8_t combining_class(char32_t cp) {
  const auto it = std::upper_bound(combining_classes.begin(), combining_classes.end(), cp,
                                   [](char32_t c, const CombiningClass& r) { return c < r.first; });
  if (it == combining_classes.begin()) return 0;
  const CombiningClass& r = *(it - 1);
  return cp <= r.last ? r.ccc : 0;
}

inline void decompose(char32_t cp, std::vector<char32_t>& out) {
  if (cp >= hangul_s && cp < hangul_s + hangul_count) {
    const char32_t s = cp - hangul_s;
    out.push_back(hangul_l + s / hangul_n);
    out.push_back(hangul_v + (s % hangul_n) / hangul_t_count);
    if (s % hangul_t_count != 0) out.push_back(hangul_t + s % hangul_t_count);
    return;
  }
  const auto it = std::lower_bound(decompositions.begin(), decompositions.end(), cp,
                                   [](const Decomposition& d, char32_t c) { return d.code_point < c; });
  if (it == decompositions.end() || it->code_point != cp) {
    out.push_back(cp);
    return;
  }
  out.insert(out.end(), it->to, it->to + it->length);
}

// The primary composite of `a` and `b`, or 0.
inline char32_t compose(char32_t a, char32_t b) {
  if (a >= hangul_l && a < hangul_l + 19 && b >= hangul_v && b < hangul_v + hangul_v_count)
    return hangul_s + ((a - hangul_l) * hangul_v_count + (b - hangul_v)) * hangul_t_count;
  if (a >= hangul_s && a < hangul_s + hangul_count && (a - hangul_s) % hangul_t_count == 0 && b > hangul_t &&
      b < hangul_t + hangul_t_count)
    return a + (b - hangul_t);
  const auto it = std::lower_bound(compositions.begin(), compositions.end(), std::pair{a, b},
                                   [](const Composition& c, std::pair<char32_t, char32_t> key) {
                                     return c.first < key.first || (c.first == key.first && c.second < key.second);
                                   });
  return it != compositions.end() && it->first == a && it->second == b ? it->composite : 0;
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace detail::nfc

/// True when `s` is certainly in NFC without looking closer: every character is below U+0300, where
/// nothing decomposes and nothing combines (the bytes are all below 0xCC). Most names are.
[[nodiscard]] inline bool plainly_nfc(std::string_view s) noexcept {
  return std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xCC; });
}

/// `s` in NFC. `s` must be valid UTF-8 (the readers check it first); a byte that is not is kept as it is.
[[nodiscard]] inline std::string to_nfc(std::string_view s) {
  namespace nf = detail::nfc;
  if (plainly_nfc(s)) return std::string(s);
  std::vector<char32_t> cps;
  cps.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_length(s.substr(i, 4));
    if (n == 0) {  // not UTF-8: kept as a code point of its own byte, which nothing composes with
      cps.push_back(static_cast<unsigned char>(s[i]) | 0x80000000u);
      ++i;
      continue;
    }
    nf::decompose(utf8_code_point(s.substr(i, n), n), cps);
    i += n;
  }
  // Canonical order: within each run of combining marks, by class, keeping the order of equal classes.
  for (std::size_t i = 1; i < cps.size(); ++i)
    for (std::size_t j = i; j > 0; --j) {
      const std::uint8_t here = nf::combining_class(cps[j]), before = nf::combining_class(cps[j - 1]);
      if (here == 0 || before <= here) break;
      std::swap(cps[j], cps[j - 1]);
    }
  // Composition (UAX #15): each mark joins the starter before it unless a mark of its class or higher,
  // or a starter, stands between them.
  std::size_t starter = 0, kept = cps.empty() ? 0 : 1;
  int last_class = cps.empty() ? 0 : (nf::combining_class(cps[0]) == 0 ? 0 : 256);
  for (std::size_t i = 1; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    const int c_class = nf::combining_class(c);
    const char32_t composite = nf::compose(cps[starter], c);
    if (composite != 0 && (last_class < c_class || last_class == 0)) {
      cps[starter] = composite;
      continue;
    }
    if (c_class == 0) starter = kept;
    last_class = c_class;
    cps[kept++] = c;
  }
  cps.resize(kept);
  std::string out;
  out.reserve(s.size());
  for (const char32_t cp : cps) {
    if (cp & 0x80000000u)
      out += static_cast<char>(cp & 0xFF);
    else
      nf::append_utf8(out, cp);
  }
  return out;
}

}  // namespace jvom::ext
