#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "jvom/error.hpp"
#include "jvom/language.hpp"

/// The message catalog: every text jvom writes for people, in English and in Dutch. What each check is
/// (its title and what it finds), the sentences and labels of the findings the catalog's checks raise,
/// and the headings and labels of every output format. English is the key, as with gettext: the checks
/// write their findings in English, and `translate` gives the Dutch. Text that is not here (a check of a
/// user's own) goes out as written; a test holds every catalog check and every output to having both.
namespace jvom {

/// A check's short title and what it finds, in both languages.
struct CheckText {
  std::string_view id;
  Phrase title;
  Phrase finds;
};

/// Every check jvom ships (and the acknowledgements' own), in catalog order.
inline constexpr std::array<CheckText, 33> check_texts{{
    {"totals.row_sum",
     {"Row total", "Rijtotaal"},
     {"a row's printed Totaal is not military + civil/police",
      "het gedrukte totaal van een rij is niet militair + civiel/politie"}},
    {"totals.column_sum",
     {"Column total", "Kolomtotaal"},
     {"a column of the printed Totaal row is not the sum of the rows",
      "een kolom van de gedrukte rij Totaal is niet de som van de rijen"}},
    {"totals.suspect_cells",
     {"Likely wrong cells", "Waarschijnlijk foute cellen"},
     {"when annex 2's sums disagree, the fewest cells whose correction makes them all hold (up to two)",
      "als de sommen van bijlage 2 niet kloppen, de minste cellen waarvan verbetering ze alle laat kloppen (tot twee)"}},
    {"totals.narrative",
     {"Total in the text", "Totaal in de tekst"},
     {"a total the text states is not what the rows add up to",
      "een totaal dat de tekst noemt is niet de som van de rijen"}},
    {"crossannex.duplicate",
     {"Mission listed twice", "Missie twee keer genoemd"},
     {"one annex lists a mission twice", "één bijlage noemt een missie twee keer"}},
    {"crossannex.similar_names",
     {"Almost the same name", "Bijna dezelfde naam"},
     {"a name in annex 1 only and one in annex 2 only are almost the same",
      "een naam die alleen bijlage 1 noemt en een die alleen bijlage 2 noemt zijn bijna gelijk"}},
    {"crossannex.missing_in_annex2",
     {"Missing from annex 2", "Ontbreekt in bijlage 2"},
     {"annex 1 lists a mission annex 2 does not", "bijlage 1 noemt een missie die bijlage 2 niet noemt"}},
    {"crossannex.missing_in_annex1",
     {"Missing from annex 1", "Ontbreekt in bijlage 1"},
     {"annex 2 lists a mission annex 1 does not (\"separate VGR\" rows excepted)",
      "bijlage 2 noemt een missie die bijlage 1 niet noemt (rijen met \"separate VGR\" uitgezonderd)"}},
    {"crossannex.region_differs",
     {"Another region", "Andere regio"},
     {"the annexes put a mission under different regions",
      "de bijlagen plaatsen een missie onder verschillende regio's"}},
    {"crossannex.spacing_differs",
     {"Other spacing", "Andere spaties"},
     {"the annexes print one mission's name with different spaces",
      "de bijlagen drukken de naam van één missie met andere spaties af"}},
    {"dates.no_reference_date",
     {"No reference date", "Geen peildatum"},
     {"no period to check dates against", "geen periode om de data aan te toetsen"}},
    {"dates.mandate_expired",
     {"Mandate expired", "Mandaat verlopen"},
     {"the mandate ended before the reference date while people were deployed",
      "het mandaat eindigde vóór de peildatum terwijl er personeel was ingezet"}},
    {"dates.framework_expired",
     {"Framework expired", "Nationaal kader verlopen"},
     {"the same for the national framework", "hetzelfde voor het nationale kader"}},
    {"dates.framework_outlives_mandate",
     {"Framework outlives mandate", "Kader loopt langer dan mandaat"},
     {"the national framework runs longer than its mandate", "het nationale kader loopt langer dan het mandaat"}},
    {"dates.implausible",
     {"Implausible date", "Onwaarschijnlijke datum"},
     {"a mandate or framework end more than 10 years (configurable) before or after the period",
      "een einde van mandaat of kader meer dan 10 jaar (instelbaar) vóór of na de periode"}},
    {"personnel.no_framework",
     {"No national framework", "Geen nationaal kader"},
     {"people deployed without a national framework", "personeel ingezet zonder nationaal kader"}},
    {"personnel.framework_unused",
     {"Framework unused", "Kader onbenut"},
     {"a framework with posts and nobody deployed", "een kader met plaatsen en niemand ingezet"}},
    {"personnel.rotation_exceeded",
     {"More people than rotations allow", "Meer personeel dan rotaties toelaten"},
     {"more military, or civil/police, than their cap x period months / shortest tour (3 and 12 months)",
      "meer militairen, of civiel/politie, dan hun kader x maanden van de periode / kortste uitzending (3 en 12 "
      "maanden)"}},
    {"personnel.civil_without_cap",
     {"Civil/police without a cap", "Civiel/politie zonder kader"},
     {"civil/police deployed without a civil/police cap", "civiel/politie ingezet zonder kader voor civiel/politie"}},
    {"narrative.period",
     {"Another period in the text", "Andere periode in de tekst"},
     {"the text states another reporting period", "de tekst noemt een andere rapportageperiode"}},
    {"narrative.count",
     {"Count not in the annex", "Aantal niet in de bijlage"},
     {"the text states a count the annex does not print", "de tekst noemt een aantal dat de bijlage niet vermeldt"}},
    {"narrative.date",
     {"End not in the annex", "Einde niet in de bijlage"},
     {"the text states an end the annex does not print", "de tekst noemt een einde dat de bijlage niet vermeldt"}},
    {"narrative.legal_basis",
     {"Legal basis not in the annex", "Rechtsbasis niet in de bijlage"},
     {"the text states a legal basis the annex does not print",
      "de tekst noemt een rechtsbasis die de bijlage niet vermeldt"}},
    {"narrative.posts_over_framework",
     {"More posts than the caps", "Meer plaatsen dan het kader"},
     {"the text puts more people in post at one time than the caps allow",
      "de tekst noemt meer mensen tegelijk op hun post dan het kader toelaat"}},
    {"narrative.named_over_deployed",
     {"More named than deployed", "Meer genoemd dan ingezet"},
     {"the text names more people over the period than annex 2 deployed",
      "de tekst noemt over de periode meer mensen dan bijlage 2 als ingezet telt"}},
    {"narrative.contribution_ended",
     {"Ended contribution with people", "Beëindigde bijdrage met personeel"},
     {"the text ends the contribution before the period, yet annex 2 counts people",
      "de tekst laat de bijdrage vóór de periode eindigen, maar bijlage 2 telt personeel"}},
    {"narrative.contribution_end",
     {"Contribution ends otherwise", "Bijdrage eindigt anders"},
     {"the text ends the contribution on another day than annex 1 its framework",
      "de tekst laat de bijdrage op een andere dag eindigen dan bijlage 1 het kader"}},
    {"narrative.placeholder",
     {"Text left to fill in", "Niet ingevulde tekst"},
     {"text left to fill in: \"Kamerstuk XXX\", \"[PM]\", \"xx-xx-xxxx\", a lone \"…\"",
      "tekst die nog ingevuld moest worden: \"Kamerstuk XXX\", \"[PM]\", \"xx-xx-xxxx\", een losse \"…\""}},
    {"narrative.unmatched_claim",
     {"Claim on an unlisted mission", "Bewering over een niet genoemde missie"},
     {"the text speaks of a mission the relevant annex does not list",
      "de tekst spreekt over een missie die de bijlage in kwestie niet noemt"}},
    {"un.over_framework",
     {"Over the framework by the UN's count", "Boven het kader volgens de VN"},
     {"a month in which the UN counts more of the mission's military, or police, than the framework allows",
      "een maand waarin de VN meer militairen, of politie, van de missie telt dan het kader toestaat"}},
    {"un.missing_in_annex2",
     {"UN mission missing from annex 2", "VN-missie ontbreekt in bijlage 2"},
     {"the UN counts Dutch personnel in a mission annex 2 does not list",
      "de VN telt Nederlands personeel in een missie die bijlage 2 niet noemt"}},
    {"un.above_deployed",
     {"Fewer deployed than the UN counts", "Minder ingezet dan de VN telt"},
     {"annex 2 counts fewer deployed over the period than the UN counts in one month",
      "bijlage 2 telt over de periode minder ingezet personeel dan de VN in één maand telt"}},
    {"acknowledgement.unused",
     {"Unused acknowledgement", "Ongebruikte erkenning"},
     {"an acknowledgement that matches no finding", "een erkenning die bij geen enkele bevinding hoort"}},
}};

/// The title and description of the check `id`, or nullptr for a check not in jvom's catalog.
[[nodiscard]] constexpr const CheckText* check_text(std::string_view id) noexcept {
  for (const CheckText& t : check_texts)
    if (t.id == id) return &t;
  return nullptr;
}

namespace detail {

// Every other text, by where it is written. Keep the English of a row exactly as the code writes it.
inline constexpr Phrase catalog_phrases[] = {
    // What a finding says is wrong.
    {"the same annex lists the mission twice", "dezelfde bijlage noemt de missie twee keer"},
    {"annex 1 lists a mission that annex 2 does not", "bijlage 1 noemt een missie die bijlage 2 niet noemt"},
    {"annex 2 lists a mission that annex 1 does not", "bijlage 2 noemt een missie die bijlage 1 niet noemt"},
    {"a name in annex 1 is this name extended: probably one mission",
     "een naam in bijlage 1 is deze naam met iets erachter: waarschijnlijk één missie"},
    {"names in the two annexes are almost the same: probably one mission",
     "de namen in de twee bijlagen zijn bijna gelijk: waarschijnlijk één missie"},
    {"the annexes list the mission under different regions", "de bijlagen noemen de missie onder verschillende regio's"},
    {"the annexes print the name with different spaces", "de bijlagen drukken de naam met andere spaties af"},
    {"no reporting period (report.csv or a period claim) to check dates against",
     "geen rapportageperiode (report.csv of een periode in de tekst) om de data aan te toetsen"},
    {"the mandate ended before the reporting period did, while people were deployed",
     "het mandaat eindigde vóór de rapportageperiode, terwijl er personeel was ingezet"},
    {"the national framework ended before the reporting period did, while people were deployed",
     "het nationale kader eindigde vóór de rapportageperiode, terwijl er personeel was ingezet"},
    {"the national framework outlives the mandate", "het nationale kader loopt langer dan het mandaat"},
    {"a date too far from the reporting period to be meant", "een datum te ver van de rapportageperiode om bedoeld te zijn"},
    {"the text states another reporting period", "de tekst noemt een andere rapportageperiode"},
    {"the text states a count that annex 2 does not print", "de tekst noemt een aantal dat bijlage 2 niet vermeldt"},
    {"the text states an end that annex 1 does not print", "de tekst noemt een einde dat bijlage 1 niet vermeldt"},
    {"the text states a legal basis that annex 1 does not print",
     "de tekst noemt een rechtsbasis die bijlage 1 niet vermeldt"},
    {"the text holds a placeholder where something was to be filled in",
     "de tekst bevat een opvulling waar nog iets ingevuld moest worden"},
    {"the claim's value is not of the kind its field needs",
     "de waarde van de bewering is niet van de soort die het veld vraagt"},
    {"the text states this of a mission that annex 1 does not list",
     "de tekst zegt dit van een missie die bijlage 1 niet noemt"},
    {"the text states this of a mission that annex 2 does not list",
     "de tekst zegt dit van een missie die bijlage 2 niet noemt"},
    {"the text states this of a mission that neither annex lists",
     "de tekst zegt dit van een missie die geen van beide bijlagen noemt"},
    {"the text says the contribution ended before the period, annex 2 counts people for it",
     "de tekst zegt dat de bijdrage vóór de periode eindigde, bijlage 2 telt er personeel voor"},
    {"the text dates the contribution's end otherwise than annex 1 its framework's",
     "de tekst dateert het einde van de bijdrage anders dan bijlage 1 het einde van het kader"},
    {"the text puts more military in post at one time than the framework allows",
     "de tekst noemt meer militairen tegelijk op hun post dan het kader toelaat"},
    {"the text puts more civil and police staff in post at one time than the framework allows",
     "de tekst noemt meer civiel en politiepersoneel tegelijk op hun post dan het kader toelaat"},
    {"the text names more military than annex 2 says were deployed",
     "de tekst noemt meer militairen dan bijlage 2 als ingezet telt"},
    {"the text names more civil and police staff than annex 2 says were deployed",
     "de tekst noemt meer civiel en politiepersoneel dan bijlage 2 als ingezet telt"},
    {"people were deployed without a national framework", "er was personeel ingezet zonder nationaal kader"},
    {"a national framework with posts, and nobody deployed", "een nationaal kader met plaatsen, en niemand ingezet"},
    {"more military deployed than rotations of military tours allow",
     "meer militairen ingezet dan rotaties van militaire uitzendingen toelaten"},
    {"more civil and police staff deployed than rotations of their tours allow",
     "meer civiel en politiepersoneel ingezet dan rotaties van hun uitzendingen toelaten"},
    {"civil or police personnel deployed without a civil/police cap",
     "civiel of politiepersoneel ingezet zonder kader voor civiel/politie"},
    {"the printed total is not military plus civil/police", "het gedrukte totaal is niet militair plus civiel/politie"},
    {"a printed total is not the sum of its column", "een gedrukt totaal is niet de som van zijn kolom"},
    {"the narrative states a total the rows do not add up to",
     "de tekst noemt een totaal dat niet de som van de rijen is"},
    {"an acknowledgement matches no finding", "een erkenning hoort bij geen enkele bevinding"},

    // What a finding's values are (the fields of claims among them).
    {"first listed", "eerst genoemd"},
    {"again", "nogmaals"},
    {"mission", "missie"},
    {"name", "naam"},
    {"edits apart", "aantal bewerkingen"},
    {"region", "regio"},
    {"reference date", "peildatum"},
    {"deployed", "ingezet"},
    {"deployed (under the similar name in annex 2)", "ingezet (onder de gelijkende naam in bijlage 2)"},
    {"mandate end", "einde mandaat"},
    {"framework end", "einde kader"},
    {"period", "periode"},
    {"reporting period", "rapportageperiode"},
    {"plausible from", "aannemelijk vanaf"},
    {"plausible until", "aannemelijk tot en met"},
    {"legal basis", "rechtsbasis"},
    {"placeholder", "opvulling"},
    {"period start", "begin periode"},
    {"posts (military)", "plaatsen (militair)"},
    {"posts (civil and police)", "plaatsen (civiel en politie)"},
    {"named (military)", "genoemd (militair)"},
    {"named (civil and police)", "genoemd (civiel en politie)"},
    {"named", "genoemd"},
    {"framework", "kader"},
    {"people per post at most", "personen per plaats ten hoogste"},
    {"shortest military tour (months)", "kortste militaire uitzending (maanden)"},
    {"shortest civil/police tour (months)", "kortste uitzending civiel/politie (maanden)"},
    {"deployed civil/police", "ingezet civiel/politie"},
    {"civil/police cap", "kader civiel/politie"},
    {"printed total", "gedrukt totaal"},
    {"military + civil/police", "militair + civiel/politie"},
    {"sum of the rows", "som van de rijen"},
    {"correcting this cell makes every row sum, column sum and printed total hold",
     "met verbetering van deze cel kloppen alle rijsommen, kolomsommen en gedrukte totalen"},
    {"correcting these two cells makes every row sum, column sum and printed total hold",
     "met verbetering van deze twee cellen kloppen alle rijsommen, kolomsommen en gedrukte totalen"},
    {"these two cells look exchanged: exchanging them makes every row sum, column sum and printed total hold",
     "deze twee cellen lijken verwisseld: teruggewisseld kloppen alle rijsommen, kolomsommen en gedrukte totalen"},
    {"correcting this cell would make every total hold; other corrections of one cell would too",
     "met verbetering van deze cel zouden alle totalen kloppen; met andere verbeteringen van één cel ook"},
    {"correcting these two cells would make every total hold; other corrections of two cells would too",
     "met verbetering van deze twee cellen zouden alle totalen kloppen; met andere verbeteringen van twee cellen ook"},
    {"these two cells look exchanged, and exchanging them would make every total hold; other corrections of two "
     "cells would too",
     "deze twee cellen lijken verwisseld, en teruggewisseld zouden alle totalen kloppen; met andere verbeteringen "
     "van twee cellen ook"},
    {"so many corrections of as few cells make every total hold that the data point at no cell",
     "zoveel verbeteringen van even weinig cellen laten alle totalen kloppen dat de gegevens geen cel aanwijzen"},
    {"no correction of one or two cells makes every row sum, column sum and printed total hold",
     "geen verbetering van één of twee cellen laat alle rijsommen, kolomsommen en gedrukte totalen kloppen"},
    {"corrected to", "verbeterd tot"},
    {"in a month the UN counts more military than the framework allows",
     "in een maand telt de VN meer militairen dan het kader toestaat"},
    {"in a month the UN counts more police than the civil/police framework allows",
     "in een maand telt de VN meer politie dan het kader civiel/politie toestaat"},
    {"the UN counts personnel in a mission annex 2 does not list",
     "de VN telt personeel in een missie die bijlage 2 niet noemt"},
    {"annex 2 counts fewer military deployed over the period than the UN counts in one month",
     "bijlage 2 telt over de periode minder militairen ingezet dan de VN in één maand telt"},
    {"annex 2 counts fewer civil/police deployed over the period than the UN counts police in one month",
     "bijlage 2 telt over de periode minder civiel/politie ingezet dan de VN in één maand politie telt"},
    {"UN count, military (most in a month)", "VN-telling, militair (hoogste in een maand)"},
    {"UN count, police (most in a month)", "VN-telling, politie (hoogste in een maand)"},
    {"UN count (most in a month)", "VN-telling (hoogste in een maand)"},
    {"reported on", "geteld op"},
    {"months over the framework", "maanden boven het kader"},
    {"months with personnel", "maanden met personeel"},
    {"Dutch UN figures row", "VN-cijfers Nederland rij"},
    {"equally small corrections", "even kleine verbeteringen"},
    {"sums that do not hold", "sommen die niet kloppen"},
    {"cells each changes", "cellen per verbetering"},
    {"imbalance", "verschil"},
    {"check", "controle"},
    {"reason", "reden"},
    {"(wrong kind of value)", "(verkeerde soort waarde)"},
    {"legal_basis", "rechtsbasis"},
    {"mandate_end", "einde mandaat"},
    {"framework_end", "einde kader"},
    {"framework_military", "kader militair"},
    {"framework_civil", "kader civiel/politie"},
    {"deployed_military", "ingezet militair"},
    {"deployed_civil", "ingezet civiel/politie"},
    {"deployed_total", "ingezet totaal"},
    {"contribution_start", "begin bijdrage"},
    {"contribution_end", "einde bijdrage"},
    {"posts_military", "plaatsen militair"},
    {"posts_civil", "plaatsen civiel"},
    {"posts_police", "plaatsen politie"},
    {"named_military", "genoemd militair"},
    {"named_civil", "genoemd civiel"},
    {"named_police", "genoemd politie"},

    // Where a value comes from.
    {"report", "rapport"},
    {"annex 1 row", "bijlage 1 rij"},
    {"annex 2 row", "bijlage 2 rij"},
    {"annex 1: not listed", "bijlage 1: niet genoemd"},
    {"annex 2: not listed", "bijlage 2: niet genoemd"},
    {"annex 2 Totaal row", "bijlage 2, rij Totaal"},
    {"narrative", "tekst"},
    {"line", "regel"},
    {"computed", "berekend"},
    {"configuration", "configuratie"},
    {"acknowledgement", "erkenning"},
    {"unknown source", "onbekende bron"},

    // Severities, counts and markers of the findings in every format.
    {"error", "fout"},
    {"warning", "waarschuwing"},
    {"info", "info"},
    {"errors", "fouten"},
    {"warnings", "waarschuwingen"},
    {"finding", "bevinding"},
    {"findings", "bevindingen"},
    {"acknowledged", "erkend"},
    {"not acknowledged", "niet erkend"},
    {"Errors", "Fouten"},
    {"Warnings", "Waarschuwingen"},
    {"Information", "Ter informatie"},
    {"Findings", "Bevindingen"},
    {"Reason", "Reden"},
    {"yes", "ja"},
    {"no", "nee"},
    {"severity", "ernst"},
    {"message", "melding"},

    // Headings and labels of the annexes, the page and its charts.
    {"Period", "Periode"},
    {"Reporting period", "Rapportageperiode"},
    {"Annex 1: legal basis, mandate and national framework", "Bijlage 1: rechtsbasis, mandaat en nationaal kader"},
    {"Annex 2: personnel deployed", "Bijlage 2: personele inzet"},
    {"Annex 2: personnel deployed (totals computed from the rows)",
     "Bijlage 2: personele inzet (totalen berekend uit de rijen)"},
    {"Mission", "Missie"},
    {"Deployment", "Inzet"},
    {"Legal basis", "Rechtsbasis"},
    {"International mandate", "Duur internationaal mandaat"},
    {"National framework", "Duur nationaal kader"},
    {"National frameworks", "Nationale kaders"},
    {"Personnel deployed", "Ingezet personeel"},
    {"Military", "Militair"},
    {"Civil/Police", "Civiel/Politie"},
    {"Total", "Totaal"},
    {"Total (computed)", "Totaal (berekend)"},
    {"personnel deployed", "ingezet personeel"},
    {"military", "militair"},
    {"civil/police", "civiel/politie"},
    {"Timeline: end of mandate and national framework", "Tijdlijn: einde mandaat en nationaal kader"},
    {"Circle: end of the international mandate; square: end of the national framework; arrow: indefinite or "
     "ongoing. Red: ended before the end of the period.",
     "Cirkel: einde internationaal mandaat; vierkant: einde nationaal kader; pijl: onbepaald of doorlopend. Rood: "
     "verstreken vóór het einde van de periode."},
    {"timeline", "tijdlijn"},
    {"mandate", "mandaat"},
    {"national framework", "nationaal kader"},
    {"Personnel deployed by region and mission", "Ingezet personeel per regio en missie"},
    {"bar chart", "staafdiagram"},
    {"Unacknowledged findings", "Niet erkende bevindingen"},
    {"none", "geen"},
};

inline constexpr auto by_english = [](const Phrase& a, const Phrase& b) { return a.en < b.en; };

inline constexpr auto sorted_catalog_phrases = [] {
  std::array<Phrase, std::size(catalog_phrases)> sorted{};
  std::copy(std::begin(catalog_phrases), std::end(catalog_phrases), sorted.begin());
  std::sort(sorted.begin(), sorted.end(), by_english);
  return sorted;
}();

// One English text, one Dutch: a text written twice would give `translate` two answers.
static_assert(std::adjacent_find(sorted_catalog_phrases.begin(), sorted_catalog_phrases.end(),
                                 [](const Phrase& a, const Phrase& b) { return a.en == b.en; }) ==
                  sorted_catalog_phrases.end(),
              "jvom/text/catalog.hpp: a text is in the catalog twice");

[[nodiscard]] constexpr const Phrase* find_phrase(std::string_view english) noexcept {
  const auto at = std::lower_bound(sorted_catalog_phrases.begin(), sorted_catalog_phrases.end(), Phrase{english, {}},
                                   by_english);
  return at != sorted_catalog_phrases.end() && at->en == english ? &*at : nullptr;
}

}  // namespace detail

/// `english` in `language`; a text the catalog does not hold (a user check's own) as it is.
[[nodiscard]] constexpr std::string_view translate(std::string_view english, Language language) noexcept {
  if (language == Language::en) return english;
  const Phrase* found = detail::find_phrase(english);
  return found ? found->nl : english;
}

/// The catalog's phrase for `english`, for the texts jvom's own code writes: one not in the catalog does
/// not compile, so no heading or label can be left untranslated.
[[nodiscard]] consteval Phrase phrase(std::string_view english) {
  const Phrase* found = detail::find_phrase(english);
  if (found == nullptr) jvom::detail::fail("jvom::phrase: this text is not in the catalog (jvom/text/catalog.hpp)");
  return *found;
}

/// The word for `n` of a thing: `one` for 1, `more` for any other number ("1 finding", "3 bevindingen").
[[nodiscard]] constexpr std::string_view counted(std::size_t n, Phrase one, Phrase more, Language language) noexcept {
  return (n == 1 ? one : more).in(language);
}

}  // namespace jvom
