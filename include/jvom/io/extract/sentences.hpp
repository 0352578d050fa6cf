#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jvom/ext/characters.hpp"

/// Dutch running text cut into sentences, and a sentence into words: what the narrative's rules read.
namespace jvom::io::extract {

namespace detail {

// Words after which a full stop does not end a sentence (lower case, without the stop).
inline constexpr std::array<std::string_view, 34> abbreviations{
    "nr",   "d.d",  "dd",  "jl",    "art",   "o.a",   "incl",  "bijv", "ca",   "e.d",   "m.b.t", "i.v.m",
    "t.a.v", "o.b.v", "resp", "zgn", "zr.ms", "zr",   "ms",    "hr.ms", "dhr", "mevr", "drs",   "dr",
    "mr",   "ir",   "prof", "st",  "vs",    "blz",   "p",     "e.a",   "evt",  "vgl"};

inline bool is_upper_start(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') || ext::is_digit(s[0]) || c >= 0xC3 || s[0] == '(' || s[0] == '"' ||
         s.starts_with("\xE2\x80\x98") || s.starts_with("\xE2\x80\x9C");  // ‘ “
}

inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ext::to_lower(c);
  return out;
}

}  // namespace detail

/// A sentence of a paragraph: where it starts in the paragraph's text (bytes) and its text.
struct Sentence {
  std::size_t offset = 0;
  std::string_view text;
};

/// The sentences of `paragraph`. A full stop, question or exclamation mark ends one when blank and then
/// a capital, a digit, a quote or an opening bracket follow (or the text ends), outside brackets, and
/// not after an abbreviation ("nr.", "d.d.", "Zr.Ms.") or a single letter.
[[nodiscard]] inline std::vector<Sentence> sentences(std::string_view paragraph) {
  std::vector<Sentence> out;
  std::size_t start = 0;
  int depth = 0;
  const auto push = [&](std::size_t end) {
    const std::string_view s = ext::trim(paragraph.substr(start, end - start));
    if (!s.empty()) out.push_back({static_cast<std::size_t>(s.data() - paragraph.data()), s});
    start = end;
  };
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if ((c != '.' && c != '?' && c != '!') || depth > 0) continue;
    std::size_t next = i + 1;
    while (next < paragraph.size() && (paragraph[next] == ')' || paragraph[next] == '"' ||
                                       paragraph.substr(next).starts_with("\xE2\x80\x99") ||
                                       paragraph.substr(next).starts_with("\xE2\x80\x9D")))
      next += paragraph[next] == ')' || paragraph[next] == '"' ? 1u : 3u;
    const std::size_t blank = ext::leading_blank(paragraph.substr(next));
    if (next < paragraph.size() && blank == 0) continue;
    if (next < paragraph.size() && !detail::is_upper_start(ext::trim(paragraph.substr(next)))) continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > start && ext::leading_blank(paragraph.substr(w - 1, 1)) == 0 && paragraph[w - 1] != '(') --w;
      const std::string word = detail::lower_ascii(paragraph.substr(w, i - w));
      if (word.size() == 1 && !ext::is_digit(word[0])) continue;
      if (std::find(detail::abbreviations.begin(), detail::abbreviations.end(), word) != detail::abbreviations.end())
        continue;
    }
    push(next);
  }
  push(paragraph.size());
  return out;
}

/// A word of a sentence: its text without the punctuation around it, where it starts (bytes, in the
/// sentence), its text in ASCII lower case, and the punctuation right after it ("," or ")").
struct Word {
  std::string_view text;
  std::size_t offset = 0;
  std::string lower;
  std::string_view after;
  bool opens_bracket = false;  ///< "(" right before it
};

/// The words of `sentence`, split at blanks, quotes and brackets taken off their ends.
[[nodiscard]] inline std::vector<Word> words(std::string_view sentence) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < sentence.size()) {
    if (const std::size_t n = ext::leading_blank(sentence.substr(i))) {
      i += n;
      continue;
    }
    std::size_t end = i;
    while (end < sentence.size() && ext::leading_blank(sentence.substr(end)) == 0) ++end;
    std::string_view w = sentence.substr(i, end - i);
    std::size_t offset = i;
    bool opens = false;
    const auto strip_front = [&](std::string_view p) {
      if (!w.starts_with(p)) return false;
      w.remove_prefix(p.size());
      offset += p.size();
      opens |= p == "(";
      return true;
    };
    while (strip_front("(") || strip_front("\"") || strip_front("\xE2\x80\x98") || strip_front("\xE2\x80\x9C") ||
           strip_front("'")) {
    }
    std::size_t tail = w.size();
    const auto strip_back = [&](std::string_view p) {
      if (tail < p.size() || w.substr(0, tail).substr(tail - p.size()) != p) return false;
      tail -= p.size();
      return true;
    };
    while (tail > 0 && (strip_back(",") || strip_back(".") || strip_back(";") || strip_back(":") ||
                        strip_back(")") || strip_back("\"") || strip_back("\xE2\x80\x99") ||
                        strip_back("\xE2\x80\x9D") || strip_back("!") || strip_back("?"))) {
    }
    // A full stop that belongs to the word stays: "o.b.v.", "nr.".
    Word word{w.substr(0, tail), offset, detail::lower_ascii(w.substr(0, tail)), w.substr(tail), opens};
    if (!word.text.empty() || !word.after.empty()) out.push_back(std::move(word));
    i = end;
  }
  return out;
}

}  // namespace jvom::io::extract
