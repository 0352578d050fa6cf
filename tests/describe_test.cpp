#include <doctest/doctest.h>

#include <jvom/describe.hpp>
#include <jvom/jvom.hpp>
#include <string>
#include <vector>

using namespace jvom;

namespace {
static_assert(enum_name(EndKind::ongoing) == "ongoing");
static_assert(enum_name(static_cast<EndKind>(99)).empty());
static_assert(enum_from_name<ClaimField>("deployed_civil") == ClaimField::deployed_civil);
static_assert(!enum_from_name<ClaimField>("Deployed_civil"));
static_assert(DescribedClass<Mission> && DescribedClass<EndDate> && !DescribedClass<int>);
static_assert(DescribedEnum<LegalBasisKind> && !DescribedEnum<Mission>);

// for_each_field walks accessors in constant expressions too
constexpr int count_fields(const EndDate& d) {
  int n = 0;
  for_each_field(d, [&n](std::string_view, const auto&) { ++n; });
  return n;
}
static_assert(count_fields(EndDate::indefinite()) == 2);
}  // namespace

TEST_CASE("for_each_field lists data members then accessors, in declaration order") {
  std::vector<std::string> names;
  for_each_field(PersonnelRow{}, [&](std::string_view name, const auto&) { names.emplace_back(name); });
  CHECK(names == std::vector<std::string>{"region", "mission", "framework_military", "framework_civil",
                                          "deployed_military", "deployed_civil", "deployed_total"});
  names.clear();
  for_each_field(LegalBasis{}, [&](std::string_view name, const auto&) { names.emplace_back(name); });
  CHECK(names == std::vector<std::string>{"kind", "resolutions", "article", "text"});
}
