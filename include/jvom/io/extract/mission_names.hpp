#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jvom/ext/characters.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/extract/sentences.hpp"
#include "jvom/mission_key.hpp"
#include "jvom/report.hpp"

/// Which annex rows a heading or a sentence of the narrative speaks of.
///
/// The rows' names are matched as the join matches them (`mission_key`, case ignored), and also by the
/// forms the report writes them in (the one table of aliases, all derived, none typed in for one edition):
/// - the parts of a name: "Early Forward Presence/SOLE" is also "Early Forward Presence" and "SOLE";
///   "EMASoH-AGENOR" also "EMASoH" (a dash between two capitalised parts);
/// - the name without the organisation in front: "EUNAVFOR Atalanta" is also "Atalanta", "HQ CENTCOM"
///   "CENTCOM", "Operatie Poseidon Archer" "Poseidon Archer";
/// - the initials of a name of capitalised words, three letters or more: "Operatie Poseidon Archer" is
///   "OPA", "Early Forward Presence" "EFP";
/// - an abbreviation the text introduces after a form: "Operatie Prosperity Guardian (OPG)".
/// A form that would name two missions names neither. A heading names a mission when one of its parts
/// (before a bracket; "OSC, voorheen USSC" has two) is a form, or starts with one word for word.
namespace jvom::io::extract {

/// The rows a piece of text is about: annex 1's and annex 2's printed names (empty where that annex has
/// no row for it). Annex 1 and annex 2 may name one mission differently ("EMASoH-AGENOR", "EMASOH (t/m
/// juni 2024)"): a heading that matches both ties to both.
struct NamedRows {
  std::string_view annex1;
  std::string_view annex2;

  [[nodiscard]] bool empty() const noexcept { return annex1.empty() && annex2.empty(); }
  friend bool operator==(const NamedRows&, const NamedRows&) = default;
};

/// Where a sentence names a mission: the words [first, last] and the rows.
struct Mention {
  std::size_t first_word = 0, last_word = 0;
  NamedRows rows;
};

class MissionNames {
 public:
  MissionNames(const Report& report, const doc::Document& document) {
    for (const PersonnelRow& row : report.annex2) add_rows({{}, row.mission});
    for (const MandateRow& row : report.annex1) add_rows({row.mission, {}});
    for (std::size_t m = 0; m < missions_.size(); ++m) {
      const std::string_view key = mission_key(missions_[m].annex2.empty() ? missions_[m].annex1 : missions_[m].annex2);
      add_forms_of(key, m);
      if (!missions_[m].annex1.empty() && !missions_[m].annex2.empty()) add_forms_of(mission_key(missions_[m].annex1), m);
    }
    harvest_abbreviations(document);
    index();
  }

  /// The rows a heading's title names, if any.
  [[nodiscard]] NamedRows of_heading(std::string_view title) const {
    NamedRows out;
    std::string_view key = mission_key(title);
    while (!key.empty()) {  // "OSC, voorheen USSC": each part
      const std::size_t comma = key.find(',');
      std::string_view part = ext::trim(key.substr(0, comma));
      key = comma == std::string_view::npos ? std::string_view{} : key.substr(comma + 1);
      for (const std::string_view lead : {"voorheen ", "eerder ", "thans ", "nu ", "ook "})
        if (ext::istarts_with(part, lead)) part = ext::trim(part.substr(lead.size()));
      // The part itself, or its first words: "Early Forward Presence Nederlandse SOF".
      const std::vector<Word> ws = words(part);
      for (std::size_t n = ws.size(); n >= 1; --n) {
        const std::string_view head = part.substr(0, ws[n - 1].offset + ws[n - 1].text.size());
        if (const Form* form = find(head); form != nullptr && !form->ambiguous) merge(out, form->rows);
      }
    }
    return out;
  }

  /// Every mention of a mission in `words`, longest first where two overlap, in word order.
  [[nodiscard]] std::vector<Mention> mentions(const std::vector<Word>& words) const {
    std::vector<Mention> out;
    for (std::size_t w = 0; w < words.size();) {
      std::size_t best_length = 0;
      const Form* best = nullptr;
      const auto range = by_first_word_.equal_range(first_word_key(words[w].lower));
      for (auto it = range.first; it != range.second; ++it) {
        const Form& form = forms_[it->second];
        const std::size_t n = form.words.size();
        if (form.ambiguous || w + n > words.size() || n <= best_length) continue;
        bool match = true;
        for (std::size_t k = 0; k < n && match; ++k) match = word_matches(words[w + k], form, k, k + 1 == n);
        if (match) {
          best_length = n;
          best = &form;
        }
      }
      if (best == nullptr) {
        ++w;
        continue;
      }
      out.push_back({w, w + best_length - 1, best->rows});
      w += best_length;
    }
    return out;
  }

 private:
  struct Form {
    std::string text;
    std::vector<std::string> words;  // lower case
    bool exact_case = false;         // short capitals ("OSC", "UNC"): only as written
    NamedRows rows;
    bool ambiguous = false;
  };

  std::vector<NamedRows> missions_;  // rows joined by the join rule
  std::vector<Form> forms_;
  std::unordered_map<std::string, std::size_t> by_text_;  // folded text: the form
  std::unordered_multimap<std::string, std::size_t> by_first_word_;

  static std::string folded(std::string_view text) { return detail::lower_ascii(text); }
  const Form* find(std::string_view text) const {
    const auto it = by_text_.find(folded(text));
    return it == by_text_.end() ? nullptr : &forms_[it->second];
  }

  static void merge(NamedRows& into, const NamedRows& rows) {
    if (into.annex1.empty()) into.annex1 = rows.annex1;
    if (into.annex2.empty()) into.annex2 = rows.annex2;
  }

  void add_rows(NamedRows rows) {
    const std::string_view name = rows.annex1.empty() ? rows.annex2 : rows.annex1;
    for (NamedRows& m : missions_)
      if (same_mission(m.annex1.empty() ? m.annex2 : m.annex1, name)) {
        merge(m, rows);
        return;
      }
    missions_.push_back(rows);
  }

  static bool capitalised(std::string_view w) {
    return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC3);
  }

  // Two sets of rows one form may name together: no annex names two different rows.
  static bool compatible(const NamedRows& a, const NamedRows& b) {
    return (a.annex1.empty() || b.annex1.empty() || a.annex1 == b.annex1) &&
           (a.annex2.empty() || b.annex2.empty() || a.annex2 == b.annex2);
  }

  void add_form(std::string_view text, std::size_t mission) { add_form(text, missions_[mission]); }
  void add_form(std::string_view text, const NamedRows& rows) {
    text = ext::trim(text);
    if (text.size() < 3) return;
    if (const auto it = by_text_.find(folded(text)); it != by_text_.end()) {
      Form& f = forms_[it->second];
      if (compatible(f.rows, rows))
        merge(f.rows, rows);
      else
        f.ambiguous = true;
      return;
    }
    Form form;
    form.text = std::string(text);
    form.rows = rows;
    bool all_capitals = text.size() <= 5;
    for (const char c : text) all_capitals &= (c >= 'A' && c <= 'Z') || ext::is_digit(c);
    form.exact_case = all_capitals;
    for (const Word& w : words(text)) form.words.push_back(w.lower);
    if (form.words.empty()) return;
    by_text_.emplace(folded(text), forms_.size());
    forms_.push_back(std::move(form));
  }

  void add_forms_of(std::string_view key, std::size_t mission) {
    add_form(key, mission);
    std::vector<std::string_view> parts;
    for (std::string_view rest = key; !rest.empty();) {  // "Early Forward Presence/SOLE"
      const std::size_t slash = rest.find('/');
      parts.push_back(ext::trim(rest.substr(0, slash)));
      rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
    }
    if (parts.size() == 1) {  // "EMASoH-AGENOR": a dash between capitalised parts
      const std::size_t dash = key.find('-');
      if (dash != std::string_view::npos && dash + 1 < key.size() && capitalised(key.substr(dash + 1)) &&
          key.find(' ') == std::string_view::npos) {
        parts = {key.substr(0, dash), key.substr(dash + 1)};
      }
    }
    for (const std::string_view part : parts) {
      if (parts.size() > 1) add_form(part, mission);
      // Without the organisation in front.
      for (const std::string_view org : {"EUNAVFOR ", "EUFOR ", "EUTM ", "EUCAP ", "EUMAM ", "EUBAM ", "EULEX ",
                                         "Operatie ", "Operation ", "HQ ", "NAVO-missie ", "VN-missie "})
        if (part.starts_with(org) && part.size() > org.size() + 3) add_form(part.substr(org.size()), mission);
      // The initials of a name of capitalised words.
      std::string initials;
      bool all_capitalised = true;
      std::size_t count = 0;
      for (const Word& w : words(part)) {
        all_capitalised &= capitalised(w.text);
        initials += w.text.empty() ? '?' : w.text[0];
        ++count;
      }
      if (all_capitalised && count >= 3) add_form(initials, mission);
    }
  }

  // "Operatie Prosperity Guardian (OPG)": the abbreviation in brackets after a form of a mission.
  void harvest_abbreviations(const doc::Document& document) {
    const auto scan = [&](const doc::Paragraph& p) {
      const std::vector<Word> ws = words(p.text);
      for (std::size_t i = 1; i < ws.size(); ++i) {
        if (!ws[i].opens_bracket || !ws[i].after.starts_with(")")) continue;
        std::string_view abbreviation = ws[i].text;
        for (const std::string_view possessive : {"\xE2\x80\x99s", "'s"})
          if (abbreviation.ends_with(possessive)) abbreviation.remove_suffix(possessive.size());
        std::size_t capitals = 0;
        for (const char c : abbreviation) capitals += c >= 'A' && c <= 'Z';
        if (capitals < 2 || abbreviation.size() > 12) continue;
        for (std::size_t k = std::min<std::size_t>(i, 6); k >= 1; --k) {
          const std::size_t from = i - k;
          const std::string_view long_form = std::string_view(p.text).substr(
              ws[from].offset, ws[i - 1].offset + ws[i - 1].text.size() - ws[from].offset);
          if (const Form* form = find(long_form); form != nullptr && !form->ambiguous) {
            const NamedRows rows = form->rows;  // add_form may move the forms
            add_form(abbreviation, rows);
            break;
          }
        }
      }
    };
    for (const doc::Block& b : document.blocks)
      if (const auto* p = std::get_if<doc::Paragraph>(&b)) scan(*p);
  }

  static std::string first_word_key(const std::string& lower) {
    // A word may carry a compound or a possessive after the name: "UNIFIL-mandaat", "VPD’s".
    std::size_t end = lower.size();
    for (const std::string_view tail : {"-", "\xE2\x80\x99", "'"}) end = std::min(end, lower.find(tail));
    return lower.substr(0, end);
  }

  void index() {
    by_first_word_.clear();
    for (std::size_t f = 0; f < forms_.size(); ++f) by_first_word_.emplace(forms_[f].words.front(), f);
  }

  // Word `k` of `form` at `word`: equal, or (the last) followed by a compound or possessive.
  static bool word_matches(const Word& word, const Form& form, std::size_t k, bool last) {
    const std::string& expected = form.words[k];
    if (form.exact_case) {
      const std::string_view original = word.text.substr(0, std::min(word.text.size(), expected.size()));
      if (!ext::iequals(original, expected) || original != std::string_view(form.text).substr(0, original.size()))
        return false;
    }
    if (word.lower == expected) return true;
    if (!last) return false;
    if (word.lower.size() <= expected.size() || !word.lower.starts_with(expected)) return false;
    const std::string_view rest = std::string_view(word.lower).substr(expected.size());
    return rest.starts_with("-") || rest.starts_with("\xE2\x80\x99") || rest.starts_with("'");
  }
};

}  // namespace jvom::io::extract
