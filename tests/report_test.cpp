#include <doctest/doctest.h>

#include <array>
#include <jvom/io/print.hpp>
#include <jvom/owned_report.hpp>
#include <jvom/text/as_printed.hpp>
#include <string>

using namespace std::chrono;
using namespace jvom;
namespace printed = jvom::as_printed;

namespace {
// A two-mission dataset kept in a header: literals only, checked by the compiler.
constexpr std::array<MandateRow, 2> annex1{{
    {{"Midden-Oosten", {}},
     "UNIFIL",
     printed::legal_basis("VNVR-resolutie 2695"),
     printed::end("31 augustus 2024"),
     printed::end("30 juni 2028")},
    {{"Diversen", {}},
     "VPD",
     printed::legal_basis("Art. 97 Grondwet"),
     printed::end("Onbepaald"),
     printed::end("Onbepaald")},
}};
constexpr std::array<PersonnelRow, 2> annex2{{
    {.region = {"Midden-Oosten", "overige missies"},
     .mission = "UNIFIL",
     .framework_military = 1,
     .framework_civil = 0,
     .deployed_military = 2,
     .deployed_total = 2},
    {.region = {"Diversen", {}}, .mission = "VPD", .framework_military = 121, .framework_civil = 0},
}};
constexpr std::array<Claim, 2> claims{{
    {"", ClaimField::period, printed::period("mei 2024 tot en met april 2025"), "2.1"},
    {"UNIFIL", ClaimField::mandate_end, printed::end("31 augustus 2025"), "2.3.1"},
}};
constexpr Report sample{.title = "sample", .annex1 = annex1, .annex2 = annex2, .claims = claims};

static_assert(sample.annex2[0].deployed() == PersonnelCount{.military = 2});
static_assert(sample.annex2[1].framework() == PersonnelCount{.military = 121});
static_assert(effective_period(sample) == ReportingPeriod::months(2024y / May, 2025y / April));
static_assert(sample == sample);
static_assert(claim_value_fits(ClaimField::mandate_end, claims[1].value));
static_assert(!claim_value_fits(ClaimField::deployed_total, claims[1].value));
}  // namespace

TEST_CASE("an annex 2 row: framework, deployed, and the separate-report mark") {
  const PersonnelRow sole{.mission = "Early Forward Presence/SOLE",
                          .framework_military = std::nullopt,
                          .framework_civil = 0,
                          .deployed_military = 12,
                          .deployed_total = 12};
  CHECK_FALSE(sole.framework().has_value());  // "-" and a blank cap: no national framework
  const PersonnelRow dash_and_cap{.mission = "x", .framework_military = std::nullopt, .framework_civil = 3};
  CHECK(dash_and_cap.framework() == PersonnelCount{.civil_police = 3});
  const PersonnelRow flank{.mission = "NAVO oostflank (separate VGR)", .framework_military = 520};
  CHECK(flank.separate_report());
  CHECK_FALSE(sole.separate_report());
}

TEST_CASE("the period comes from the report, else from a period claim") {
  Report r = sample;
  CHECK(effective_period(r) == ReportingPeriod::months(2024y / May, 2025y / April));
  r.period = ReportingPeriod::months(2023y / May, 2024y / April);
  CHECK(effective_period(r) == ReportingPeriod::months(2023y / May, 2024y / April));
  r.period.reset();
  r.claims = {};
  CHECK_FALSE(effective_period(r).has_value());
}

TEST_CASE("an OwnedReport owns its text: the copy outlives the source's strings") {
  OwnedReport owned;
  {
    std::string region = "Afrika";
    std::string mission = "GPOI";
    std::string parties = "USA - Afrikaanse landen";
    const MandateRow row{{region, {}}, mission, LegalBasis::agreement(parties, "Overeenkomst"), {}, {}};
    const Report source{.title = "t", .annex1 = std::span<const MandateRow>(&row, 1)};
    owned = OwnedReport::copy_of(source);
    region.assign("XXXXXX");  // overwrite the source: the copy must not see it
    mission.assign("XXXX");
    parties.assign(parties.size(), 'X');
  }
  const Report view = owned.report();
  REQUIRE(view.annex1.size() == 1);
  CHECK(view.annex1[0].region.name == "Afrika");
  CHECK(view.annex1[0].mission == "GPOI");
  CHECK(view.annex1[0].legal_basis.text() == "USA - Afrikaanse landen");
  CHECK(view.annex1[0].legal_basis.wording() == "Overeenkomst");
}

TEST_CASE("a deep copy equals its source and survives a move") {
  OwnedReport copy = OwnedReport::copy_of(sample);
  CHECK(copy.report() == sample);
  OwnedReport moved = std::move(copy);
  CHECK(moved.report() == sample);
  moved.annex2[0].deployed_military = 3;
  CHECK_FALSE(moved.report() == sample);
}

TEST_CASE("the arena keeps long and short text at stable addresses") {
  OwnedReport owned;
  const std::string long_text(100'000, 'a');  // larger than a block share: stored on its own
  const std::string_view a = owned.keep("short");
  const std::string_view b = owned.keep(long_text);
  const std::string_view c = owned.keep("after");
  std::string many;
  for (int i = 0; i < 20'000; ++i) owned.keep("filling blocks");  // forces new blocks
  CHECK(a == "short");
  CHECK(b == long_text);
  CHECK(c == "after");
  CHECK(owned.keep("").empty());
}
