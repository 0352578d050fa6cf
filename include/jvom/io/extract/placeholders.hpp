#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "jvom/ext/characters.hpp"

/// Text a writer left to fill in later: "Kamerstuk XXX", "d.d. xx-xx-xxxx", "[PM]", a lone "…" or "...".
namespace jvom::io::extract {

namespace detail {
inline bool x_run(std::string_view w) {  // "XXX", "xx-xx-xxxx": x's, parted by - . /
  std::size_t xs = 0;
  for (const char c : w) {
    if (c == 'x' || c == 'X')
      ++xs;
    else if (c != '-' && c != '.' && c != '/')
      return false;
  }
  return xs >= 2 && (w.front() == 'x' || w.front() == 'X');
}
inline bool is_word_char(char c) {
  return ext::is_ascii_alpha(c) || ext::is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}
}  // namespace detail

/// Each placeholder in `text`, as printed. An ellipsis counts only standing
/// alone between blanks (a quotation's "[…]" or a trailing "enz…" is no placeholder).
[[nodiscard]] inline std::vector<std::string_view> placeholders(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.substr(i).starts_with("[PM]") || text.substr(i).starts_with("[pm]")) {
      out.push_back(text.substr(i, 4));
      i += 4;
      continue;
    }
    if (ext::leading_blank(text.substr(i)) > 0 || !(detail::is_word_char(text[i]) || text[i] == '.')) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && ext::leading_blank(text.substr(end)) == 0 &&
           std::string_view(",;:()[]").find(text[end]) == std::string_view::npos)
      ++end;
    std::string_view word = text.substr(i, end - i);
    const bool alone_before = i == 0 || ext::leading_blank(text.substr(i - 1, 1)) > 0 ||
                              text.substr(0, i).ends_with("\xC2\xA0");
    while (!word.empty() && (word.back() == '.' || word.back() == ',') && detail::x_run(word.substr(0, word.size() - 1)))
      word.remove_suffix(1);
    if (detail::x_run(word) && alone_before) out.push_back(word);
    i = end;
  }
  // The ellipsis, standing alone.
  for (std::size_t at = 0; (at = text.find("\xE2\x80\xA6", at)) != std::string_view::npos; at += 3) {
    const bool before = at == 0 || ext::leading_blank(text.substr(at - 1, 1)) > 0;
    const bool after = at + 3 >= text.size() || ext::leading_blank(text.substr(at + 3)) > 0 ||
                       std::string_view(".,;)").find(text[at + 3]) != std::string_view::npos;
    if (before && after) out.push_back(text.substr(at, 3));
  }
  for (std::size_t at = 0; (at = text.find(" ...", at)) != std::string_view::npos; at += 4) {
    const std::size_t end = at + 4;
    if (end >= text.size() || ext::leading_blank(text.substr(end)) > 0 || text[end] == ')')
      out.push_back(text.substr(at + 1, 3));
  }
  return out;
}

}  // namespace jvom::io::extract
