#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

/// List numbers as a word processor prints them: counters by level, each level restarting the ones
/// below it, and the formats a number takes ("3", "c", "III"). Word's numbering and ODF's outline and
/// list numbering both count so; each reader reads its own definitions.
namespace jvom::office::detail {

enum class NumberFormat { decimal, decimal_zero, lower_letter, upper_letter, lower_roman, upper_roman, none };

/// Word's `w:numFmt`.
[[nodiscard]] inline NumberFormat word_format(std::string_view f) {
  if (f == "decimal" || f.empty()) return NumberFormat::decimal;
  if (f == "decimalZero") return NumberFormat::decimal_zero;
  if (f == "lowerLetter") return NumberFormat::lower_letter;
  if (f == "upperLetter") return NumberFormat::upper_letter;
  if (f == "lowerRoman") return NumberFormat::lower_roman;
  if (f == "upperRoman") return NumberFormat::upper_roman;
  return NumberFormat::none;  // bullet, none, and scripts this reader does not print
}

/// ODF's `style:num-format`.
[[nodiscard]] inline NumberFormat odf_format(std::string_view f) {
  if (f == "1") return NumberFormat::decimal;
  if (f == "a") return NumberFormat::lower_letter;
  if (f == "A") return NumberFormat::upper_letter;
  if (f == "i") return NumberFormat::lower_roman;
  if (f == "I") return NumberFormat::upper_roman;
  return NumberFormat::none;
}

[[nodiscard]] inline std::string format_number(long n, NumberFormat f) {
  switch (f) {
    case NumberFormat::decimal: return std::to_string(n);
    case NumberFormat::decimal_zero: return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
    case NumberFormat::lower_letter:
    case NumberFormat::upper_letter: {  // a..z, then aa..zz, as both print
      if (n < 1) return std::to_string(n);
      const char first = f == NumberFormat::lower_letter ? 'a' : 'A';
      return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), static_cast<char>(first + (n - 1) % 26));
    }
    case NumberFormat::lower_roman:
    case NumberFormat::upper_roman: {
      if (n < 1 || n > 3999) return std::to_string(n);
      static constexpr std::array<std::pair<int, const char*>, 13> numerals{{{1000, "m"}, {900, "cm"}, {500, "d"},
          {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}};
      std::string out;
      for (const auto& [value, text] : numerals)
        for (; n >= value; n -= value) out += text;
      if (f == NumberFormat::upper_roman)
        for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
      return out;
    }
    case NumberFormat::none: return {};
  }
  return {};
}

/// One list's counters, levels 0 to 9.
class LevelCounters {
 public:
  static constexpr int levels = 10;

  /// The next item at `level`: its counter goes on, or starts at `start`; the levels below restart.
  void advance(int level, long start) {
    if (level < 0 || level >= levels) return;
    value_[static_cast<std::size_t>(level)] = set_[static_cast<std::size_t>(level)] ? value_[static_cast<std::size_t>(level)] + 1 : start;
    set_[static_cast<std::size_t>(level)] = true;
    for (std::size_t k = static_cast<std::size_t>(level) + 1; k < levels; ++k) set_[k] = false;
  }
  /// Makes `level` start again (at its start value) at its next item.
  void restart(int level) {
    if (level >= 0 && level < levels) set_[static_cast<std::size_t>(level)] = false;
  }
  /// The counter at `level`, or `start` when no item there has been counted since it (re)started.
  [[nodiscard]] long at(int level, long start) const {
    if (level < 0 || level >= levels) return start;
    return set_[static_cast<std::size_t>(level)] ? value_[static_cast<std::size_t>(level)] : start;
  }

 private:
  std::array<long, levels> value_{};
  std::array<bool, levels> set_{};
};


}  // namespace jvom::office::detail
