#pragma once

// What each fuzzer does with one input; shared with tests/fuzz_regressions_test.cpp, which replays every
// input a fuzzer ever broke (fuzz/regressions/<target>/). A broken invariant traps: a crash the fuzzer sees.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <jvom/io/dataset.hpp>
#include <jvom/io/json.hpp>
#include <jvom/io/report_document.hpp>
#include <jvom/jvom.hpp>
#include <jvom/text/format.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace jvom::fuzz {

inline void require(bool holds) {
  if (!holds) __builtin_trap();
}

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The CSV reader and the generic row reader, on any bytes, as each table type.
inline void csv_reader(const std::uint8_t* data, std::size_t size) {
  OwnedReport arena;
  const io::cells::ReadContext context{nullptr, [&arena](std::string_view s) { return arena.keep(s); }};
  const auto read_as = [&]<class Row>(Row*) {
    io::LoadErrors errors;
    io::CsvReader reader(std::string(text_of(data, size)), "fuzz.csv", errors);
    std::vector<std::size_t> lines;
    const std::vector<Row> rows = io::read_rows<Row>(reader, "fuzz.csv", errors, context, &lines);
    for (const io::LoadError& e : errors.all()) require(e.line >= 1 && e.column >= 1 && !e.expected.empty());
    require(lines.size() == rows.size());
    for (std::size_t i = 1; i < lines.size(); ++i) require(lines[i - 1] < lines[i]);

    // Read from a stream a few bytes at a time, the same rows, lines and errors.
    std::istringstream stream{std::string(text_of(data, size))};
    io::LoadErrors part_errors;
    io::CsvReader parts(stream, "fuzz.csv", part_errors, 1 + size % 13);
    std::vector<std::size_t> part_lines;
    require(io::read_rows<Row>(parts, "fuzz.csv", part_errors, context, &part_lines) == rows);
    require(part_lines == lines);
    require(part_errors.all().size() == errors.all().size());
    for (std::size_t i = 0; i < errors.all().size(); ++i)
      require(part_errors.all()[i].message() == errors.all()[i].message());
  };
  read_as(static_cast<PersonnelRow*>(nullptr));
  read_as(static_cast<MandateRow*>(nullptr));
  read_as(static_cast<Claim*>(nullptr));
}

// The date, period and count parsers: errors point into the input, and what reads, reads back the same.
inline void dates(const std::uint8_t* data, std::size_t size) {
  const std::string_view s = text_of(data, size);
  const auto within = [&](const ParseError& e) { require(e.offset + e.found.size() <= s.size()); };
  if (const auto d = text::parse_date(s)) {
    require(d->ok());
    require(text::parse_date(text::format_date(*d)).value() == *d);
  } else {
    within(d.error());
  }
  if (const auto e = text::parse_end_date(s))
    require(text::parse_end_date(text::format_end_date(*e)).value() == *e);
  else
    within(e.error());
  if (const auto p = text::parse_period(s))
    require(text::parse_period(text::format_period(*p)).value() == *p);
  else
    within(p.error());
  if (const auto n = text::parse_count(s))
    require(text::parse_count(text::format_count(*n)).value() == *n);
  else
    within(n.error());
  if (const auto u = text::parse_un_date(s)) {
    require(u->ok());
    require(text::parse_un_date(text::format_un_date(*u)) == *u);
  }
}

// The legal-basis parser: errors point into the input, and what reads, reads back the same.
inline void legal_basis(const std::uint8_t* data, std::size_t size) {
  const std::string_view s = text_of(data, size);
  const auto basis = text::parse_legal_basis(s);
  if (!basis) {
    require(basis.error().offset + basis.error().found.size() <= s.size());
    return;
  }
  const std::string printed = text::format_legal_basis(*basis);
  const auto again = text::parse_legal_basis(printed);
  require(again.has_value() && *again == *basis);
}

// The whole pipeline: the input split into the dataset's files at lines "===", loaded, aggregated, checked
// and written as JSON. Whatever the input: an error list or a report, never a crash.
inline void pipeline(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("jvom-fuzz-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const char* const files[] = {"annex1.csv", "annex2.csv", "claims.csv", "report.csv", "acknowledgements.csv"};
  std::string_view rest = text_of(data, size);
  for (const char* file : files) {
    const std::size_t cut = rest.find("\n===\n");
    std::ofstream(folder / file, std::ios::binary) << rest.substr(0, cut);
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 5);
  }
  io::LoadResult loaded = io::load_dataset(folder);
  if (!loaded.report) {
    require(!loaded.errors.empty());
    return;
  }
  const Report report = loaded.report->report();
  const CheckResults results = run_checks(report);
  for (const Finding& f : results.findings) require(!message(f).empty());
  try {
    std::ostringstream json;
    io::write_json(json, report, results);  // sums the columns: may overflow, and says so
    (void)totals_by_region(report.annex2);
  } catch (const validation_error&) {
  }
}

// A report document: Tika's text read into the document model, its annexes and claims extracted, checked and
// written as JSON. Whatever the input: an error list with places inside it, or a report whose claims each
// carry a sentence of the input and a line within it.
// A document model as any reader made it, through extraction and the checks: errors point into it,
// claims carry their rule, line and source.
inline void extracted_document(const io::DocumentResult& read) {
  if (!read.document) {
    require(!read.errors.empty());
    return;
  }
  const std::size_t lines = read.document->lines;
  io::DocumentLoad load = io::extract_report(*read.document);
  if (!load.report) {
    require(!load.errors.empty());
    for (const io::LoadError& e : load.errors) require(e.line <= std::max<std::size_t>(lines, 1) && !e.expected.empty());
    return;
  }
  const Report report = load.report->report();
  for (const Claim& c : report.claims) {
    require(c.line >= 1 && c.line <= lines && !c.rule.empty() && claim_value_fits(c.field, c.value));
    if (c.field != ClaimField::placeholder && c.field != ClaimField::period && !c.mission.empty())
      require(!c.source.empty());
  }
  const CheckResults results = run_checks(report);
  for (const Finding& f : results.findings) require(!message(f).empty());
  try {
    std::ostringstream json;
    io::write_json(json, report, results);
  } catch (const validation_error&) {
  }
}

inline void document(const std::uint8_t* data, std::size_t size) {
  extracted_document(io::read_tika_text(text_of(data, size), "fuzz.txt"));
}

}  // namespace jvom::fuzz
