// The embedded 2025 report: its rows add up to what the report prints, at compile time.
#include <doctest/doctest.h>

#include <algorithm>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <string_view>

using namespace jvom;
namespace d2025 = jvom::datasets::jvom2025;

namespace {
constexpr ColumnTotals totals = column_totals(d2025::annex2);

// The printed "Totaal" row, 1320 / 22 / 3375 / 18 / 3393, reproduced from the rows.
static_assert(totals.framework.military == 1320);
static_assert(totals.framework.non_military() == 22);
static_assert(totals.deployed.military == 3375);
static_assert(totals.deployed.non_military() == 18);
static_assert(totals.deployed_total() == 3393);
static_assert(totals.missions == 18);
// ... and it is what the printed totals row says.
static_assert(d2025::printed_totals.framework() == totals.framework);
static_assert(d2025::printed_totals.deployed() == totals.deployed);
static_assert(d2025::printed_totals.deployed_total == totals.deployed_total());

// Per region, summed by hand from the printed table (Midden-Oosten includes its sub-group "overige missies").
constexpr auto by_region = totals_by_region<8>(d2025::annex2);
static_assert(by_region.size() == 4);
static_assert(by_region[0].key.name == "EUROPA" && by_region[0].count == 3);
static_assert(by_region[0].value.framework == PersonnelCount{.military = 685});
static_assert(by_region[0].value.deployed == PersonnelCount{.military = 1698});
static_assert(by_region[1].key.name == "Midden-Oosten" && by_region[1].count == 7);
static_assert(by_region[1].value.framework == PersonnelCount{.military = 499, .civil_police = 21});
static_assert(by_region[1].value.deployed == PersonnelCount{.military = 1393, .civil_police = 17});
static_assert(by_region[1].value.deployed_total() == 1410);
static_assert(by_region[2].key.name == "Afrika" && by_region[2].count == 3);
static_assert(by_region[2].value.framework == PersonnelCount{.military = 8, .civil_police = 1});
static_assert(by_region[2].value.deployed == PersonnelCount{.military = 17, .civil_police = 1});
static_assert(by_region[3].key.name == "Diversen" && by_region[3].count == 5);
static_assert(by_region[3].value.framework == PersonnelCount{.military = 128});
static_assert(by_region[3].value.deployed == PersonnelCount{.military = 267});

// The same totals over the joined missions: the missions only annex 1 lists add nothing.
static_assert(d2025::missions.size() == 22);
static_assert(column_totals(d2025::missions).deployed == totals.deployed);
static_assert(column_totals(d2025::missions).missions == 22);

// Rotation: UNTSO filled 12 posts with 22 people; CMF 4 posts with 16, the most of any mission.
static_assert(rotation_ratio(d2025::annex2[5]) == Ratio{22, 12});
static_assert(rotation_ratio(d2025::annex2[9]) == Ratio{16, 4});
static_assert(!rotation_ratio(d2025::annex2[13]));                    // Early Forward Presence/SOLE: no framework
static_assert(!rotation_ratio(d2025::annex2[14]).value().numerator);  // VPD: 0 of 121

// Categories: the tables merge civil and police.
static_assert(deployed_by_category(d2025::annex2)[0] == CategoryTotal{Category::military, 3375});
static_assert(deployed_by_category(d2025::annex2)[3] == CategoryTotal{Category::civil_police, 18});

// The reporting period, from the report and from its claims alike.
static_assert(effective_period(d2025::report) == ReportingPeriod::months(std::chrono::year{2024} / std::chrono::May,
                                                                         std::chrono::year{2025} / std::chrono::April));

constexpr const Mission* find(std::string_view name) {
  for (const Mission& m : d2025::missions)
    if (m.name == name) return &m;
  return nullptr;
}
}  // namespace

TEST_CASE("annex rows are joined by name, parenthesised qualifiers aside") {
  const Mission* untso = find("UNTSO");
  REQUIRE(untso != nullptr);
  CHECK(untso->annex1_row == 1);  // "UNTSO (Libanon en Golan)"
  CHECK(untso->annex2_row == 6);
  CHECK(untso->mandate.legal_basis == LegalBasis::un_resolutions({50}));
  CHECK(untso->framework.caps == PersonnelCount{.military = 12});
  const Mission* atalanta = find("EUNAVFOR Atalanta");
  REQUIRE(atalanta != nullptr);
  CHECK(atalanta->annex1_row == 9);  // "EUNAVFOR Atalanta (oostkust Afrika)"
  CHECK(atalanta->region.name == "Afrika");
  const Mission* flank = find("NAVO oostflank (separate VGR)");
  REQUIRE(flank != nullptr);
  CHECK(flank->separate_report);
  CHECK_FALSE(flank->in_annex1());
}

TEST_CASE("names that are only almost the same are not joined") {
  // OCS (annex 1) and OSC (annex 2), EMASoH-AGENOR and EMASOH (t/m juni 2024): four missions, for the
  // checks to pair up and report.
  for (const std::string_view name : {"OSC", "EMASOH (t/m juni 2024)"}) {
    CAPTURE(name);
    const Mission* m = find(name);
    REQUIRE(m != nullptr);
    CHECK(m->in_annex2());
    CHECK_FALSE(m->in_annex1());
  }
  for (const std::string_view name :
       {"OCS (Jeruzalem en Ramallah)", "EMASoH-AGENOR", "Operatie Prosperity Guardian", "Operatie Poseidon Archer"}) {
    CAPTURE(name);
    const Mission* m = find(name);
    REQUIRE(m != nullptr);
    CHECK(m->in_annex1());
    CHECK_FALSE(m->in_annex2());
    CHECK(m->deployed.empty());
  }
}

TEST_CASE("every cell of the transcription, spot-checked against the printed text") {
  CHECK(d2025::annex1.size() == 14);
  CHECK(d2025::annex2.size() == 18);
  CHECK(d2025::annex1[1].mandate_end == EndDate::on(std::chrono::year{2024} / std::chrono::August / 31));
  CHECK(d2025::annex1[9].framework_end == EndDate::not_set());   // GPOI: "·"
  CHECK(d2025::annex1[11].framework_end == EndDate::ongoing());  // SOLE: "Doorlopend"
  CHECK(d2025::annex1[10].region.name == "Afrika");              // KFOR, as the empty cell continues
  CHECK(d2025::annex2[10].region == Region{"Afrika"});           // EU SDI GoG
  CHECK(d2025::annex2[4].region == Region{"Midden-Oosten", "overige missies"});
  CHECK(d2025::annex2[13].framework() == std::nullopt);  // SOLE: "-"
  CHECK(d2025::annex2[17].framework() == std::nullopt);  // eVA Maritiem: "-"
  CHECK(d2025::annex2[3].framework() == PersonnelCount{.military = 465, .civil_police = 17});
  const auto separate = std::count_if(d2025::annex2.begin(), d2025::annex2.end(),
                                      [](const PersonnelRow& r) { return r.separate_report(); });
  CHECK(separate == 3);
}
