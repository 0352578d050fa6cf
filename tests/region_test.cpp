#include <doctest/doctest.h>

#include <jvom/io/print.hpp>
#include <jvom/text/region.hpp>

using jvom::Region;
using jvom::text::parse_region;

namespace {
constexpr Region middle_east{"Midden-Oosten", {}};
static_assert(parse_region("Midden-Oosten overige missies", &middle_east).value() ==
              Region{"Midden-Oosten", "overige missies"});
static_assert(jvom::same_region(Region{"EUROPA", {}}, Region{"Europa", {}}));
}  // namespace

TEST_CASE("a heading that extends the region above is its sub-group") {
  const Region above{"Midden-Oosten", {}};
  CHECK(parse_region("Midden-Oosten overige missies", &above).value() == Region{"Midden-Oosten", "overige missies"});
  CHECK(parse_region("MIDDEN-OOSTEN overige missies", &above).value().subgroup == "overige missies");
  // without the region above, or under another one, it is a region of its own
  CHECK(parse_region("Midden-Oosten overige missies").value() == Region{"Midden-Oosten overige missies", {}});
  const Region africa{"Afrika", {}};
  CHECK(parse_region("Midden-Oosten overige missies", &africa).value().subgroup.empty());
  // a longer word that merely starts with the name is not a sub-group
  const Region short_name{"Midden", {}};
  CHECK(parse_region("Midden-Oosten", &short_name).value() == Region{"Midden-Oosten", {}});
}

TEST_CASE("regions compare by name ignoring case, and a blank heading is an error") {
  CHECK(jvom::same_region({"Diversen", {}}, {"diversen", "x"}));
  CHECK_FALSE(jvom::same_region({"Afrika", {}}, {"Europa", {}}));
  const auto blank = parse_region(" \xC2\xA0 ");
  REQUIRE_FALSE(blank);
  CHECK(blank.error().expected == jvom::Expected::region_name);
}
