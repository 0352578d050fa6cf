#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "jvom/ext/characters.hpp"
#include "jvom/office/list_numbers.hpp"
#include "jvom/office/xml.hpp"

/// Word's list numbering (`word/numbering.xml`), computed as Word prints it: a paragraph's list (`w:numId`)
/// points to an abstract definition whose levels give a start, a format and a text ("%1.%2."); lists that
/// share a definition count together, a list's `w:startOverride` restarts a level where it is first used.
namespace jvom::office::detail::docx {

/// A paragraph's list and level (`w:numPr`); the level may be left to the style.
struct ListRef {
  std::string list;  // w:numId; "0" is none
  std::optional<int> level;
};

[[nodiscard]] inline std::optional<int> int_value(std::string_view s) {
  const bool negative = s.starts_with('-');
  if (negative) s.remove_prefix(1);
  if (s.empty() || s.size() > 9) return std::nullopt;
  int v = 0;
  for (const char c : s) {
    if (!ext::is_digit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return negative ? -v : v;
}

class Numbering {
 public:
  void read(const pugi::xml_document& numbering) {
    for (const pugi::xml_node n : xml::child(numbering, "numbering").children()) {
      const std::string_view name = xml::local_name(n);
      if (name == "abstractNum") {
        Definition& d = definitions_[std::string(xml::attribute(n, "abstractNumId"))];
        for (const pugi::xml_node lvl : n.children()) {
          if (xml::local_name(lvl) != "lvl") continue;
          const auto i = int_value(xml::attribute(lvl, "ilvl"));
          if (!i || *i < 0 || *i >= LevelCounters::levels) continue;
          Level& level = d.levels[static_cast<std::size_t>(*i)];
          level.start = int_value(xml::attribute(xml::child(lvl, "start"), "val")).value_or(0);
          level.format = word_format(xml::attribute(xml::child(lvl, "numFmt"), "val"));
          level.text = xml::attribute(xml::child(lvl, "lvlText"), "val");
          level.legal = static_cast<bool>(xml::child(lvl, "isLgl"));
          level.style = xml::attribute(xml::child(lvl, "pStyle"), "val");
        }
      } else if (name == "num") {
        List& list = lists_[std::string(xml::attribute(n, "numId"))];
        list.definition = xml::attribute(xml::child(n, "abstractNumId"), "val");
        for (const pugi::xml_node o : n.children()) {
          if (xml::local_name(o) != "lvlOverride") continue;
          const auto i = int_value(xml::attribute(o, "ilvl"));
          const auto start = int_value(xml::attribute(xml::child(o, "startOverride"), "val"));
          if (i && start && *i >= 0 && *i < LevelCounters::levels) list.overrides[*i] = *start;
        }
      }
    }
  }

  /// The number a paragraph in list `ref` (of style `style`) prints, counting it; empty when it prints none.
  std::string next(const ListRef& ref, std::string_view style) {
    const auto list = lists_.find(ref.list);
    if (list == lists_.end()) return {};
    const auto definition = definitions_.find(list->second.definition);
    if (definition == definitions_.end()) return {};
    const Definition& d = definition->second;
    int level = ref.level.value_or(-1);
    if (level < 0)  // the level whose w:pStyle is the paragraph's style, as Word finds it
      for (int i = 0; i < LevelCounters::levels && level < 0; ++i)
        if (!style.empty() && d.levels[static_cast<std::size_t>(i)].style == style) level = i;
    if (level < 0 || level >= LevelCounters::levels) level = 0;

    LevelCounters& counters = counters_[list->second.definition];
    if (started_.insert(ref.list).second)
      for (const auto& [i, start] : list->second.overrides) counters.restart(i);
    counters.advance(level, start_of(list->second, d, level));

    const Level& shown = d.levels[static_cast<std::size_t>(level)];
    std::string out;
    const std::string_view text = shown.text;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
        const int k = text[i + 1] - '1';
        const Level& of = d.levels[static_cast<std::size_t>(k)];
        out += format_number(counters.at(k, start_of(list->second, d, k)),
                             shown.legal ? NumberFormat::decimal : of.format);
        ++i;
      } else {
        out += text[i];
      }
    }
    return shown.format == NumberFormat::none ? std::string{} : out;
  }

 private:
  struct Level {
    long start = 0;
    NumberFormat format = NumberFormat::decimal;
    std::string text;
    bool legal = false;
    std::string style;
  };
  struct Definition {
    std::array<Level, LevelCounters::levels> levels{};
  };
  struct List {
    std::string definition;
    std::map<int, long> overrides;
  };

  static long start_of(const List& list, const Definition& d, int level) {
    const auto o = list.overrides.find(level);
    return o != list.overrides.end() ? o->second : d.levels[static_cast<std::size_t>(level)].start;
  }

  std::map<std::string, Definition> definitions_;
  std::map<std::string, List> lists_;
  std::map<std::string, LevelCounters> counters_;  // by definition: lists that share one count together
  std::set<std::string> started_;
};

}  // namespace jvom::office::detail::docx
