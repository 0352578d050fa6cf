#include <doctest/doctest.h>

#include <jvom/io/print.hpp>
#include <jvom/text/legal_basis.hpp>
#include <string>
#include <vector>

using jvom::LegalBasis;
using jvom::LegalBasisKind;
using jvom::text::parse_legal_basis;

namespace {
static_assert(parse_legal_basis("VNVR-resolutie 82 en 83").value() == LegalBasis::un_resolutions({82, 83}));
static_assert(parse_legal_basis("VN Handvest art. 51").value() == LegalBasis::un_charter(51));
static_assert(parse_legal_basis("Art. 97 Grondwet").value() == LegalBasis::constitution(97));
static_assert(parse_legal_basis("UNCLOS ").value() == LegalBasis::unclos());
static_assert(parse_legal_basis("o.b.v. Note Verbale").value() == LegalBasis::note_verbale());
static_assert(parse_legal_basis("VNVR-resolutie 2695").value().cites_resolution(2695));
static_assert(!parse_legal_basis(""));

// Resolution numbers and text share their bytes; a basis changes kind freely, in constant expressions too.
static_assert(sizeof(LegalBasis) <= 40);
constexpr LegalBasis changed_kind() {
  LegalBasis b = LegalBasis::un_resolutions({1325, 2231});
  b = LegalBasis::agreement("Verenigde Arabische Emiraten", "Overeenkomst met");
  return b;
}
static_assert(changed_kind() == LegalBasis::agreement("Verenigde Arabische Emiraten"));
static_assert(changed_kind().resolutions().empty() && changed_kind().wording() == "Overeenkomst met");
constexpr LegalBasis changed_back() {
  LegalBasis b = changed_kind();
  b = LegalBasis::un_resolutions({2231});
  return b;
}
static_assert(changed_back().text().empty() && changed_back().cites_resolution(2231));
static_assert(LegalBasis::un_charter(51).text().empty() && LegalBasis::other("x").resolutions().empty());
}  // namespace

TEST_CASE("every legal basis printed in annex 1 of the 2025 report") {
  struct Case {
    const char* printed;
    LegalBasis expected;
  };
  const std::vector<Case> cases{
      {"VNVR-resolutie 50", LegalBasis::un_resolutions({50})},
      {"VNVR-resolutie 2695", LegalBasis::un_resolutions({2695})},
      {"Overeenkomst tussen VS, Isra\xC3\xABl, de Palestijnse Autoriteit",
       LegalBasis::agreement("VS, Isra\xC3\xABl, de Palestijnse Autoriteit")},
      {"Overeenkomst met Verenigde Arabische Emiraten", LegalBasis::agreement("Verenigde Arabische Emiraten")},
      {"UNCLOS", LegalBasis::unclos()},
      {"VN Handvest art. 51", LegalBasis::un_charter(51)},
      {"UNCLOS ", LegalBasis::unclos()},
      {"VNVR-resolutie 2383", LegalBasis::un_resolutions({2383})},
      {"Overeenkomst USA - Afrikaanse landen", LegalBasis::agreement("USA - Afrikaanse landen")},
      {"VNVR-resolutie 1244", LegalBasis::un_resolutions({1244})},
      {"o.b.v. Note Verbale", LegalBasis::note_verbale()},
      {"VNVR-resolutie 82 en 83", LegalBasis::un_resolutions({82, 83})},
      {"Art. 97 Grondwet", LegalBasis::constitution(97)},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.printed));
    const auto parsed = parse_legal_basis(c.printed);
    REQUIRE(parsed.has_value());
    CHECK(*parsed == c.expected);
  }
}

TEST_CASE("other spellings of the same bases") {
  CHECK(parse_legal_basis("VNVR-resoluties 2695, 2749 en 2750").value() ==
        LegalBasis::un_resolutions({2695, 2749, 2750}));
  CHECK(parse_legal_basis("vnvr resolutie 1701").value() == LegalBasis::un_resolutions({1701}));
  CHECK(parse_legal_basis("UNSCR 1701 & 2749").value() == LegalBasis::un_resolutions({1701, 2749}));
  CHECK(parse_legal_basis("VN-Handvest artikel 51").value() == LegalBasis::un_charter(51));
  CHECK(parse_legal_basis("artikel 100 Grondwet").value() == LegalBasis::constitution(100));
  CHECK(parse_legal_basis("Note Verbale").value() == LegalBasis::note_verbale());
  CHECK(parse_legal_basis("VN-Zeerechtverdrag").value() == LegalBasis::unclos());
}

TEST_CASE("agreements keep their parties and how they were introduced") {
  const auto basis = parse_legal_basis("Overeenkomst met Verenigde Arabische Emiraten").value();
  CHECK(basis.kind() == LegalBasisKind::agreement);
  CHECK(basis.text() == "Verenigde Arabische Emiraten");
  CHECK(basis.wording() == "Overeenkomst met");
  CHECK(parse_legal_basis("Overeenkomst USA - Afrikaanse landen").value().wording() == "Overeenkomst");
}

TEST_CASE("unrecognised text is kept verbatim as other") {
  const auto basis = parse_legal_basis("  EU Raadsbesluit (GBVB) 2024/1234 ").value();
  CHECK(basis.kind() == LegalBasisKind::other);
  CHECK(basis.text() == "EU Raadsbesluit (GBVB) 2024/1234");
}

TEST_CASE("bad legal bases say what was expected and what was found") {
  struct Case {
    const char* text;
    const char* expected;
    const char* found;
  };
  const Case cases[] = {
      {"", "a legal basis", ""},
      {"VNVR-resolutie", "a resolution number", ""},
      {"VNVR-resolutie twee", "a resolution number", "twee"},
      {"VNVR-resolutie 82 en", "a resolution number after the separator", ""},
      {"VNVR-resolutie 82 of 83", "',' or 'en' between resolution numbers", "of 83"},
      {"VNVR-resolutie 1 2 3 4 5 6 7 8 9", "',' or 'en' between resolution numbers", "2 3 4 5 6 7 8 9"},
      {"VNVR-resolutie 1, 2, 3, 4, 5, 6, 7, 8, 9", "at most 8 resolutions", "9"},
      {"VNVR-resolutie 9999999999", "a resolution number", "9999999999"},
      {"VN Handvest", "an article number", "VN Handvest"},
      {"VN Handvest art. vijftig", "an article number after 'art.'", "vijftig"},
      {"Grondwet", "an article number", "Grondwet"},
      {"Overeenkomst tussen ", "the parties after 'Overeenkomst'", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    const auto basis = parse_legal_basis(c.text);
    REQUIRE_FALSE(basis);
    CHECK(std::string(basis.error().expected_text()).find(c.expected) != std::string::npos);
    CHECK(basis.error().found == c.found);
    CHECK(basis.error().offset + basis.error().found.size() <= std::string_view(c.text).size());
  }
}

TEST_CASE("LegalBasis factories check their input") {
  CHECK_THROWS_AS((void)LegalBasis::un_resolutions(std::span<const std::uint32_t>{}), jvom::validation_error);
  const std::uint32_t nine[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
  CHECK_THROWS_AS((void)LegalBasis::un_resolutions(nine), jvom::validation_error);
  CHECK(LegalBasis::un_resolutions({82, 83}) != LegalBasis::un_resolutions({83, 82}));
  CHECK(LegalBasis::agreement("X", "Overeenkomst met") == LegalBasis::agreement("X", "Overeenkomst tussen"));
}
