// CSV dataset folders in and out: the tokenizer, the generic row reader, errors, and round trips.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/dataset.hpp>
#include <jvom/io/json.hpp>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "generated_report.hpp"
#include "temp_folder.hpp"

using namespace std::chrono;
using namespace jvom;
using jvom::io::LoadErrors;

namespace {

std::filesystem::path fresh_folder(const std::string& name) { return jvom::testing::fresh_path(name); }

// A folder of that name, there and empty, for a test to write its files into.
std::filesystem::path empty_folder(const std::string& name) {
  const auto folder = fresh_folder(name);
  std::filesystem::create_directories(folder);
  return folder;
}

void write_file(const std::filesystem::path& path, std::string_view content) {
  std::ofstream(path, std::ios::binary) << content;
}

// The text of annex1.csv or annex2.csv with these rows under the header, columns in the usual order.
std::string annex1_csv(std::string_view rows) {
  return "region,mission,legal_basis,mandate_end,framework_end\n" + std::string(rows);
}
std::string annex2_csv(std::string_view rows) {
  return "region,mission,framework_military,framework_civil,deployed_military,deployed_civil,deployed_total\n" +
         std::string(rows);
}

// Every record of `content` as the reader gives it: each cell's text, line and column.
struct SplitCsv {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> lines;
  std::vector<std::vector<std::size_t>> columns;
};

SplitCsv split_all(jvom::io::CsvReader& reader) {
  SplitCsv out;
  for (jvom::io::CsvRecord record; reader.next(record);) {
    out.lines.push_back(record.line);
    out.cells.emplace_back();
    out.columns.emplace_back();
    for (const auto& cell : record.cells) {
      out.cells.back().emplace_back(cell.text);
      out.columns.back().push_back(cell.column);
    }
  }
  return out;
}

std::vector<std::string> messages(const LoadErrors& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors.all()) out.push_back(e.message());
  return out;
}

// Reads `content` whole, and checks that reading it from a stream in parts of a few bytes (records, line
// ends, quotes and UTF-8 characters cut anywhere) gives the same records and the same errors.
SplitCsv split_csv(const std::string& content, LoadErrors& errors) {
  jvom::io::CsvReader reader(content, "t.csv", errors);
  const SplitCsv whole = split_all(reader);
  for (const std::size_t part : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7}, std::size_t{64}}) {
    CAPTURE(part);
    std::istringstream stream(content);
    LoadErrors part_errors;
    jvom::io::CsvReader parts(stream, "t.csv", part_errors, part);
    const SplitCsv in_parts = split_all(parts);
    CHECK(in_parts.cells == whole.cells);
    CHECK(in_parts.lines == whole.lines);
    CHECK(in_parts.columns == whole.columns);
    CHECK(messages(part_errors) == messages(errors));
  }
  return whole;
}

}  // namespace

TEST_CASE("CSV: quotes, doubled quotes, line ends inside quotes, CRLF, a byte order mark, blank lines") {
  LoadErrors errors;
  const SplitCsv table = split_csv(
      "\xEF\xBB\xBF"
      "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\n,,\n",
      errors);
  REQUIRE(errors.empty());
  CHECK(table.cells ==
        std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"x, y", "say \"hi\"", "two\nlines"}, {"", "", ""}});
  CHECK(table.lines == std::vector<std::size_t>{1, 2, 5});  // the quoted line end counts, the blank line is skipped
  CHECK(table.columns[1][1] == 8);
}

TEST_CASE("CSV: the scan eight bytes at a time stops at exactly the bytes the byte-at-a-time test stops at") {
  // Every byte value, in every lane of a word and in the tail past the last whole word; with the comma
  // and with the semicolon as the delimiter.
  for (const char delimiter : {',', ';'})
    for (int byte = 0; byte < 256; ++byte)
      for (std::size_t at = 0; at < 19; ++at) {
        std::string text(19, 'a');
        text[at] = static_cast<char>(byte);
        const std::size_t expected = jvom::io::detail::plain(static_cast<char>(byte), delimiter) ? text.size() : at;
        CHECK_MESSAGE(jvom::io::detail::skip_plain(text, 0, delimiter) == expected, "byte ", byte, " at ", at);
        CHECK(jvom::io::detail::skip_plain(text, at, delimiter) == expected);  // starting on it
      }
}

TEST_CASE("CSV: read in parts, any text gives the records and errors it gives whole") {
  // Short texts of the bytes that matter to the reader, cut into parts of every small size.
  std::mt19937 random(5);
  const std::string bytes[] = {"a", ",", "\"", "\n", "\r", "\xC3\xAB", "\xC3", "\xFF", std::string(1, '\0'), " "};
  for (int round = 0; round < 3000; ++round) {
    std::string content;
    for (auto n = random() % 24; n > 0; --n) content += bytes[random() % std::size(bytes)];
    CAPTURE(content);
    LoadErrors errors;
    (void)split_csv(content, errors);  // compares the parts with the whole
  }
  // A stream's records_left is an estimate from the first part; a whole text's is its lines.
  std::istringstream many(std::string(100000, 'x') + "\n" + std::string(1000, '\n'));
  LoadErrors errors;
  CHECK(jvom::io::CsvReader(std::string(5, '\n'), "t.csv", errors).records_left() == 6);
  CHECK(jvom::io::CsvReader(many, "t.csv", errors, 50000).records_left() > 0);
}

TEST_CASE("CSV: columns count characters, not bytes") {
  LoadErrors errors;
  const SplitCsv table = split_csv("Isra\xC3\xABl,x\n", errors);
  REQUIRE(errors.empty());
  CHECK(table.columns[0][1] == 8);
}

TEST_CASE("CSV errors name line and column") {
  struct Case {
    std::string content;
    std::size_t line, column;
    std::string expected;
  };
  const Case cases[] = {
      {"a,\"b\n", 1, 3, "a closing quote"},
      {"a,\"b\"c\n", 1, 6, "a comma or a line end after the closing quote"},
      {"a,b\"c\n", 1, 4, "a quote only at the start of a cell"},
      {"a\rb\n", 1, 2, "a line end of LF or CRLF"},
      {"ok\nx\xFF", 2, 2, "text encoded as UTF-8"},
      {"ok\nx\xED\xA0\x80", 2, 2, "text encoded as UTF-8"},  // a UTF-16 surrogate
      {std::string("a\0b", 3), 1, 2, "text (UTF-8)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.content);
    LoadErrors errors;
    (void)split_csv(c.content, errors);
    REQUIRE(errors.all().size() == 1);
    CHECK(errors.all()[0].line == c.line);
    CHECK(errors.all()[0].column == c.column);
    CHECK(errors.all()[0].expected.starts_with(c.expected));
  }
}

TEST_CASE("CSV: a record holds at most max_cells cells; past them one error, and reading goes on") {
  constexpr std::size_t most = jvom::io::CsvReader::max_cells;
  const std::string widest = std::string(most - 1, ',') + "x\n", wider = std::string(most, ',') + "x\n";
  LoadErrors fine;
  const SplitCsv read = split_csv(widest, fine);
  CHECK(fine.empty());
  REQUIRE(read.cells.size() == 1);
  CHECK(read.cells[0].size() == most);
  CHECK(read.cells[0].back() == "x");

  LoadErrors errors;
  (void)split_csv(wider + wider + "a\rb\n", errors);  // each wide record once, then the lone CR
  REQUIRE(errors.all().size() == 3);
  CHECK(errors.all()[0].line == 1);
  CHECK(errors.all()[0].column == most + 1);  // the first cell too many
  CHECK(errors.all()[0].expected == "at most 1024 cells in a record");
  CHECK(errors.all()[1].line == 2);
  CHECK(errors.all()[2].line == 3);
  CHECK(errors.all()[2].expected.starts_with("a line end of LF or CRLF"));
}

TEST_CASE("a dataset file may be a named pipe: read as it comes, its size not known up front") {
  const auto folder = empty_folder("pipe");
  write_file(folder / "annex2.csv", annex2_csv("Europa,KFOR,4,,3,,3\n"));
  const auto pipe = folder / "annex1.csv";
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  std::thread writer([&] {  // blocks until the loader opens the pipe for reading
    std::ofstream(pipe) << annex1_csv(
        "Europa,KFOR,VNVR-resolutie 1244,Onbepaald,30 april 2026\n"
        "Afrika,EUTM Mali,Art. 100 Grondwet,31 mei 2024,31 mei 2024\n");
  });
  const io::LoadResult loaded = io::load_dataset(folder);
  // Should the loader not have read the pipe, a reader opened here lets the writer finish either way.
  const int reader = ::open(pipe.c_str(), O_RDONLY | O_NONBLOCK);
  writer.join();
  if (reader >= 0) ::close(reader);
  REQUIRE(loaded.report.has_value());
  REQUIRE(loaded.report->annex1.size() == 2);
  CHECK(loaded.report->annex1[1].mission == "EUTM Mali");
}

TEST_CASE("rows: columns in any order; errors name file, line, column, field; nothing half-loaded") {
  const auto folder = empty_folder("order");
  write_file(folder / "annex1.csv",
             "mission,framework_end,region,mandate_end,legal_basis\nKFOR,30 april 2026,Europa,Onbepaald,VNVR-resolutie "
             "1244\n");
  write_file(folder / "annex2.csv",
             "deployed_total,mission,region,framework_military,framework_civil,deployed_military,deployed_civil\n"
             "3,KFOR,EUROPA,4,,3,\n");
  const io::LoadResult good = io::load_dataset(folder);
  REQUIRE(good.report.has_value());
  CHECK(good.report->annex1[0].legal_basis == LegalBasis::un_resolutions({1244}));
  CHECK(good.report->annex2[0].deployed_total == 3);
  CHECK(good.report->title == "order");  // no report.csv: the folder's name

  write_file(folder / "annex2.csv",
             "deployed_total,mission,region,framework_military,framework_civil,deployed_military,deployed_civil\n"
             "3,KFOR,EUROPA,4,,x3,\n3,UNC,Diversen,-1,,3,\n");
  const io::LoadResult bad = io::load_dataset(folder);
  CHECK_FALSE(bad.report.has_value());
  REQUIRE(bad.errors.size() == 2);  // every error in the file, not only the first
  CHECK(bad.errors[0].message() ==
        (folder / "annex2.csv").string() +
            ":2:18: deployed_military: expected a count (digits only, such as 1481 or 1.481), "
            "found 'x3'");
  CHECK(bad.errors[1].line == 3);
  CHECK(bad.errors[1].field == "framework_military");
}

TEST_CASE("rows are read as the CSV streams: errors come in file order, and none from cells after broken CSV") {
  const auto folder = empty_folder("stream");
  write_file(folder / "annex1.csv", annex1_csv(""));
  write_file(folder / "annex2.csv", annex2_csv("Europa,A,x,,1,,1\n"     // line 2: a cell error
                                               "Europa,B\"x,1,,1,,1\n"  // line 3: broken CSV
                                               "Europa,C,y,,1,,1\n"));  // line 4: a cell error no one should hear of
  const io::LoadResult bad = io::load_dataset(folder);
  CHECK_FALSE(bad.report.has_value());
  REQUIRE(bad.errors.size() == 2);
  CHECK(bad.errors[0].line == 2);
  CHECK(bad.errors[0].field == "framework_military");
  CHECK(bad.errors[1].line == 3);
  CHECK(bad.errors[1].field == "mission");  // the column of the cell where the CSV broke
}

TEST_CASE("errors are reported up to 50 a file") {
  const auto folder = empty_folder("many");
  write_file(folder / "annex1.csv", annex1_csv(""));
  std::string annex2 = annex2_csv("");
  for (int i = 0; i < 80; ++i) annex2 += "E,M" + std::to_string(i) + ",x,,1,,1\n";
  write_file(folder / "annex2.csv", annex2);
  const io::LoadResult result = io::load_dataset(folder);
  CHECK_FALSE(result.report);
  CHECK(result.errors.size() == io::LoadErrors::max_per_file);
  CHECK(result.truncated);
}

TEST_CASE("repeated missions: each annex reports up to 50 of its own") {
  const auto folder = empty_folder("repeats");
  std::string annex1 = annex1_csv("");
  for (int i = 0; i < 60; ++i)
    annex1 += "E,M,VNVR-resolutie 1244,Onbepaald,Onbepaald\n";  // 59 repeats: the limit and more
  write_file(folder / "annex1.csv", annex1);
  write_file(folder / "annex2.csv", annex2_csv("E,M,1,,1,,1\nE,m,1,,1,,1\n"));
  const io::LoadResult result = io::load_dataset(folder);
  CHECK_FALSE(result.report);
  REQUIRE(result.errors.size() == io::LoadErrors::max_per_file + 1);
  CHECK(result.errors.front().file == (folder / "annex1.csv").string());
  CHECK(result.errors.front().line == 3);
  CHECK(result.errors.back().file == (folder / "annex2.csv").string());  // not crowded out by annex 1's
  CHECK(result.errors.back().line == 3);
  CHECK(result.errors.back().found == "m");
  CHECK(result.truncated);
}

TEST_CASE("Totaal rows: one is taken out of the missions, each further one is an error") {
  // 100,000 of them: taking each out on its own moved every row after it, and this file took 17 s
  // (growing with the square of the rows); one pass takes milliseconds.
  const auto folder = empty_folder("totals");
  write_file(folder / "annex1.csv", annex1_csv("E,M,VNVR-resolutie 1244,Onbepaald,Onbepaald\n"));
  std::string annex2 = annex2_csv("E,M,1,,1,,1\n");
  for (int i = 0; i < 100'000; ++i) annex2 += ",Totaal,1,,1,,1\n";
  write_file(folder / "annex2.csv", annex2);
  const io::LoadResult result = io::load_dataset(folder);
  CHECK_FALSE(result.report);
  REQUIRE(result.errors.size() == io::LoadErrors::max_per_file);
  CHECK(result.errors.front().line == 4);  // the second Totaal row
  CHECK(result.errors.front().expected == "one Totaal row");
  CHECK(result.errors.back().line == 3 + io::LoadErrors::max_per_file);
  CHECK(result.truncated);

  // One Totaal row among the rows: taken out, the rows after it in order, their lines kept.
  write_file(folder / "annex2.csv", annex2_csv("E,A,1,,1,,1\nE,Totaal,1,,2,,2\nE,M,1,,1,,1\nE,M,1,,1,,1\n"));
  const io::LoadResult one = io::load_dataset(folder);
  REQUIRE(one.errors.size() == 1);
  CHECK(one.errors[0].line == 5);  // the repeated M, on the line it has in the file
  CHECK(one.errors[0].expected == "a mission not listed before (it is on line 4)");
  write_file(folder / "annex2.csv", annex2_csv("E,A,1,,1,,1\nE,Totaal,1,,2,,2\nE,M,1,,1,,1\n"));
  const io::LoadResult good = io::load_dataset(folder);
  REQUIRE(good.report);
  REQUIRE(good.report->annex2.size() == 2);
  CHECK(good.report->annex2[0].mission == "A");
  CHECK(good.report->annex2[1].mission == "M");
  REQUIRE(good.report->printed_totals);
  CHECK(good.report->printed_totals->deployed_total == 2);
}

TEST_CASE("the 2025 dataset written as a folder reads back equal") {
  const auto folder = fresh_folder("2025");
  io::save_dataset(folder, datasets::jvom2025::report);
  const io::LoadResult loaded = io::load_dataset(folder);
  for (const auto& e : loaded.errors) FAIL(e.message());
  REQUIRE(loaded.report);
  CHECK(loaded.report->report() == datasets::jvom2025::report);
  // and checks the same
  const CheckResults a = run_checks(datasets::jvom2025::report), b = run_checks(loaded.report->report());
  CHECK(a.findings == b.findings);
}

TEST_CASE("2,000 generated reports with awkward text read back equal") {
  const auto folder = fresh_folder("generated");
  for (unsigned seed = 1; seed <= 2000; ++seed) {
    CAPTURE(seed);
    jvom::testing::Generator generator(seed);
    const OwnedReport original = generator.report();
    io::save_dataset(folder, original.report());
    const io::LoadResult loaded = io::load_dataset(folder);
    for (const auto& e : loaded.errors) FAIL(e.message());
    REQUIRE(loaded.report);
    CHECK(loaded.report->report() == original.report());
  }
}

TEST_CASE("JSON strings escape what JSON requires and pass UTF-8 through") {
  const auto json = [](std::string_view s) {
    std::ostringstream out;
    io::write_json_string(out, s);
    return out.str();
  };
  CHECK(json("a\"b\\c\nd\te\x01 Isra\xC3\xABl") == "\"a\\\"b\\\\c\\nd\\te\\u0001 Isra\xC3\xABl\"");
  // Text goes out in runs between escapes: none at all, escapes only, and an escape at either end.
  CHECK(json("") == "\"\"");
  CHECK(json("\r\x1f") == "\"\\r\\u001f\"");
  CHECK(json("\"UNTSO\"") == "\"\\\"UNTSO\\\"\"");
  CHECK(json("UNTSO") == "\"UNTSO\"");
}

TEST_CASE("no invisible input: format and control characters in a cell are errors at their place") {
  struct Case {
    std::string_view text, found;
  };
  const Case cases[] = {
      {"\xEF\xBB\xBF", "a byte order mark (U+FEFF)"}, {"\xE2\x80\x8B", "a zero-width space (U+200B)"},
      {"\xE2\x81\xA0", "a word joiner (U+2060)"},     {"\xE2\x80\xAE", "a bidirectional control (U+202A to U+202E)"},
      {"\xE2\x81\xA6", "a bidirectional isolate (U+2066 to U+2069)"}, {"\xC2\xAD", "a soft hyphen (U+00AD)"},
      {"\x01", "a control character (byte 0x01)"},      {"\xC2\x85", "a control character (byte 0xC2)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.found);
    const auto folder = empty_folder("invisible");
    // Lines 2 to 6 fine; line 7 starts with the character, as text pasted from elsewhere may.
    std::string rows;
    for (int i = 0; i < 5; ++i) rows += "Europa,M" + std::to_string(i) + ",UNCLOS,Onbepaald,Onbepaald\n";
    rows += std::string(c.text) + "Afrika,K,UNCLOS,Onbepaald,Onbepaald\n";
    write_file(folder / "annex1.csv", annex1_csv(rows));
    write_file(folder / "annex2.csv", annex2_csv("Europa,M0,1,,1,,1\n"));
    const io::LoadResult loaded = io::load_dataset(folder);
    REQUIRE_FALSE(loaded.report);
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].message() == (folder / "annex1.csv").string() +
                                            ":7:1: region: expected text a reader can see (no invisible or control "
                                            "characters), found '" + std::string(c.found) + "'");
  }
  // Inside a quoted cell too, and at its column.
  const auto folder = empty_folder("invisible-quoted");
  write_file(folder / "annex1.csv", annex1_csv("Europa,\"K\xE2\x80\x8B" "FOR\",UNCLOS,Onbepaald,Onbepaald\n"));
  write_file(folder / "annex2.csv", annex2_csv("Europa,KFOR,1,,1,,1\n"));
  const io::LoadResult loaded = io::load_dataset(folder);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].line == 2);
  CHECK(loaded.errors[0].column == 10);
  CHECK(loaded.errors[0].field == "mission");
}

TEST_CASE("report.csv: a key given twice names both lines; every error its own line") {
  const auto folder = empty_folder("report-keys");
  write_file(folder / "annex1.csv", annex1_csv("Europa,KFOR,UNCLOS,Onbepaald,Onbepaald\n"));
  write_file(folder / "annex2.csv", annex2_csv("Europa,KFOR,1,,1,,1\n"));
  write_file(folder / "report.csv", "key,value\n\ntitle,T\nperiod_start,2024-05-01\nperiod_end,2025-04-30\n"
                                    "period_end,2026-04-30\n");
  io::LoadResult twice = io::load_dataset(folder);
  REQUIRE_FALSE(twice.report);
  REQUIRE(twice.errors.size() == 1);
  CHECK(twice.errors[0].message() == (folder / "report.csv").string() +
                                         ":6:1: key: expected each key once (period_end is on line 5 already), found "
                                         "'period_end'");
  write_file(folder / "report.csv", "key,value\ntitle,T\n\nperiod_end,2025-04-30\n");
  io::LoadResult half = io::load_dataset(folder);
  REQUIRE(half.errors.size() == 1);
  CHECK(half.errors[0].line == 4);
  CHECK(half.errors[0].field == "period_start");
}

TEST_CASE("file errors say the system's reason, and no line and column") {
  const auto folder = empty_folder("file-errors");
  write_file(folder / "annex2.csv", annex2_csv("Europa,KFOR,1,,1,,1\n"));
  std::filesystem::create_directories(folder / "annex1.csv");
  io::LoadResult is_folder = io::load_dataset(folder);
  REQUIRE_FALSE(is_folder.report);
  CHECK(is_folder.errors.at(0).message() == (folder / "annex1.csv").string() +
                                                ": file: expected a readable CSV file "
                                                "(region,mission,legal_basis,mandate_end,framework_end), found 'Is a "
                                                "directory'");
  std::filesystem::remove(folder / "annex1.csv");
  std::filesystem::create_symlink(folder / "loop", folder / "annex1.csv");
  std::filesystem::create_symlink(folder / "annex1.csv", folder / "loop");
  io::LoadResult loop = io::load_dataset(folder);
  CHECK(loop.errors.at(0).found == "Too many levels of symbolic links");
  std::filesystem::remove(folder / "annex1.csv");
  io::LoadResult missing = io::load_dataset(folder);
  CHECK(missing.errors.at(0).found == "No such file or directory");
  io::LoadResult no_folder = io::load_dataset(folder / "nothing here");
  CHECK(no_folder.errors.at(0).message() == (folder / "nothing here").string() +
                                                ": folder: expected a dataset folder with annex1.csv and annex2.csv, "
                                                "found 'No such file or directory'");
  if (::geteuid() != 0) {  // root reads anything: no permission to deny
    write_file(folder / "annex1.csv", annex1_csv(""));
    std::filesystem::permissions(folder / "annex1.csv", std::filesystem::perms::none);
    CHECK(io::load_dataset(folder).errors.at(0).found == "Permission denied");
  }
}

TEST_CASE("one spelling of a name: NFC and NFD are one mission; blanks and diacritics as the checks have them") {
  const auto folder = empty_folder("spellings");
  // Israel in NFC in annex 1 and NFD (e + U+0308) in annex 2; Atalanta with a doubled space in annex 1;
  // Aspides with a grave accent in annex 1 only; its mandate ended, its people are in annex 2's Aspides.
  write_file(folder / "annex1.csv",
             annex1_csv("Midden-Oosten,Isra\xC3\xABl,UNCLOS,Onbepaald,Onbepaald\n"
                        ",EUNAVFOR  Atalanta,UNCLOS,31 december 2024,31 december 2024\n"
                        ",EUNAVFOR Aspid\xC3\xA8s,UNCLOS,31 december 2024,30 juni 2028\n"));
  write_file(folder / "annex2.csv", annex2_csv("Midden-Oosten,Israe\xCC\x88l,1,,1,,1\n"
                                               ",EUNAVFOR Atalanta,3,,8,,8\n"
                                               ",EUNAVFOR Aspides,5,,6,,6\n"));
  write_file(folder / "report.csv", "key,value\nperiod_start,2024-05-01\nperiod_end,2025-04-30\n");
  const io::LoadResult loaded = io::load_dataset(folder);
  REQUIRE(loaded.report);
  CHECK(loaded.report->annex2[0].mission == "Isra\xC3\xABl");  // kept in NFC
  const CheckResults results = run_checks(loaded.report->report());
  std::vector<std::string> found;
  for (const Finding& f : results.findings) found.push_back(std::string(f.check) + " " + std::string(f.mission));
  CHECK(found == std::vector<std::string>{
                     "crossannex.similar_names EUNAVFOR Aspides",  // across the diacritic
                     "crossannex.spacing_differs EUNAVFOR Atalanta",  // one mission, visibly spelt two ways: info
                     "dates.mandate_expired EUNAVFOR Atalanta",
                     "dates.mandate_expired EUNAVFOR Aspid\xC3\xA8s",  // the pair hides nothing
                     "dates.framework_expired EUNAVFOR Atalanta",
                     "dates.framework_outlives_mandate EUNAVFOR Aspid\xC3\xA8s",
                 });
}

TEST_CASE("rows: a header as Dutch Excel saves CSV, with semicolons, is one error that says what to do") {
  const auto folder = empty_folder("semicolons");
  write_file(folder / "annex1.csv", "region;mission;legal_basis;mandate_end;framework_end\nEuropa;KFOR;VNVR-resolutie 1244;"
                                    "Onbepaald;30 april 2026\n");
  write_file(folder / "annex2.csv",
             "region,mission,framework_military,framework_civil,deployed_military,deployed_civil,deployed_total\n"
             "EUROPA,KFOR,4,,3,,3\n");
  const io::LoadResult r = io::load_dataset(folder);
  CHECK_FALSE(r.report.has_value());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message() == (folder / "annex1.csv").string() +
                                     ":1:1: header: expected columns separated by commas (read it with the delimiter "
                                     "';': jvom-check --delimiter ';'), found 'semicolons, as Excel saves CSV in a Dutch "
                                     "locale'");
}

TEST_CASE("rows: a misspelt column name gets the name it most likely means") {
  const auto folder = empty_folder("misspelt");
  write_file(folder / "annex1.csv", "regoin,mission,Legal Basis,mandate_end,framework_end,remarks\n");
  write_file(folder / "annex2.csv",
             "region,mission,framework_military,framework_civil,deployed_military,deployed_civil,deployed_total\n");
  const io::LoadResult r = io::load_dataset(folder);
  CHECK_FALSE(r.report.has_value());
  REQUIRE(r.errors.size() >= 3);
  CHECK(r.errors[0].expected.ends_with("(did you mean region?)"));
  CHECK(r.errors[0].found == "regoin");
  CHECK(r.errors[1].expected.ends_with("(did you mean legal_basis?)"));
  CHECK(r.errors[2].found == "remarks");
  CHECK(r.errors[2].expected.find("did you mean") == std::string::npos);  // nothing near: no guess
}

TEST_CASE("rows: a folder saved with semicolons reads with that delimiter; columns starting with # are the user's") {
  const io::LoadResult with_commas = io::load_dataset(JVOM_TEST_DATA "/good/small");
  REQUIRE(with_commas.report);
  // The same dataset, as Dutch Excel saves it, with a column of notes (whose text holds a semicolon, quoted).
  const io::LoadResult with_semicolons = io::load_dataset(JVOM_TEST_DATA "/semicolons", io::CsvFormat{';'});
  for (const io::LoadError& e : with_semicolons.errors) FAIL(e.message());
  REQUIRE(with_semicolons.report);
  CHECK(std::ranges::equal(with_semicolons.report->annex1, with_commas.report->annex1));
  CHECK(std::ranges::equal(with_semicolons.report->annex2, with_commas.report->annex2));
  CHECK(with_semicolons.report->title == with_commas.report->title);

  // An export writes what jvom holds: the notes column is not among it, and says so by what it lists.
  const auto folder = empty_folder("exported");
  const std::vector<io::SavedFile> saved = io::save_dataset(folder, with_semicolons.report->report());
  REQUIRE(saved.size() == 5);
  CHECK(saved[0].name == "annex1.csv");
  CHECK(saved[0].rows == with_commas.report->annex1.size());
  CHECK(saved[1].rows == with_commas.report->annex2.size() + (with_commas.report->printed_totals ? 1 : 0));
  std::ifstream annex1(folder / "annex1.csv");
  std::string header;
  std::getline(annex1, header);
  CHECK(header.find('#') == std::string::npos);
}
