#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jvom/headcount.hpp"
#include "jvom/io/extract/sentences.hpp"
#include "jvom/text/count.hpp"
#include "jvom/text/number_words.hpp"

/// People a sentence counts: a number, a few words that qualify them, and a word for a person in a role
/// ("vier militairen", "één Imagery Intelligence analist", "een vijfde staffunctionaris", "drie tot vier
/// stafofficieren"). Numbers of anything else (ships, attacks, weeks, years, euros, Kamerstuk numbers)
/// are not followed by such a word, and so are not counted.
namespace jvom::io::extract {

/// Who a count of people is of (what the text says of them; not `jvom::Category`, which has no unknown). `civil_police` is annex 2's merged column ("civiele- en politiefunctionarissen");
/// `everyone` a count of every category at once ("3393 militairen, civiele experts en politiefunctionarissen").
enum class Who { unknown, military, civil, police, civil_police, everyone };

/// A count of people found in a sentence, the words it spans, and how it was read.
struct PeopleCount {
  Headcount value = 0;
  Who category = Who::unknown;
  std::size_t first_word = 0, last_word = 0;
  bool ordinal = false;     ///< "een vijfde staffunctionaris": the fifth post
  bool range = false;       ///< "drie tot vier": `value` is the lower bound
  bool additional = false;  ///< "nog eens vier": more people than those counted before
};

namespace detail::people {

struct Role {
  std::string_view suffix;  // the noun ends so: "staffunctionaris" is a functionaris
  Who category;
};

// Nouns for a person in a role, singular and plural, by how they end; the category where the noun says it.
// A commander ("commandant") is not among them: the text names the commanders of multinational staffs
// whose people annex 2 counts in another row (a ship's crew), so counting them would raise false alarms.
inline constexpr std::array<Role, 34> roles{{
    {"politiefunctionarissen", Who::police}, {"politiefunctionaris", Who::police},
    {"politieagenten", Who::police},         {"politieagent", Who::police},
    {"rechercheurs", Who::police},           {"rechercheur", Who::police},
    {"staffunctionarissen", Who::military},  {"staffunctionaris", Who::military},
    {"functionarissen", Who::unknown},       {"functionaris", Who::unknown},
    {"officieren", Who::military},           {"officier", Who::military},
    {"militairen", Who::military},           {"militair", Who::military},
    {"mariniers", Who::military},            {"marinier", Who::military},
    {"waarnemers", Who::military},           {"waarnemer", Who::military},
    {"observers", Who::military},            {"observer", Who::military},
    {"instructeurs", Who::unknown},          {"instructeur", Who::unknown},
    {"trainers", Who::unknown},              {"trainer", Who::unknown},
    {"adviseurs", Who::unknown},             {"adviseur", Who::unknown},
    {"analisten", Who::unknown},             {"analist", Who::unknown},
    {"experts", Who::civil},                 {"expert", Who::civil},
    {"deskundigen", Who::civil},             {"deskundige", Who::civil},
    {"diplomaten", Who::civil},              {"diplomaat", Who::civil},
}};

inline std::optional<Who> role_of(const std::string& lower) {
  for (const Role& r : roles)
    if (lower.ends_with(r.suffix)) {
      // The start of a compound may say more: "politie", "staf".
      const std::string_view head = std::string_view(lower).substr(0, lower.size() - r.suffix.size());
      if (head.starts_with("politie")) return Who::police;
      if (head.starts_with("staf") || head.starts_with("militair")) return Who::military;
      return r.category;
    }
  return std::nullopt;
}

// Words that qualify a person and say the category: "militaire stafofficier", "politiek adviseur".
inline std::optional<Who> qualifier_of(const std::string& lower) {
  if (lower == "militair" || lower == "militaire") return Who::military;
  if (lower == "civiel" || lower == "civiele" || lower == "civiel-" || lower == "civiele-") return Who::civil;
  if (lower == "politiek" || lower == "politieke") return Who::civil;  // a political adviser is a diplomat
  if (lower == "politie" || lower == "politiële" || lower == "politionele") return Who::police;
  return std::nullopt;
}

// Words that end the search for a role after a number: it is not a count of people then.
inline bool stops(const std::string& lower) {
  static constexpr std::array<std::string_view, 22> words{
      "en",   "of",   "van", "voor", "aan", "in",  "op", "bij", "met",  "de",  "het",
      "een",  "die",  "dat", "tot",  "uit", "te",  "om", "als", "naar", "per", "door"};
  for (const std::string_view w : words)
    if (lower == w) return true;
  return false;
}

// A word that says the people are not Dutch: "Afghaanse militairen", "lokale agenten", "militairen uit Ghana".
inline bool capitalised(const Word& w) {
  return !w.text.empty() && ((w.text[0] >= 'A' && w.text[0] <= 'Z') || static_cast<unsigned char>(w.text[0]) >= 0xC3);
}
inline bool foreign(const Word& w) {
  const std::string& lower = w.lower;
  if (lower == "nederlandse" || lower == "nederlands") return false;
  if (lower == "lokale" || lower == "buitenlandse" || lower == "internationale" || lower == "andere" ||
      lower.starts_with("partner"))
    return true;
  return capitalised(w) && (lower.ends_with("se") || lower.ends_with("sche"));  // Afghaanse, Iraakse, Somalische
}

// "minder dan tien", "ten hoogste tien", "tot tien": a bound from above, not a count.
inline bool bounded_above(const std::vector<Word>& ws, std::size_t w) {
  if (w >= 1 && (ws[w - 1].lower == "tot" || ws[w - 1].lower == "hoogstens" || ws[w - 1].lower == "maximaal"))
    return true;
  return w >= 2 && ((ws[w - 2].lower == "minder" && ws[w - 1].lower == "dan") ||
                    (ws[w - 2].lower == "ten" && ws[w - 1].lower == "hoogste"));
}

inline Who combine(Who a, Who b) {
  if (a == Who::unknown) return b;
  if (b == Who::unknown || a == b) return a;
  const bool a_cp = a == Who::civil || a == Who::police || a == Who::civil_police;
  const bool b_cp = b == Who::civil || b == Who::police || b == Who::civil_police;
  if (a_cp && b_cp) return Who::civil_police;
  return Who::everyone;
}

// A number at word `w`: digits ("3393", "1.481"), a number word ("vier"), "een"/"één" (one, if a role
// follows), "een dozijn" / "een half dozijn", an ordinal ("vijfde", after "een" or "de"). Sets `next` to
// the word after it.
struct Number {
  Headcount value = 0;
  bool ordinal = false;
  bool article = false;  // "een": one only if a role follows right away
  std::size_t next = 0;
};

inline std::optional<Number> number_at(const std::vector<Word>& ws, std::size_t w) {
  const std::string& lower = ws[w].lower;
  const auto next_is = [&](std::size_t k, std::string_view s) { return w + k < ws.size() && ws[w + k].lower == s; };
  if (lower == "een" || lower == "één" || lower == "eén") {
    if (next_is(1, "dozijn")) return Number{12, false, false, w + 2};
    if (next_is(1, "half") && next_is(2, "dozijn")) return Number{6, false, false, w + 3};
    if (w + 1 < ws.size())
      if (const auto o = text::ordinal_word(ws[w + 1].lower)) return Number{*o, true, false, w + 2};
    return Number{1, false, lower == "een", w + 1};
  }
  if (const auto n = text::cardinal_word(lower)) return Number{*n, false, false, w + 1};
  if (!lower.empty() && ext::is_digit(lower[0]) && ws[w].after.find(':') == std::string_view::npos) {
    if (const auto n = text::parse_count(ws[w].text)) return Number{*n, false, false, w + 1};
  }
  return std::nullopt;
}

}  // namespace detail::people

/// The counts of people in `ws`, in word order. The article "een" counts one only when a role follows it
/// at once or after its qualifiers ("een militair adviseur"), not after other words ("een bescheiden
/// bijdrage"). A count followed by more categories without numbers of their own ("3393 militairen,
/// civiele experts en politiefunctionarissen") counts them all.
[[nodiscard]] inline std::vector<PeopleCount> people_counts(const std::vector<Word>& ws) {
  namespace pp = detail::people;
  std::vector<PeopleCount> out;
  for (std::size_t w = 0; w < ws.size(); ++w) {
    auto number = pp::number_at(ws, w);
    if (!number) continue;
    PeopleCount count;
    count.value = number->value;
    count.ordinal = number->ordinal;
    count.first_word = w;
    count.additional = w >= 2 && ws[w - 2].lower == "nog" && ws[w - 1].lower == "eens";
    std::size_t k = number->next;
    // "drie tot vier", "drie à vier", "drie-vier": a range, read as its lower bound.
    if (k + 1 < ws.size() && (ws[k].lower == "tot" || ws[k].lower == "à" || ws[k].lower == "a") &&
        pp::number_at(ws, k + 1) && !number->article) {
      count.range = true;
      k = pp::number_at(ws, k + 1)->next;
    }
    // A year is not a count: "In 2024 waren Nederlandse trainers ...".
    const bool digits = ext::is_digit(ws[w].lower.front());
    if (digits && number->value >= 1900 && number->value <= 2100) continue;
    if (pp::bounded_above(ws, w)) continue;
    // Words between the number and the role: names and adjectives ("één Imagery Intelligence analist").
    const std::size_t max_skipped = digits ? 1 : 2;
    Who qualifiers = Who::unknown;
    bool coordinated = false;
    std::optional<Who> role;
    std::size_t role_word = 0;
    for (std::size_t skipped = 0; k < ws.size() && skipped <= max_skipped; ++k) {
      const std::string& lower = ws[k].lower;
      // "militair" is the noun only at the end of its phrase: "één militair", not "een militair adviseur".
      const bool adjective = lower == "militair" && ws[k].after.empty() && k + 1 < ws.size() && !pp::stops(ws[k + 1].lower);
      if (const auto r = adjective ? std::optional<Who>{} : pp::role_of(lower)) {
        role = r;
        role_word = k;
        // "één militair genderadviseur": the first role word qualifies the second, the noun.
        if (k + 1 < ws.size() && ws[k].after.empty() && pp::role_of(ws[k + 1].lower)) {
          qualifiers = pp::combine(qualifiers, *r);
          continue;
        }
        break;
      }
      if (const auto q = pp::qualifier_of(lower)) {
        qualifiers = pp::combine(qualifiers, *q);
        // "civiele- en politiefunctionarissen": the dash carries the noun over the "en".
        if (lower.ends_with("-") && k + 1 < ws.size() && (ws[k + 1].lower == "en" || ws[k + 1].lower == "of")) {
          coordinated = true;
          ++k;
        }
        continue;
      }
      if (pp::stops(lower) || pp::number_at(ws, k) || !ws[k].after.empty() || number->article) {
        if (number->article && skipped < max_skipped && !pp::stops(lower) && ws[k].after.empty() &&
            !pp::number_at(ws, k)) {  // "een Nederlandse commandant": one qualifier may come between
          ++skipped;
          continue;
        }
        break;
      }
      ++skipped;
    }
    if (!role) continue;
    // Not Dutch: a foreign qualifier between number and role, or "uit" a place after the role.
    bool not_dutch = false;
    for (std::size_t q = number->next; q < role_word; ++q) not_dutch |= pp::foreign(ws[q]);
    if (role_word + 2 < ws.size() && ws[role_word + 1].lower == "uit" && pp::capitalised(ws[role_word + 2]) &&
        ws[role_word + 2].lower != "nederland")
      not_dutch = true;
    if (not_dutch) {
      w = role_word;
      continue;
    }
    count.last_word = role_word;
    // The qualifier says the category where the noun does not, and the noun's compound where it does.
    Who category = *role == Who::unknown ? qualifiers
                        : qualifiers == Who::unknown ? *role
                        : (*role == Who::civil && qualifiers != Who::unknown) ? qualifiers
                                                                                         : *role;
    if (qualifiers == Who::civil_police || coordinated) category = pp::combine(qualifiers, *role);
    // More categories after it without numbers: "3393 militairen, civiele experts en politiefunctionarissen".
    for (std::size_t j = role_word; j + 1 < ws.size();) {
      const bool joined = ws[j].after.starts_with(",") || ws[j + 1].lower == "en";
      if (!joined) break;
      std::size_t m = ws[j + 1].lower == "en" ? j + 2 : j + 1;
      if (m < ws.size() && ws[m].lower == "en") ++m;
      std::optional<Who> next;
      Who q = Who::unknown;
      std::size_t e = m;
      for (; e < ws.size() && e < m + 3; ++e) {
        if (pp::number_at(ws, e)) break;
        if (const auto r = pp::role_of(ws[e].lower)) {
          next = r;
          break;
        }
        if (const auto qq = pp::qualifier_of(ws[e].lower)) q = pp::combine(q, *qq);
      }
      if (!next) break;
      category = pp::combine(category, q == Who::unknown ? *next : (*next == Who::civil ? q : *next));
      count.last_word = e;
      j = e;
    }
    count.category = category;
    out.push_back(count);
    w = count.last_word;
  }
  return out;
}

}  // namespace jvom::io::extract
