#pragma once

#include <array>

#include "jvom/acknowledgement.hpp"
#include "jvom/algorithms/join.hpp"
#include "jvom/annex.hpp"
#include "jvom/checks/validate.hpp"
#include "jvom/claim.hpp"
#include "jvom/report.hpp"
#include "jvom/text/as_printed.hpp"

/// The 2025 JVOM (reporting period May 2024 to April 2025) as published, cell by cell.
///
/// Transcribed from the *Jaarlijkse voortgangsrapportage overige missiebijdragen 2025*, the letter sent to
/// the Tweede Kamer in May 2025 in the dossier Kamerstuk 29521 (Nederlandse deelname aan vredesmissies), as
/// published in Word: its annexes and narrative. (The letter's own number in the dossier is not printed in
/// it, so it is left out rather than guessed.) Names, regions and numbers exactly as printed, values read
/// from the printed Dutch text at compile time (`as_printed::`), so a mistyped date or number here does not
/// compile. The inconsistencies the report contains are kept, not corrected: finding them is the checks'
/// work.
namespace jvom::datasets::jvom2025 {

namespace printed = jvom::as_printed;

inline constexpr std::string_view title = "Jaarlijkse voortgangsrapportage overige missiebijdragen 2025";

/// Bijlage 1: legal basis, end of the international mandate, end of the national framework.
/// The printed table leaves the region cell empty under the first row of a region; those rows carry the
/// region above them, as the design's continuation rule reads the table.
inline constexpr std::array<MandateRow, 14> annex1{{
    {{"Midden-Oosten"},
     "UNTSO (Libanon en Golan)",
     printed::legal_basis("VNVR-resolutie 50"),
     printed::end("Onbepaald"),
     printed::end("30 juni 2028")},
    {{"Midden-Oosten"},
     "UNIFIL",
     printed::legal_basis("VNVR-resolutie 2695"),
     printed::end("31 augustus 2024"),
     printed::end("30 juni 2028")},
    // "OCS": so printed here; annex 2 and section 2.3.3 say "OSC" (Office of the Security Coordinator).
    {{"Midden-Oosten"},
     "OCS (Jeruzalem en Ramallah)",
     printed::legal_basis("Overeenkomst tussen VS, Isra\xC3\xABl, de Palestijnse Autoriteit"),
     printed::end("Onbepaald"),
     printed::end("30 juni 2028")},
    // Annex 2 prints "EMASOH (t/m juni 2024)": the same mission under another name (AGENOR is its
    // military track). Kept apart; the name check pairs them.
    {{"Midden-Oosten"},
     "EMASoH-AGENOR",
     printed::legal_basis("Overeenkomst met Verenigde Arabische Emiraten"),
     printed::end("31 december 2024"),
     printed::end("31 december 2024")},
    // Framework end "-": not set. Section 2.3.6 says the contribution stopped on 1 February 2025.
    {{"Midden-Oosten"},
     "Operatie Prosperity Guardian",
     printed::legal_basis("UNCLOS"),
     printed::end("Onbepaald"),
     printed::end("-")},
    {{"Midden-Oosten"},
     "Operatie Poseidon Archer",
     printed::legal_basis("VN Handvest art. 51"),
     printed::end("Onbepaald"),
     printed::end("9 juli 2025")},
    {{"Midden-Oosten"},
     "EUNAVFOR Aspides",
     printed::legal_basis("UNCLOS "),
     printed::end("28 februari 2026"),
     printed::end("30 juni 2028")},
    {{"Midden-Oosten"}, "CMF", printed::legal_basis("UNCLOS"), printed::end("Onbepaald"), printed::end("Onbepaald")},
    {{"Afrika"},
     "EUNAVFOR Atalanta (oostkust Afrika)",
     printed::legal_basis("VNVR-resolutie 2383"),
     printed::end("31 december 2024"),
     printed::end("30 juni 2028")},
    // Framework end printed as "·" (a middle dot): not set.
    {{"Afrika"},
     "GPOI",
     printed::legal_basis("Overeenkomst USA - Afrikaanse landen"),
     printed::end("Onbepaald"),
     printed::end("\xC2\xB7 ")},
    // KFOR's region cell is empty, below GPOI: by the table's rule it sits under Afrika, although KFOR is
    // in Kosovo and annex 2 lists it under EUROPA. Kept as printed; the region check reports it.
    {{"Afrika"},
     "KFOR",
     printed::legal_basis("VNVR-resolutie 1244"),
     printed::end("Onbepaald"),
     printed::end("30 april 2026")},
    {{"Diversen"},
     "Early Forward Presence/SOLE",
     printed::legal_basis("o.b.v. Note Verbale"),
     printed::end("Onbepaald"),
     printed::end("Doorlopend")},
    {{"Diversen"},
     "UNC",
     printed::legal_basis("VNVR-resolutie 82 en 83"),
     printed::end("Onbepaald"),
     printed::end("31 dec 2026")},
    {{"Diversen"},
     "VPD",
     printed::legal_basis("Art. 97 Grondwet"),
     printed::end("Onbepaald"),
     printed::end("Onbepaald")},
}};

namespace detail {
constexpr PersonnelRow row(Region region, std::string_view mission, std::string_view framework_military,
                           std::string_view framework_civil, std::string_view deployed_military,
                           std::string_view deployed_civil, std::string_view deployed_total) {
  return {region,
          mission,
          text::parse_cap_cell(framework_military).value(),
          text::parse_cap_cell(framework_civil).value(),
          text::parse_count_cell(deployed_military).value(),
          text::parse_count_cell(deployed_civil).value(),
          text::parse_count_cell(deployed_total).value()};
}
inline constexpr Region europe{"EUROPA"};
inline constexpr Region middle_east{"Midden-Oosten"};
inline constexpr Region middle_east_other{"Midden-Oosten", "overige missies"};
inline constexpr Region africa{"Afrika"};
inline constexpr Region various{"Diversen"};
}  // namespace detail

/// Bijlage 2: national framework (Nationale kaders) and personnel deployed (Ingezet personeel) from
/// May 2024 to April 2025, cells as printed: empty cells empty, "-" where the table prints it.
inline constexpr std::array<PersonnelRow, 18> annex2{{
    detail::row(detail::europe, "NAVO oostflank (separate VGR)", "520", "", "1481", "", "1481"),
    detail::row(detail::europe, "EUFOR Althea (separate VGR)", "164", "", "216", "", "216"),
    detail::row(detail::europe, "KFOR", "1", "", "1", "", "1"),
    detail::row(detail::middle_east, "NAVO-missie Irak en de brede veiligheidsinzet in Irak (separate VGR)", "465",
                "17", "1333", "14", "1347"),
    detail::row(detail::middle_east_other, "UNIFIL", "1", "", "2", "", "2"),
    detail::row(detail::middle_east_other, "UNTSO", "12", "", "22", "", "22"),
    // Civil cap "3" carries footnote 12: "Het nationale kader voor OSC is maximaal 7
    // (militair/civiel/politie)": 4 + 3, consistent with the caps as printed.
    detail::row(detail::middle_east_other, "OSC", "4", "3", "8", "2", "10"),
    detail::row(detail::middle_east_other, "EMASOH (t/m juni 2024)", "8", "", "6", "", "6"),
    detail::row(detail::middle_east_other, "EUNAVFOR Aspides", "5", "1", "6", "1", "7"),
    detail::row(detail::middle_east_other, "CMF (incl. operatie \xE2\x80\x98Prosperity Guardian\xE2\x80\x99)", "4", "",
                "16", "", "16"),
    detail::row(detail::africa, "EU SDI GoG", "1", "", "1", "", "1"),
    detail::row(detail::africa, "EUNAVFOR Atalanta", "3", "1", "8", "1", "9"),
    detail::row(detail::africa, "GPOI", "4", "", "8", "", "8"),
    // Military framework "-": no national framework.
    detail::row(detail::various, "Early Forward Presence/SOLE", "-", "", "12", "", "12"),
    detail::row(detail::various, "VPD", "121", "", "0", "", "0"),
    detail::row(detail::various, "HQ CENTCOM", "4", "", "4", "", "4"),
    detail::row(detail::various, "UNC", "3", "", "4", "", "4"),
    // "eVA Maritiem" carries footnote 13, "Inzet Zr.Ms. Karel Doorman": the ship's deployment (section
    // 2.3.5). No framework ("-").
    detail::row(detail::various, "eVA Maritiem", "-", "", "247", "", "247"),
}};

/// The "Totaal" row as printed: a statement to check against the rows, not a mission.
inline constexpr PersonnelRow printed_totals = detail::row({}, "Totaal", "1320", "22", "3375", "18", "3393");

/// Statements in the narrative that carry a count, a date, a legal basis or the period, with their section.
///
/// Left out, because they state a quantity the annexes do not print (a claim must be comparable with an
/// annex cell): "elf Nederlandse militairen" at UNTSO (2.3.2, posts filled at one time, not people deployed
/// in the year); "een vijfde staffunctionaris bij CMF" (2.3.6, a fifth post, not a cap); EU SDI GoG's
/// adviser, staff officer in Brussels and police visiting expert (2.4: a posting in Brussels is not a
/// deployment, and civil missions are outside this report); the VPD team size of eleven (a standard, not a
/// count); the cost of EUR 13.9 million (Financien).
inline constexpr std::array<Claim, 25> claims{{
    {"", ClaimField::period, printed::period("mei 2024 tot en met april 2025"), "1"},
    {"", ClaimField::period, printed::period("mei 2024 tot en met april 2025"), "2.1"},
    {"", ClaimField::deployed_total, Headcount{3393}, "2.1"},
    // "Nederland levert sinds april 2025 gedurende een jaar één Imagery Intelligence analist aan KFOR."
    {"KFOR", ClaimField::deployed_military, Headcount{1}, "2.2.1"},
    // "Het UNIFIL-mandaat is unaniem verlengd tot 31 augustus 2025 (VNVR-resolutie 2749)."
    {"UNIFIL", ClaimField::mandate_end, printed::end("31 augustus 2025"), "2.3.1"},
    {"UNIFIL", ClaimField::legal_basis, printed::legal_basis("VNVR-resolutie 2749"), "2.3.1"},
    // "een bescheiden bijdrage ... van één militair genderadviseur": one post.
    {"UNIFIL", ClaimField::framework_military, Headcount{1}, "2.3.1"},
    // "zeven personen: vier militairen, twee civiel experts en één politiefunctionaris": the posts.
    {"OSC", ClaimField::framework_military, Headcount{4}, "2.3.3"},
    {"OSC", ClaimField::framework_civil, Headcount{3}, "2.3.3"},
    // "met zes staffunctionarissen ... tot de start van de waakvlamstatus op 1 juli 2024";
    // "missie per 31 december 2024 te beëindigen"; "Per 31 december 2024 is ... het nationaal kader ... beëindigd".
    {"EMASOH", ClaimField::deployed_military, Headcount{6}, "2.3.4"},
    {"EMASOH", ClaimField::mandate_end, printed::end("31 december 2024"), "2.3.4"},
    {"EMASOH", ClaimField::framework_end, printed::end("31 december 2024"), "2.3.4"},
    // "Op 18 februari is het mandaat van Aspides met een jaar verlengd tot 1 februari 2026."
    {"EUNAVFOR Aspides", ClaimField::mandate_end, printed::end("1 februari 2026"), "2.3.5"},
    // "twee staffunctionarissen en een politiek adviseur (POLAD)": the adviser is the civil/police count.
    {"EUNAVFOR Aspides", ClaimField::deployed_civil, Headcount{1}, "2.3.5"},
    // "Sinds 1 februari 2025 levert Nederland geen bijdrage meer aan OPG": the Dutch contribution, and so its
    // national framework, ended on that day.
    {"Operatie Prosperity Guardian", ClaimField::framework_end, printed::end("1 februari 2025"), "2.3.6"},
    // "Nederland heeft met een stafofficier niet-operationele militaire steun aan verleend aan OPA."
    {"Operatie Poseidon Archer", ClaimField::deployed_military, Headcount{1}, "2.3.7"},
    // "deze training, met acht Nederlandse militairen, uitgesteld naar april 2025"
    {"GPOI", ClaimField::deployed_military, Headcount{8}, "2.4.1"},
    // "twee stafofficieren ... en tot november 2024 één politiek adviseur"
    {"EUNAVFOR Atalanta", ClaimField::deployed_civil, Headcount{1}, "2.4.2"},
    // "in de rapportage periode zijn geen VPD's ingezet" (the VPD section, after 2.5; its number is lost in
    // the published conversion, so it is cited by name).
    {"VPD", ClaimField::deployed_total, Headcount{0}, "VPD"},
    // The note under annex 2: "In de periode mei 2024 t/m april 2025 zijn er 3375 militairen en 18 civiele-
    // en politiefunctionarissen uitgezonden."
    {"", ClaimField::period, printed::period("mei 2024 t/m april 2025"), "Bijlage 2"},
    {"", ClaimField::deployed_military, Headcount{3375}, "Bijlage 2"},
    {"", ClaimField::deployed_civil, Headcount{18}, "Bijlage 2"},
    // The same note printed a second time below it, with last year's period and figures: "In de periode
    // mei 2023 t/m april 2024 zijn er 3454 militairen en 19 civiele- en politiefunctionarissen uitgezonden."
    // Left in the published text from the 2024 report; kept, as printed, for the checks to find.
    {"", ClaimField::period, printed::period("mei 2023 t/m april 2024"), "Bijlage 2 (tweede noot)"},
    {"", ClaimField::deployed_military, Headcount{3454}, "Bijlage 2 (tweede noot)"},
    {"", ClaimField::deployed_civil, Headcount{19}, "Bijlage 2 (tweede noot)"},
}};

/// The inconsistencies the 2025 report really contains, each with the reason it is accepted as known: the
/// report is published as it is, and this dataset reproduces it. Every finding the catalog raises on it is
/// here; an acknowledgement that matched nothing would itself fail the build.
inline constexpr std::array<Acknowledgement, 26> acknowledgements{{
    {"totals.narrative", "",
     "the note under annex 2 is printed twice; the second copy is the 2024 report's (3454 military, 19 civil)"},
    {"narrative.period", "", "the second note under annex 2 names the 2024 period, mei 2023 t/m april 2024"},
    {"crossannex.similar_names", "OSC", "annex 1 prints OCS for OSC, the Office of the Security Coordinator (2.3.3)"},
    {"crossannex.similar_names", "EMASOH",
     "annex 1 names the mission EMASoH-AGENOR, annex 2 EMASOH (t/m juni 2024): one mission (2.3.4)"},
    {"narrative.unmatched_claim", "EMASOH",
     "section 2.3.4 dates EMASoH's end; annex 1 lists it as EMASoH-AGENOR, with the same dates"},
    {"dates.mandate_expired", "EMASoH-AGENOR",
     "the mission ended on 31 december 2024 (2.3.4); its staff served until 1 July 2024 (annex 2: t/m juni 2024)"},
    {"dates.framework_expired", "EMASoH-AGENOR",
     "the national framework ended with the mission on 31 december 2024 (2.3.4)"},
    {"crossannex.missing_in_annex2", "Operatie Prosperity Guardian",
     "annex 2 counts OPG's staff under CMF (incl. operatie 'Prosperity Guardian')"},
    {"crossannex.missing_in_annex2", "Operatie Poseidon Archer",
     "annex 2 has no row for OPA's one staff officer (2.3.7); not counted separately"},
    {"narrative.unmatched_claim", "Operatie Poseidon Archer",
     "section 2.3.7 names one staff officer for OPA; annex 2 has no OPA row to compare it with"},
    {"crossannex.missing_in_annex1", "EU SDI GoG", "annex 1 gives no legal basis or mandate for EU SDI GoG (2.4)"},
    {"crossannex.missing_in_annex1", "HQ CENTCOM", "a headquarters posting: annex 1 lists no mandate for it"},
    {"crossannex.missing_in_annex1", "eVA Maritiem",
     "Zr.Ms. Karel Doorman's deployment (footnote 13), mandated under EUNAVFOR Aspides in annex 1"},
    {"crossannex.region_differs", "KFOR",
     "annex 1 prints KFOR below Afrika with an empty region cell; annex 2 rightly lists it under EUROPA"},
    {"dates.mandate_expired", "UNIFIL",
     "annex 1 was not updated: the mandate was extended to 31 augustus 2025 by VNVR-resolutie 2749 (2.3.1)"},
    {"narrative.date", "UNIFIL", "section 2.3.1 has the extended mandate; annex 1 the one before it"},
    {"narrative.legal_basis", "UNIFIL", "section 2.3.1 cites the extending resolution 2749; annex 1 still 2695"},
    {"dates.framework_outlives_mandate", "UNIFIL", "national frameworks run to 30 juni 2028 across yearly renewals"},
    {"dates.mandate_expired", "EUNAVFOR Atalanta",
     "annex 1 prints the mandate's end of 31 december 2024 while the contribution went on (2.4.2)"},
    {"dates.framework_outlives_mandate", "EUNAVFOR Atalanta",
     "national frameworks run to 30 juni 2028 across yearly renewals"},
    {"dates.framework_outlives_mandate", "EUNAVFOR Aspides",
     "national frameworks run to 30 juni 2028 across yearly renewals"},
    {"narrative.date", "EUNAVFOR Aspides",
     "section 2.3.5: extended to 1 februari 2026; annex 1 prints 28 februari 2026"},
    {"narrative.date", "Operatie Prosperity Guardian",
     "section 2.3.6: the contribution ended on 1 februari 2025; annex 1 leaves the framework end unset"},
    {"personnel.no_framework", "Early Forward Presence/SOLE",
     "SOF liaison elements deploy under a note verbale, without a national framework cap"},
    {"personnel.no_framework", "eVA Maritiem", "the ship's crew is not under a personnel cap of its own"},
    {"personnel.framework_unused", "VPD",
     "no Vessel Protection Detachments were deployed in the period (VPD section): none were asked for"},
}};

/// The reporting period, as sections 1 and 2.1 state it.
inline constexpr ReportingPeriod period = printed::period("mei 2024 tot en met april 2025");

/// The whole report, with the acknowledgements of its known findings.
inline constexpr Report report{
    .title = title,
    .period = period,
    .annex1 = annex1,
    .annex2 = annex2,
    .printed_totals = printed_totals,
    .claims = claims,
    .acknowledgements = acknowledgements,
};

/// Its missions, both annexes joined: the 18 rows of annex 2, then the 4 missions only annex 1 lists.
inline constexpr auto missions = join_missions<mission_count(report)>(report);

// The dataset proves itself: an inconsistency that is not acknowledged, or an acknowledgement that
// matches nothing, fails the build of every program that includes this header, naming check and mission.
static_assert(valid<report>());

}  // namespace jvom::datasets::jvom2025
