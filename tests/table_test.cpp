// The annex tables rendered as text and Markdown, laid out as printed, totals computed from the rows.
#include <doctest/doctest.h>

#include <fstream>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/annex_tables.hpp>
#include <sstream>
#include <string>

using namespace jvom;
namespace d2025 = jvom::datasets::jvom2025;

namespace {
std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("annex 2 of 2025 as aligned text, exactly") {
  std::ostringstream out;
  io::write_text(out, io::annex2_table(d2025::report, Language::nl));
  CHECK(out.str() == read_file(JVOM_TEST_DATA "/expected/annex2_2025.txt"));
}

TEST_CASE("annex 2 of 2025 as Markdown, exactly") {
  std::ostringstream out;
  io::write_markdown(out, io::annex2_table(d2025::report, Language::nl));
  CHECK(out.str() == read_file(JVOM_TEST_DATA "/expected/annex2_2025.md"));
}

TEST_CASE("the totals row is computed from the rows, not copied from the printed totals") {
  Report changed = d2025::report;
  std::array<PersonnelRow, 18> rows = d2025::annex2;
  rows[0].deployed_military = 1480;  // one fewer on the eastern flank
  changed.annex2 = rows;
  const io::Table table = io::annex2_table(changed, Language::nl);
  const io::TableRow& total = table.rows.back();
  CHECK(total.kind == io::TableRow::Kind::total);
  CHECK(total.cells == std::vector<std::string>{"Totaal", "1320", "22", "3374", "18", "3392"});
  CHECK(io::annex2_table(changed).rows.back().cells.front() == "Total");
}

TEST_CASE("region headings appear where the region or its sub-group changes") {
  const io::Table table = io::annex2_table(d2025::report);
  std::vector<std::string> headings;
  for (const auto& row : table.rows)
    if (row.kind == io::TableRow::Kind::heading) headings.push_back(row.cells[0]);
  CHECK(headings ==
        std::vector<std::string>{"EUROPA", "Midden-Oosten", "Midden-Oosten overige missies", "Afrika", "Diversen"});
}

TEST_CASE("aligned text: data rows indented, columns padded, and no line ends in blanks") {
  io::Table table;
  table.columns = {{"Naam", "", io::Align::left}, {"Toelichting", "", io::Align::left}};
  table.rows = {{io::TableRow::Kind::heading, {"Regio  "}},
                {io::TableRow::Kind::data, {"A", "kort"}},
                {io::TableRow::Kind::data, {"Langere naam", "een langere toelichting"}},
                {io::TableRow::Kind::total, {"Totaal", ""}}};
  std::ostringstream out;
  io::write_text(out, table);
  CHECK(out.str() ==
        "Naam            Toelichting\n"
        "Regio\n"
        "  A             kort\n"
        "  Langere naam  een langere toelichting\n"
        "Totaal\n");
}

TEST_CASE("Markdown escapes what would break a table") {
  io::Table table;
  table.columns = {{"a|b", "", io::Align::left}};
  table.rows = {{io::TableRow::Kind::data, {"x|y*z_"}}};
  std::ostringstream out;
  io::write_markdown(out, table);
  CHECK(out.str() == "| a\\|b |\n|---|\n| x\\|y\\*z\\_ |\n");
}
