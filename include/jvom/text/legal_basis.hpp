#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jvom/ext/characters.hpp"
#include "jvom/legal_basis.hpp"
#include "jvom/parsed.hpp"

/// Legal bases as annex 1 prints them.
namespace jvom::text {

namespace detail {

inline constexpr std::array<std::string_view, 6> resolution_prefixes{
    "VNVR-resoluties", "VNVR-resolutie", "VNVR resoluties", "VNVR resolutie", "VNVR-res.", "UNSCR"};

// Reads a number word (a resolution or an article): up to 9 digits.
constexpr bool read_number(std::string_view word, std::uint32_t& out) noexcept {
  if (word.empty() || word.size() > 9) return false;
  std::uint32_t n = 0;
  for (const char c : word) {
    if (!ext::is_digit(c)) return false;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
  }
  out = n;
  return true;
}

// "82 en 83", "1244", "2695, 2749 en 2750": numbers separated by commas, "en", "&" or "/".
constexpr Parsed<LegalBasis> parse_resolution_list(std::string_view input, std::string_view list) noexcept {
  std::array<std::uint32_t, LegalBasis::max_resolutions> numbers{};
  std::size_t count = 0;
  std::string_view rest = ext::trim(list);
  bool want_number = true;
  while (!rest.empty()) {
    if (want_number) {
      std::size_t n = 0;
      while (n < rest.size() && ext::is_digit(rest[n])) ++n;
      const std::string_view word = rest.substr(0, n == 0 ? rest.size() : n);
      std::uint32_t value = 0;
      if (n == 0 || !read_number(word, value))
        return ParseError{Expected::resolution_number, word, ext::offset_in(input, word)};
      if (count == numbers.size()) return ParseError{Expected::at_most_8_resolutions, rest, ext::offset_in(input, rest)};
      numbers[count++] = value;
      rest = ext::trim(rest.substr(n));
      want_number = false;
    } else {
      if (rest[0] == ',' || rest[0] == '&' || rest[0] == '/') {
        rest = ext::trim(rest.substr(1));
      } else if (ext::istarts_with(rest, "en") && (rest.size() == 2 || ext::leading_blank(rest.substr(2)) > 0)) {
        rest = ext::trim(rest.substr(2));
      } else {
        return ParseError{Expected::resolution_separator, rest, ext::offset_in(input, rest)};
      }
      if (rest.empty()) return ParseError{Expected::resolution_after_separator, rest, ext::offset_in(input, rest)};
      want_number = true;
    }
  }
  if (count == 0) return ParseError{Expected::resolution_number, rest, ext::offset_in(input, rest)};
  return LegalBasis::un_resolutions(std::span<const std::uint32_t>(numbers.data(), count));
}

// The article number in "VN Handvest art. 51", "Art. 97 Grondwet", "artikel 51 van het VN-Handvest".
constexpr Parsed<std::uint32_t> find_article(std::string_view input, std::string_view s) noexcept {
  std::string_view rest = s;
  while (!rest.empty()) {
    const std::string_view word = ext::take_word(rest);
    if (ext::iequals(word, "art.") || ext::iequals(word, "art") || ext::iequals(word, "artikel")) {
      const std::string_view number_word = ext::take_word(rest);
      std::uint32_t article = 0;
      if (!read_number(number_word, article))
        return ParseError{Expected::article_number_after_art, number_word, ext::offset_in(input, number_word)};
      return article;
    }
  }
  return ParseError{Expected::article_number, s, ext::offset_in(input, s)};
}

}  // namespace detail

/// A legal basis as printed: "VNVR-resolutie 2695", "VNVR-resolutie 82 en 83", "UNCLOS",
/// "VN Handvest art. 51", "Art. 97 Grondwet", "Overeenkomst tussen VS, Israël, de Palestijnse Autoriteit",
/// "o.b.v. Note Verbale". Text that is none of these is kept verbatim as `other`; an empty cell is an error.
[[nodiscard]] constexpr Parsed<LegalBasis> parse_legal_basis(std::string_view input) noexcept {
  const std::string_view s = ext::trim(input);
  if (s.empty()) return ParseError{Expected::legal_basis, s, ext::offset_in(input, s)};

  for (const std::string_view prefix : detail::resolution_prefixes)
    if (ext::istarts_with(s, prefix)) return detail::parse_resolution_list(input, s.substr(prefix.size()));

  if (ext::iequals(s, "UNCLOS") || ext::iequals(s, "VN-Zeerechtverdrag") || ext::iequals(s, "VN Zeerechtverdrag"))
    return LegalBasis::unclos();

  if (ext::ifind(s, "Handvest") != std::string_view::npos) {
    const auto article = detail::find_article(input, s);
    if (!article) return article.error();
    return LegalBasis::un_charter(*article);
  }
  if (ext::ifind(s, "Grondwet") != std::string_view::npos) {
    const auto article = detail::find_article(input, s);
    if (!article) return article.error();
    return LegalBasis::constitution(*article);
  }

  if (ext::istarts_with(s, "Overeenkomst")) {
    std::string_view rest = ext::trim(s.substr(12));
    std::size_t wording_end = 12;
    for (const std::string_view joiner : {std::string_view{"tussen"}, std::string_view{"met"}}) {
      const std::string_view after = rest.substr(std::min(joiner.size(), rest.size()));
      if (ext::istarts_with(rest, joiner) && (after.empty() || ext::leading_blank(after) > 0)) {
        wording_end = ext::offset_in(s, rest) + joiner.size();
        rest = ext::trim(rest.substr(joiner.size()));
        break;
      }
    }
    if (rest.empty()) return ParseError{Expected::agreement_parties, rest, ext::offset_in(input, rest)};
    return LegalBasis::agreement(rest, s.substr(0, wording_end));
  }

  if (ext::ifind(s, "Note Verbale") != std::string_view::npos) return LegalBasis::note_verbale();
  return LegalBasis::other(s);
}

}  // namespace jvom::text
