// The message catalog: every check has a title and a description in both languages, every text the
// checks write is in it, and Dutch output holds no English text of the catalog's.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/findings_text.hpp>
#include <jvom/io/html.hpp>
#include <jvom/io/json.hpp>
#include <jvom/io/markdown.hpp>
#include <jvom/io/sarif.hpp>
#include <jvom/jvom.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "small_dataset.hpp"

using namespace jvom;
namespace printed = jvom::as_printed;
using jvom::testing::SmallDataset;

namespace {

// One change of the small dataset for each thing a catalog check can say, so that every check, and
// each of its sentences, is raised at least once.
const std::vector<std::function<void(SmallDataset&)>> trips = {
    [](SmallDataset& d) { d.annex2[0].deployed_civil = 1; },  // totals.row_sum
    [](SmallDataset& d) {
      d.totals = PersonnelRow{.mission = "Totaal", .framework_military = 3, .deployed_military = 4, .deployed_total = 4};
    },
    [](SmallDataset& d) { d.claims = {{"", ClaimField::deployed_total, Headcount{5}, "2.1"}}; },
    [](SmallDataset& d) { d.annex2.push_back({.region = {"EUROPA"}, .mission = "kfor (tweede rij)"}); },
    [](SmallDataset& d) {
      d.annex1.push_back({{"Afrika"}, "EUNAVFOR Atalnta", {}, {}, {}});
      d.annex2.push_back({.region = {"Afrika"}, .mission = "EUNAVFOR Atalanta"});
      d.annex1.push_back({{"Midden-Oosten"}, "EMASoH-AGENOR", {}, {}, {}});
      d.annex2.push_back({.region = {"Midden-Oosten"}, .mission = "EMASOH"});
      d.annex1.push_back({{"Diversen"}, "UNC", {}, {}, {}});
      d.annex2.push_back({.region = {"Diversen"}, .mission = "VPD"});
    },
    [](SmallDataset& d) { d.annex1[0].region = {"Afrika"}; },
    [](SmallDataset& d) {
      d.annex1.push_back({{"Afrika"}, "EUNAVFOR  Atalanta", {}, {}, {}});
      d.annex2.push_back({.region = {"Afrika"}, .mission = "EUNAVFOR Atalanta"});
    },
    [](SmallDataset& d) { d.period.reset(); },
    [](SmallDataset& d) {
      d.annex1[0].mandate_end = printed::end("31 december 2024");
      d.annex1[0].framework_end = printed::end("31 januari 2025");
    },
    [](SmallDataset& d) { d.annex1[0].framework_end = printed::end("30 juni 2208"); },  // dates.implausible
    [](SmallDataset& d) { d.annex2[0].framework_military.reset(); },
    [](SmallDataset& d) {
      d.annex2[0].deployed_military = d.annex2[0].deployed_total = 0;
      d.annex2.push_back({.region = {"EUROPA"}, .mission = "KFOR"});
    },
    [](SmallDataset& d) { d.annex2[0].deployed_military = d.annex2[0].deployed_total = 9; },
    [](SmallDataset& d) {
      d.annex2[0].framework_civil = 1;
      d.annex2[0].deployed_civil = 2;
      d.annex2[0].deployed_total = 6;
    },
    [](SmallDataset& d) { d.annex2[0].deployed_civil = 1, d.annex2[0].deployed_total = 5; },
    [](SmallDataset& d) {
      d.claims = {
          {"kfor", ClaimField::framework_military, Headcount{3}, "2.2.1"},
          {"KFOR", ClaimField::mandate_end, printed::end("31 december 2026"), "2.2.1"},
          {"KFOR", ClaimField::legal_basis, printed::legal_basis("VNVR-resolutie 1243"), "2.2.1"},
          {"", ClaimField::period, printed::period("mei 2023 t/m april 2024"), "b2"},
          {"UNMISS", ClaimField::deployed_total, Headcount{2}, "2.9"},
          {"KFOR", ClaimField::deployed_total, printed::end("Onbepaald"), "2.2.1"},
          {"", ClaimField::placeholder, std::string_view{"XXX"}, "3", "(Kamerstuk XXX)", 189, "placeholder"},
      };
      d.acknowledgements = {{"dates.mandate_expired", "KFOR", "stale"}};
    },
    [](SmallDataset& d) {
      d.annex1.push_back({{"Diversen"}, "UNC", {}, {}, {}});
      d.annex2.push_back({.region = {"Diversen"}, .mission = "VPD"});
      d.claims = {{"UNC", ClaimField::deployed_total, Headcount{2}, "2.9"},
                  {"VPD", ClaimField::legal_basis, printed::legal_basis("Art. 97 Grondwet"), "2.9"}};
    },
    [](SmallDataset& d) {
      d.annex2[0].framework_civil = 2;
      d.annex2[0].deployed_civil = 1;
      d.annex2[0].deployed_total = 5;
      d.claims = {{"KFOR", ClaimField::posts_military, Headcount{3}, "2.2.1", "drie", 11, "posts"},
                  {"KFOR", ClaimField::posts_civil, Headcount{3}, "2.2.1", "drie", 12, "posts"},
                  {"KFOR", ClaimField::named_military, Headcount{5}, "2.6"},
                  {"KFOR", ClaimField::named_police, Headcount{2}, "2.6"}};
    },
    [](SmallDataset& d) { d.claims = {{"KFOR", ClaimField::contribution_end, printed::end("1 maart 2024"), "2.2.1"}}; },
    [](SmallDataset& d) {  // totals.suspect_cells: an exchange, and more than two cells
      d.annex2.push_back({.region = {"EUROPA"}, .mission = "EUFOR Althea", .deployed_military = 1, .deployed_civil = 3,
                          .deployed_total = 4});
      d.totals = PersonnelRow{.mission = "Totaal", .framework_military = 2, .framework_civil = 0,
                              .deployed_military = 7, .deployed_civil = 1, .deployed_total = 8};
    },
    [](SmallDataset& d) {
      d.annex2[0].deployed_military = 9;
      d.annex2[0].deployed_civil = 2;
      d.totals = PersonnelRow{.mission = "Totaal", .framework_military = 1, .deployed_military = 4, .deployed_total = 4};
    },
    [](SmallDataset& d) {  // un.over_framework and un.above_deployed, military
      d.un_counts = {{"KFOR", UnPersonnelType::staff_officer, std::chrono::year{2024} / 6 / 30, 0, 5}};
    },
    [](SmallDataset& d) {  // un.missing_in_annex2; the civil/police sentences of the other two
      d.un_counts = {{"UNMISS", UnPersonnelType::troops, std::chrono::year{2024} / 6 / 30, 0, 1},
                     {"KFOR", UnPersonnelType::individual_police, std::chrono::year{2024} / 7 / 31, 1, 0}};
    },
};

std::vector<Report> tripped_reports(std::vector<SmallDataset>& keep) {
  keep.assign(trips.size(), SmallDataset{});
  std::vector<Report> reports{datasets::jvom2025::report};
  for (std::size_t i = 0; i < trips.size(); ++i) {
    trips[i](keep[i]);
    reports.push_back(keep[i].report());
  }
  return reports;
}

// `text` with the check IDs taken out ("totals.narrative" is an ID, not the English word "narrative").
std::string without_check_ids(std::string text) {
  static const std::regex id(R"([a-z]+\.[a-z_]+[a-z])");
  return std::regex_replace(text, id, "#");
}

// The English texts of the catalog that Dutch output holds, as whole words, one a line. The reasons of
// acknowledgements are the user's data, in the user's language: they are left out.
std::string english_in(std::string dutch, const CheckResults& results) {
  for (const Finding& f : results.findings)
    for (std::size_t at; !f.reason.empty() && (at = dutch.find(f.reason)) != std::string::npos;)
      dutch.erase(at, f.reason.size());
  const std::string text = without_check_ids(dutch);
  const auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '/'; };
  std::string found;
  const auto look_for = [&](std::string_view en, std::string_view nl) {
    if (en == nl) return;  // "info" is both
    for (std::size_t at = text.find(en); at != std::string::npos; at = text.find(en, at + 1)) {
      const bool starts = at == 0 || !letter(text[at - 1]);
      const bool ends = at + en.size() == text.size() || !letter(text[at + en.size()]);
      if (starts && ends) {
        found.append(en).append("\n");
        return;
      }
    }
  };
  for (const Phrase& p : detail::catalog_phrases) look_for(p.en, p.nl);
  for (const CheckText& t : check_texts) {
    look_for(t.title.en, t.title.nl);
    look_for(t.finds.en, t.finds.nl);
  }
  return found;
}

// The values of `key` in JSON `text` (strings only, escapes kept).
std::string json_strings(const std::string& text, const std::string& key) {
  const std::regex value("\"" + key + R"re(": "((?:[^"\\]|\\.)*)")re");
  std::string out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), value); it != std::sregex_iterator(); ++it)
    out += (*it)[1].str() + "\n";
  return out;
}

// What a person reads of the page: its text without the tags and the style sheet, its characters unescaped.
std::string page_text(const std::string& html) {
  static const std::regex style(R"(<style>[\s\S]*?</style>)"), tag("<[^>]*>");
  std::string text = std::regex_replace(std::regex_replace(html, style, " "), tag, " ");
  for (const auto& [escaped, c] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
    text = std::regex_replace(text, std::regex(escaped), c);
  return text;
}

}  // namespace

TEST_CASE("every check of the catalog has a title and a description, in English and in Dutch") {
  const CheckResults results = run_checks(datasets::jvom2025::report);
  std::set<std::string_view> ran, texts;
  for (const CheckSummary& s : results.summaries) ran.insert(s.check);
  for (const CheckText& t : check_texts) {
    CAPTURE(t.id);
    CHECK(texts.insert(t.id).second);
    for (const Phrase& p : {t.title, t.finds}) {
      CHECK_FALSE(p.en.empty());
      CHECK_FALSE(p.nl.empty());
      CHECK(p.en != p.nl);
    }
    CHECK(check_text(t.id) == &t);
  }
  CHECK(ran == texts);  // the catalog's checks and acknowledgement.unused, no more, no fewer
  CHECK(check_text("my.own_check") == nullptr);
}

TEST_CASE("every sentence and label the checks write is in the catalog, and every check is raised here") {
  std::vector<SmallDataset> keep;
  std::set<std::string_view> raised;
  for (const Report& report : tripped_reports(keep)) {
    for (const Finding& f : run_checks(report).findings) {
      raised.insert(f.check);
      CAPTURE(f.check);
      CHECK_MESSAGE(detail::find_phrase(f.what) != nullptr, f.what);
      for (std::size_t i = 0; i < f.evidence_count; ++i)
        CHECK_MESSAGE(detail::find_phrase(f.evidence[i].label) != nullptr, f.evidence[i].label);
      CHECK(message(f, Language::nl) != message(f, Language::en));
    }
  }
  for (const CheckText& t : check_texts) CHECK_MESSAGE(raised.contains(t.id), "never raised: ", t.id);
}

TEST_CASE("jvom::message in Dutch: the sentence, labels and sources translated, the values as printed") {
  SmallDataset d;
  d.annex2[0].framework_military.reset();
  const CheckResults results = run_checks(d.report());
  REQUIRE(results.findings.size() == 1);
  CHECK(message(results.findings[0], Language::nl) ==
        "KFOR: er was personeel ingezet zonder nationaal kader: kader '-' (bijlage 2 rij 1); ingezet 4 (bijlage 2 rij 1)");
  CHECK(message(results.findings[0], Language::en) ==
        "KFOR: people were deployed without a national framework: framework '-' (annex 2 row 1); deployed 4 (annex 2 row 1)");
  CHECK(message(results.findings[0]) == message(results.findings[0], Language::en));
}

TEST_CASE("a user's own check keeps its own text in either language") {
  Finding f{.check = "my.own_check", .mission = "KFOR", .what = "something only I look for"};
  f.with("my label", Count{3}, Source::computed());
  CHECK(message(f, Language::nl) == "KFOR: something only I look for: my label 3 (berekend)");
}

TEST_CASE("Dutch output, in every format, holds no English text of the catalog's") {
  std::vector<SmallDataset> keep;
  for (const Report& report : tripped_reports(keep)) {
    const CheckResults results = run_checks(report);
    std::ostringstream text, markdown, html, json, sarif;
    io::write_findings_text(text, results, Language::nl);
    io::write_markdown_report(markdown, report, results, Language::nl);
    io::write_html_report(html, report, results, Language::nl);
    io::write_json(json, report, results, Language::nl);
    io::write_sarif(sarif, report, results, {}, Language::nl);
    CAPTURE(report.title);
    const std::string none;
    CHECK(english_in(text.str(), results) == none);
    CHECK(english_in(markdown.str(), results) == none);
    CHECK(english_in(page_text(html.str()), results) == none);
    CHECK(english_in(json_strings(json.str(), "message"), results) == none);
    CHECK(english_in(json_strings(sarif.str(), "text"), results) == none);
    // and the English output is English: the scan finds what it looks for
    std::ostringstream english;
    io::write_findings_text(english, results, Language::en);
    if (!results.findings.empty()) CHECK(english_in(english.str(), results) != none);
  }
}
