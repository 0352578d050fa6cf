#include <doctest/doctest.h>

#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <sstream>
#include <string>

using namespace std::chrono;
using namespace jvom;

namespace {
template <class T>
std::string printed(const T& value) {
  std::ostringstream os;
  os << value;
  return os.str();
}
}  // namespace

TEST_CASE("one generic printer for every described type") {
  CHECK(printed(PersonnelCount{.military = 4, .civil_police = 3}) ==
        "{military: 4, civilian: 0, police: 0, civil_police: 3}");
  CHECK(printed(EndKind::indefinite) == "indefinite");
  CHECK(printed(EndDate::on(2024y / August / 31)) == "{kind: date, date: 2024-08-31}");
  CHECK(printed(EndDate::indefinite()) == "{kind: indefinite, date: none}");
  CHECK(printed(LegalBasis::un_resolutions({82, 83})) ==
        "{kind: un_resolution, resolutions: [82, 83], article: 0, text: \"\"}");
  CHECK(printed(LegalBasis::agreement("VS, \"Isra\xC3\xABl\"")) ==
        "{kind: agreement, resolutions: [], article: 0, text: \"VS, \\\"Isra\xC3\xABl\\\"\"}");
  CHECK(printed(Region{"Midden-Oosten", "overige missies"}) ==
        "{name: \"Midden-Oosten\", subgroup: \"overige missies\"}");
  CHECK(printed(ReportingPeriod::months(2024y / May, 2025y / April)) ==
        "{first_day: 2024-05-01, last_day: 2025-04-30}");
  CHECK(printed(NationalFramework{}) == "{caps: none, end: {kind: not_set, date: none}}");
  CHECK(printed(Claim{"UNIFIL", ClaimField::deployed_total, Headcount{2}, "2.3.1"}) ==
        "{mission: \"UNIFIL\", field: deployed_total, value: 2, source: \"2.3.1\", quote: \"\", line: 0, rule: \"\"}");
  CHECK(printed(ParseError{Expected::count, "x", 3}) == "{expected: count, found: \"x\", offset: 3}");
}

TEST_CASE("nested rows print whole") {
  const PersonnelRow row{.region = {"EUROPA", {}},
                         .mission = "KFOR",
                         .framework_military = 1,
                         .framework_civil = std::nullopt,
                         .deployed_military = 1,
                         .deployed_total = 1};
  CHECK(printed(row) ==
        "{region: {name: \"EUROPA\", subgroup: \"\"}, mission: \"KFOR\", framework_military: 1, framework_civil: "
        "none, deployed_military: 1, deployed_civil: 0, deployed_total: 1}");
}
