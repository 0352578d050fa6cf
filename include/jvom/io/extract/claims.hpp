#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jvom/claim.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/extract/annexes.hpp"
#include "jvom/io/extract/mission_names.hpp"
#include "jvom/io/extract/people.hpp"
#include "jvom/io/extract/sentences.hpp"
#include "jvom/owned_report.hpp"
#include "jvom/text/date.hpp"
#include "jvom/text/legal_basis.hpp"
#include "jvom/text/period.hpp"

/// The narrative's claims, sentence by sentence, each with the sentence, its line and the rule that made
/// it. The rules are few and explainable; where a sentence is unclear they make no claim, since a wrong
/// claim is a false alarm in front of a reader.
///
/// Sections: a numbered heading starts one, named by its number; a heading without a number ("Golfregio")
/// by its title; a heading that ends in "bijdrage" ("Militaire en civiele bijdrage") only says whose
/// contribution follows. Text after a `Break` (a heading Tika lost) belongs to no known mission: it is
/// cited as "after 2.5". The text below annex 2 is section "Bijlage 2".
///
/// A claim is about the mission the sentence names (the nearest after what it states, else before it),
/// else the section's (see `MissionNames`); about the report as a whole when neither names one and the
/// claim is of the report (a period, a total over the period). A claim of a mission no annex lists keeps
/// the name the text gives, for `narrative.unmatched_claim` to report.
///
/// The rules, by name (`Claim::rule`):
/// - `period`: "mei 2024 tot en met april 2025", "mei 2024 t/m april 2025".
/// - `deployed-in-period`: a count of people with a period and "ingezet" or "uitgezonden": annex 2's
///   deployed columns, of the mission or of the report.
/// - `none-deployed`: "geen VPD's ingezet": a deployed total of 0.
/// - `posts`: people in post at one time: an ordinal ("een vijfde staffunctionaris": five), or the
///   present tense of a contribution ("bestaat uit", "levert").
/// - `named`: people the text names over the period otherwise. Of one mission and category in one
///   section, the most any sentence names, or their sum where a sentence adds ("daarnaast", "nog eens").
///   A range ("drie tot vier") claims its lower bound. Sentences that hedge ("standaard", "doorgaans",
///   "kan", "voornemens") name nobody.
/// - `mandate-until`, `mission-ended`, `mandate-resolution`: a sentence on the mandate: extended "tot"
///   a date, the mission ended "per" a date, the resolution it cites.
/// - `framework-until`: the national framework ended or extended to a date.
/// - `contribution-until`, `contribution-ended`, `no-longer-since`, `since`: when the Dutch contribution
///   ended ("levert sinds 1 februari 2025 geen bijdrage meer") or began ("sinds april 2025"); a month
///   alone is its first day.
/// - `placeholder`: "XXX", "xx-xx-xxxx", "[PM]", a lone "…", anywhere in the text, cells and footnotes.
namespace jvom::io::extract {

namespace detail::claims {

using std::chrono::year_month_day;

// A date in the text at word `w`: "31 augustus 2025" (a day), or "april 2025" (a month: its first day).
struct TextDate {
  year_month_day day;
  bool month_only = false;
  std::size_t first_word = 0, next = 0;
};

inline std::optional<TextDate> date_at(const std::vector<Word>& ws, std::size_t w) {
  const auto year_at = [&](std::size_t k) -> std::optional<std::chrono::year> {
    if (k >= ws.size() || ws[k].text.size() != 4) return std::nullopt;
    const auto y = text::parse_year(ws[k].text);
    return y ? std::optional(*y) : std::nullopt;
  };
  const auto month_at = [&](std::size_t k) -> std::optional<std::chrono::month> {
    if (k >= ws.size()) return std::nullopt;
    const auto m = text::parse_month(ws[k].text);
    return m ? std::optional(*m) : std::nullopt;
  };
  if (w < ws.size() && !ws[w].text.empty() && ext::is_digit(ws[w].text[0]) && ws[w].text.size() <= 2) {
    const auto month = month_at(w + 1);
    const auto year = year_at(w + 2);
    if (month && year) {
      const unsigned day = static_cast<unsigned>(std::stoi(std::string(ws[w].text)));
      const year_month_day d{*year, *month, std::chrono::day{day}};
      if (d.ok()) return TextDate{d, false, w, w + 3};
    }
    return std::nullopt;
  }
  if (const auto month = month_at(w); month && !ws[w].text.empty() && !ext::is_digit(ws[w].text[0]))
    if (const auto year = year_at(w + 1)) return TextDate{{*year, *month, std::chrono::day{1}}, true, w, w + 2};
  return std::nullopt;
}

inline bool has_word(const std::vector<Word>& ws, std::string_view lower) {
  return std::any_of(ws.begin(), ws.end(), [&](const Word& w) { return w.lower == lower; });
}
inline bool has_word_containing(const std::vector<Word>& ws, std::string_view part) {
  return std::any_of(ws.begin(), ws.end(), [&](const Word& w) { return w.lower.find(part) != std::string::npos; });
}
inline bool has_any(const std::vector<Word>& ws, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words)
    if (has_word(ws, w)) return true;
  return false;
}

// A word that keeps a sentence from naming people: it speaks of a norm, a plan or a possibility.
inline bool hedges(const std::vector<Word>& ws) {
  return has_any(ws, {"standaard", "doorgaans", "gemiddeld", "gebruikelijk", "meestal", "kan", "kunnen", "zou",
                      "zouden", "voornemens", "maximaal", "minimaal", "ongeveer", "circa", "ca.", "ruim", "bijna",
                      "tenminste", "hoogstens", "mogelijk", "zal", "zullen", "gaat", "gaan", "beoogd", "gepland"});
}

// Training by the Dutch of others: "50 militairen uit de regio getraind" counts the trained, not the Dutch.
inline bool trains_others(const std::vector<Word>& ws) {
  return has_any(ws, {"getraind", "opgeleid", "trainde", "trainden", "traint", "trainen", "geschoold", "begeleid"});
}

// The present tense of a contribution: the people are in post now.
inline bool present_tense(const std::vector<Word>& ws) {
  return has_any(ws, {"bestaat", "bestaan", "levert", "leveren", "draagt", "dragen", "zet", "zetten", "werkt",
                      "werken"}) &&
         !has_any(ws, {"heeft", "hebben", "had", "hadden", "waren", "was", "droeg", "droegen", "leverde",
                       "leverden", "bestond", "stelde"});
}

// "mandaat", "VN-mandaat", "UNIFIL-mandaat": the sentence speaks of a mandate.
inline bool about_mandate(const std::vector<Word>& ws) {
  return std::any_of(ws.begin(), ws.end(), [](const Word& w) {
    return w.lower == "mandaat" || w.lower.ends_with("-mandaat") || w.lower == "mandaten";
  });
}
inline bool about_framework(const std::vector<Word>& ws) {
  for (std::size_t i = 0; i + 1 < ws.size(); ++i)
    if ((ws[i].lower == "nationaal" || ws[i].lower == "nationale") && ws[i + 1].lower.starts_with("kader"))
      return true;
  return false;
}

// The first date after one of `markers` ("tot", "per"): its value and whether "tot" (not "tot en met")
// preceded it. Dates of a span "van D tot D" are an episode, not an end: skipped.
struct MarkedDate {
  TextDate date;
  std::string_view marker;
};
inline std::optional<MarkedDate> date_after(const std::vector<Word>& ws, std::initializer_list<std::string_view> markers,
                                            bool allow_month = false) {
  for (std::size_t i = 0; i < ws.size(); ++i) {
    for (const std::string_view m : markers) {
      if (ws[i].lower != m) continue;
      std::size_t k = i + 1;
      if (m == "tot" && k + 1 < ws.size() && ws[k].lower == "en" && ws[k + 1].lower == "met") k += 2;
      const auto d = date_at(ws, k);
      if (!d || (d->month_only && !allow_month)) continue;
      if (m == "tot" && i >= 2 && (date_at(ws, i - 2) || (i >= 3 && date_at(ws, i - 3)))) continue;  // van D tot D
      return MarkedDate{*d, m};
    }
  }
  return std::nullopt;
}

inline EndDate end_on(const TextDate& d) { return EndDate::on(d.day); }

}  // namespace detail::claims

/// A claim before its text is kept: where it stands and what it says.
struct FoundClaim {
  ClaimField field = ClaimField::deployed_total;
  ClaimValue value{};
  NamedRows rows;             ///< the mission's rows, or none
  std::string mission_text;   ///< the name the text gives, where no annex lists it
  bool of_report = false;     ///< about the report as a whole
  std::string_view rule;
  bool additional = false;    ///< a named count that adds to the section's ("daarnaast")
};

/// What a sentence needs to be read: its words, the missions it names, and its section's.
struct SentenceContext {
  const std::vector<Word>& words;
  const std::vector<Mention>& mentions;
  NamedRows section_rows;
  std::string_view section_title;
  Who section_category = Who::unknown;  ///< from "Militaire bijdrage" above it
};

/// The mission nearest after word `at` in the sentence, else nearest before, else the section's.
[[nodiscard]] inline NamedRows rows_for(const SentenceContext& s, std::size_t at) {
  const Mention* best = nullptr;
  for (const Mention& m : s.mentions)
    if (m.first_word >= at && (best == nullptr || m.first_word < best->first_word)) best = &m;
  if (best == nullptr)
    for (const Mention& m : s.mentions)
      if (m.last_word < at && (best == nullptr || m.last_word > best->last_word)) best = &m;
  return best != nullptr ? best->rows : s.section_rows;
}

/// The claims one sentence makes (placeholders apart: see `placeholders`).
[[nodiscard]] inline std::vector<FoundClaim> claims_of(const SentenceContext& s) {
  namespace cl = detail::claims;
  const std::vector<Word>& ws = s.words;
  std::vector<FoundClaim> out;
  const auto mission_claim = [&](ClaimField field, ClaimValue value, std::size_t at, std::string_view rule) {
    FoundClaim c{field, value, rows_for(s, at), std::string(s.section_title), false, rule, false};
    out.push_back(std::move(c));
  };

  // The period.
  bool period_found = false;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const auto first = cl::date_at(ws, i);
    if (!first || !first->month_only) continue;
    std::size_t k = first->next;
    if (k < ws.size() && (ws[k].lower == "tot" || ws[k].lower == "t/m")) {
      const bool through = ws[k].lower == "t/m" ||
                           (k + 2 < ws.size() && ws[k + 1].lower == "en" && ws[k + 2].lower == "met");
      k += ws[k].lower == "tot" && through ? 3u : 1u;
      const auto last = cl::date_at(ws, k);
      if (!last || !last->month_only || !through) continue;
      const auto year_month_last = std::chrono::year_month_day_last{last->day.year(),
                                                                    std::chrono::month_day_last{last->day.month()}};
      if (std::chrono::sys_days(year_month_last) < std::chrono::sys_days(first->day)) continue;
      out.push_back({ClaimField::period, ReportingPeriod{first->day, std::chrono::year_month_day{year_month_last}}, {},
                     {}, true, "period", false});
      period_found = true;
      i = last->next - 1;
    }
  }

  const std::vector<PeopleCount> counts = people_counts(ws);
  const bool deployed_verb = cl::has_any(ws, {"ingezet", "uitgezonden"});
  const bool negated_contribution = [&] {
    for (std::size_t i = 0; i + 2 < ws.size(); ++i)
      if (ws[i].lower == "geen" && ws[i + 1].lower.starts_with("bijdrage") &&
          (ws[i + 2].lower == "meer" || (i + 3 < ws.size() && ws[i + 3].lower == "meer")))
        return true;
    return false;
  }();

  // Counts over the period: annex 2's deployed columns.
  if (period_found && deployed_verb) {
    for (const PeopleCount& c : counts) {
      if (c.ordinal || c.category == Who::unknown) continue;
      const ClaimField field = c.category == Who::military ? ClaimField::deployed_military
                               : c.category == Who::everyone    ? ClaimField::deployed_total
                                                                : ClaimField::deployed_civil;
      const NamedRows rows = rows_for(s, c.first_word);
      out.push_back({field, Headcount{c.value}, rows, {}, rows.empty(), "deployed-in-period", false});
    }
    return out;
  }

  // "geen VPD's ingezet".
  if (deployed_verb)
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
      if (ws[i].lower != "geen") continue;
      const auto m = std::find_if(s.mentions.begin(), s.mentions.end(),
                                  [&](const Mention& x) { return x.first_word == i + 1; });
      if (m != s.mentions.end()) out.push_back({ClaimField::deployed_total, Headcount{0}, m->rows, {}, false,
                                                "none-deployed", false});
    }

  // People in post, or named; of one field in one sentence, the counts add up ("twee stafofficieren en drie
  // waarnemers": five).
  if (!cl::hedges(ws)) {
    const bool police_subject = cl::has_word(ws, "politie");
    const bool present = cl::present_tense(ws);
    const bool adds = cl::has_any(ws, {"daarnaast", "bovendien", "eveneens", "aanvullend"});
    for (const PeopleCount& c : counts) {
      Who category = c.category;
      if (category == Who::unknown) category = s.section_category;
      if (police_subject && category == Who::civil) category = Who::police;
      if (category == Who::unknown || category == Who::everyone || category == Who::civil_police) continue;
      if (c.first_word > 0 && ws[c.first_word - 1].lower == "geen") continue;
      const bool explicitly_dutch = c.first_word + 1 < ws.size() && ws[c.first_word + 1].lower == "nederlandse";
      if (cl::trains_others(ws) && !explicitly_dutch) continue;
      const bool posts = c.ordinal || present;
      const ClaimField field =
          posts ? (category == Who::military ? ClaimField::posts_military
                   : category == Who::civil  ? ClaimField::posts_civil
                                                  : ClaimField::posts_police)
                : (category == Who::military ? ClaimField::named_military
                   : category == Who::civil  ? ClaimField::named_civil
                                                  : ClaimField::named_police);
      FoundClaim claim{field, Headcount{c.value}, rows_for(s, c.last_word), std::string(s.section_title), false,
                       posts ? "posts" : (c.range ? "named (range: lower bound)" : "named"),
                       !posts && (c.additional || adds)};
      const auto same = std::find_if(out.begin(), out.end(), [&](const FoundClaim& o) {
        return o.field == claim.field && o.rows == claim.rows && o.rule != "period";
      });
      if (same != out.end()) {
        std::get<Headcount>(same->value) += c.value;
        continue;
      }
      out.push_back(std::move(claim));
    }
  }

  // The mandate: its end and the resolution it rests on.
  if (cl::about_mandate(ws) && !cl::about_framework(ws)) {
    if (cl::has_word_containing(ws, "verleng") || cl::has_any(ws, {"loopt", "geldt", "eindigt", "afloopt"}))
      if (const auto d = cl::date_after(ws, {"tot", "t/m"}))
        mission_claim(ClaimField::mandate_end, cl::end_on(d->date), d->date.first_word, "mandate-until");
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
      if (!(ws[i].lower == "resolutie" || ws[i].lower.ends_with("-resolutie"))) continue;
      std::size_t k = i + 1;
      std::string numbers;
      while (k < ws.size() && !ws[k].text.empty() &&
             (ext::is_digit(ws[k].text[0]) || ((ws[k].lower == "en") && !numbers.empty()))) {
        numbers.append(numbers.empty() ? "" : " ").append(ws[k].text);
        if (!ws[k].after.empty() && ws[k].after != ",") break;
        ++k;
      }
      if (numbers.empty()) continue;
      if (numbers.ends_with(" en")) numbers.resize(numbers.size() - 3);
      const auto basis = text::parse_legal_basis("VNVR-resolutie " + numbers);
      if (basis && basis->kind() == LegalBasisKind::un_resolution)
        mission_claim(ClaimField::legal_basis, *basis, i, "mandate-resolution");
    }
  }
  if (cl::has_any(ws, {"missie", "operatie"}) && cl::has_word_containing(ws, "beëindig") &&
      !cl::has_word_containing(ws, "bijdrage") && !cl::about_framework(ws))
    if (const auto d = cl::date_after(ws, {"per", "op"}))
      mission_claim(ClaimField::mandate_end, cl::end_on(d->date), d->date.first_word, "mission-ended");

  // The national framework's end.
  if (cl::about_framework(ws) &&
      (cl::has_word_containing(ws, "beëindig") || cl::has_word_containing(ws, "verleng") || cl::has_word(ws, "loopt")))
    if (const auto d = cl::date_after(ws, {"per", "tot", "op"}))
      mission_claim(ClaimField::framework_end, cl::end_on(d->date), d->date.first_word, "framework-until");

  // The Dutch contribution: when it ended, or began.
  const bool about_contribution = cl::has_word_containing(ws, "bijdrage");
  if (negated_contribution) {
    if (const auto d = cl::date_after(ws, {"sinds", "vanaf", "per"}, true))
      mission_claim(ClaimField::contribution_end, cl::end_on(d->date), d->date.first_word, "no-longer-since");
  } else if (about_contribution && cl::has_word_containing(ws, "beëindig")) {
    if (const auto d = cl::date_after(ws, {"per", "op"}))
      mission_claim(ClaimField::contribution_end, cl::end_on(d->date), d->date.first_word, "contribution-ended");
  } else if (about_contribution && counts.empty() && cl::has_any(ws, {"loopt", "duurt", "verlengd"})) {
    if (const auto d = cl::date_after(ws, {"tot", "t/m"}))
      mission_claim(ClaimField::contribution_end, cl::end_on(d->date), d->date.first_word, "contribution-until");
  }
  if (!negated_contribution && !cl::has_word(ws, "geen") &&
      (cl::has_any(ws, {"levert", "leveren", "draagt", "dragen", "geplaatst", "ingezet", "stelt"}) ||
       about_contribution))
    if (const auto d = cl::date_after(ws, {"sinds", "vanaf"}, true))
      mission_claim(ClaimField::contribution_start, cl::end_on(d->date), d->date.first_word, "since");
  return out;
}

}  // namespace jvom::io::extract
