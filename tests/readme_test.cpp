// The README is a user's guide of at most 230 lines, and its table of checks is the catalog: every check, in
// order, with its severity and what it finds as the message catalog says it, and nothing else.
#include <doctest/doctest.h>

#include <cstddef>
#include <fstream>
#include <jvom/jvom.hpp>
#include <iterator>
#include <regex>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace {

using Row = std::tuple<std::string, std::string, std::string>;  // (ID, severity, what it finds)

std::vector<std::string> readme_lines() {
  std::ifstream file(std::string(JVOM_SOURCE_DIR) + "/README.md");
  REQUIRE(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(file, line);) lines.push_back(line);
  return lines;
}

std::string whole_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  REQUIRE_MESSAGE(file, path);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

std::vector<Row> readme_table() {
  std::vector<Row> rows;
  const std::regex row(R"(^\| `([a-z_]+\.[a-z_0-9]+)` \| (error|warning|info) \| (.*) \|$)");
  for (const std::string& line : readme_lines())
    if (std::smatch m; std::regex_search(line, m, row)) rows.emplace_back(m[1], m[2], m[3]);
  return rows;
}

std::vector<Row> catalog() {
  std::vector<Row> rows;
  const auto finds = [](std::string_view id) {
    const jvom::CheckText* text = jvom::check_text(id);
    return text ? std::string(text->finds.en) : std::string("(not in jvom/text/catalog.hpp)");
  };
  std::apply(
      [&](const auto&... check) {
        (rows.emplace_back(std::string(check.id), std::string(jvom::enum_name(check.severity)), finds(check.id)), ...);
      },
      jvom::catalog);
  rows.emplace_back(std::string(jvom::unused_acknowledgement_check), "warning", finds(jvom::unused_acknowledgement_check));
  return rows;
}

}  // namespace

TEST_CASE("the README's table of checks lists the catalog's IDs, severities and texts, in the catalog's order") {
  const std::vector<Row> table = readme_table(), want = catalog();
  REQUIRE(table.size() > 20);  // the table was found
  REQUIRE(table.size() == want.size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    CAPTURE(std::get<0>(want[i]));
    CHECK(std::get<0>(table[i]) == std::get<0>(want[i]));
    CHECK(std::get<1>(table[i]) == std::get<1>(want[i]));
    CHECK(std::get<2>(table[i]) == std::get<2>(want[i]));
  }
}

// 230 since the README shows a failed validation as both compilers print it, 27 lines verbatim.
TEST_CASE("the README is at most 230 lines") {
  const std::size_t lines = readme_lines().size();
  CHECK(lines > 50);  // the README was read
  CHECK(lines <= 230);
}

// The README shows a failed validation as each compiler prints it; diagnostics.readme_output compiles it and
// compares the output with these files.
TEST_CASE("the README shows both compilers' diagnostics of a failed validation, verbatim") {
  const std::string readme = whole_file(std::string(JVOM_SOURCE_DIR) + "/README.md");
  for (const char* compiler : {"readme_gcc12.txt", "readme_clang14.txt"}) {
    CAPTURE(compiler);
    const std::string output = whole_file(std::string(JVOM_SOURCE_DIR) + "/tests/data/diagnostics/" + compiler);
    CHECK(output.find("error: ") != std::string::npos);
    CHECK(readme.find("```\n" + output + "```\n") != std::string::npos);
  }
}
