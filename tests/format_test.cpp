// Formatting is the inverse of parsing: what is written reads back equal.
#include <doctest/doctest.h>

#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <jvom/text/format.hpp>
#include <jvom/ext/nfc.hpp>
#include <string>

using namespace std::chrono;
using namespace jvom;
using namespace jvom::text;

TEST_CASE("dates, ends and periods as the report prints them") {
  CHECK(format_date(2024y / August / 31) == "31 augustus 2024");
  CHECK(format_date(2025y / January / 1) == "1 januari 2025");
  CHECK(format_iso_date(2025y / April / 30) == "2025-04-30");
  CHECK(format_end_date(EndDate::indefinite()) == "Onbepaald");
  CHECK(format_end_date(EndDate::ongoing()) == "Doorlopend");
  CHECK(format_end_date(EndDate{}) == "-");
  CHECK(format_period(ReportingPeriod::months(2024y / May, 2025y / April)) == "mei 2024 tot en met april 2025");
  CHECK(format_period(ReportingPeriod{2024y / May / 2, 2025y / April / 30}) == "2 mei 2024 tot en met 30 april 2025");
  CHECK(format_region({"Midden-Oosten", "overige missies"}) == "Midden-Oosten overige missies");
}

TEST_CASE("every date of a leap year and a common year reads back equal") {
  for (sys_days d = sys_days{2023y / January / 1}; d <= sys_days{2024y / December / 31}; d += days{1}) {
    const year_month_day ymd{d};
    CHECK(parse_date(format_date(ymd)).value() == ymd);
    CHECK(parse_date(format_iso_date(ymd)).value() == ymd);
  }
}

TEST_CASE("every kind of legal basis reads back equal") {
  const LegalBasis bases[] = {
      LegalBasis::un_resolutions({2695}),
      LegalBasis::un_resolutions({82, 83}),
      LegalBasis::un_resolutions({1, 2, 3}),
      LegalBasis::unclos(),
      LegalBasis::un_charter(51),
      LegalBasis::constitution(97),
      LegalBasis::agreement("Verenigde Arabische Emiraten", "Overeenkomst met"),
      LegalBasis::agreement("USA - Afrikaanse landen", "Overeenkomst"),
      LegalBasis::note_verbale(),
      LegalBasis::other("EU Raadsbesluit 2024/1234"),
  };
  for (const LegalBasis& b : bases) {
    const std::string text = format_legal_basis(b);
    CAPTURE(text);
    CHECK(parse_legal_basis(text).value() == b);
  }
  CHECK(format_legal_basis(LegalBasis::un_resolutions({82, 83})) == "VNVR-resolutie 82 en 83");
  CHECK(format_legal_basis(LegalBasis::un_resolutions({1, 2, 3})) == "VNVR-resolutie 1, 2 en 3");
}

TEST_CASE("NFC: composed stays, decomposed composes, marks are put in order, Hangul syllables compose") {
  using jvom::ext::to_nfc;
  CHECK(to_nfc("Isra\xC3\xABl") == "Isra\xC3\xABl");
  CHECK(to_nfc("Israe\xCC\x88l") == "Isra\xC3\xABl");
  CHECK(to_nfc("Aspide\xCC\x80s") == "Aspid\xC3\xA8s");
  // a + dot below (220) + diaeresis (230), in either order: one text.
  CHECK(to_nfc("a\xCC\x88\xCC\xA3") == to_nfc("a\xCC\xA3\xCC\x88"));
  CHECK(to_nfc("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8") == "\xEA\xB0\x81");  // L V T: the syllable U+AC01
  CHECK(to_nfc("\xE2\x84\xAB") == "\xC3\x85");  // the angstrom sign is the letter Å
  CHECK(jvom::ext::plainly_nfc("EUNAVFOR Atalanta (oostkust Afrika)"));
  CHECK_FALSE(jvom::ext::plainly_nfc("Israe\xCC\x88l"));
}
