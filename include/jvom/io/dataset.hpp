#pragma once

#include <algorithm>
#include <boost/describe/class.hpp>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "jvom/detail/listings.hpp"
#include "jvom/ext/characters.hpp"
#include "jvom/io/csv.hpp"
#include "jvom/io/file_set.hpp"
#include "jvom/io/load_error.hpp"
#include "jvom/io/row_locations.hpp"
#include "jvom/io/rows.hpp"
#include "jvom/io/rows_file.hpp"
#include "jvom/io/un_figures.hpp"
#include "jvom/mission_key.hpp"
#include "jvom/owned_report.hpp"
#include "jvom/text/format.hpp"
#include "jvom/text/period.hpp"

/// A dataset folder: annex1.csv and annex2.csv (required), claims.csv, report.csv, acknowledgements.csv and
/// un.csv, the UN's monthly figures in the UN's own columns (optional; jvom/io/un_figures.hpp). Loading is all or nothing: a report, or every error (up to 50 a file) with file, line,
/// column and field. Writing produces a folder that loads back equal.
namespace jvom::io {

/// A row of report.csv: `title`, `period_start`, `period_end` (ISO or Dutch dates).
struct ReportEntry {
  std::string_view key{};
  std::string_view value{};
};
BOOST_DESCRIBE_STRUCT(ReportEntry, (), (key, value))

/// A loaded report, or why there is none.
struct LoadResult {
  OptionalReport report;
  std::vector<LoadError> errors;
  bool truncated = false;  ///< more errors than were kept
  RowLocations locations;  ///< where the rows were read, when there is a report
};

namespace detail {

// Errors for the rows of one annex whose names repeat or are empty.
template <class Row>
void check_missions(const std::vector<Row>& rows, const std::vector<std::size_t>& lines, std::string_view file,
                    LoadErrors& errors) {
  jvom::detail::for_each_listing(std::span<const Row>(rows), [&](std::size_t i, std::size_t earlier) {
    if (ext::trim(rows[i].mission).empty())  // the same as an empty key: a name's first character starts it
      errors.add({std::string(file), lines[i], 1, "mission", "a mission name", ""});
    else if (earlier != jvom::detail::not_listed_before)
      errors.add({std::string(file), lines[i], 1, "mission",
                  "a mission not listed before (it is on line " + std::to_string(lines[earlier]) + ")",
                  std::string(rows[i].mission)});
  });
}

}  // namespace detail

/// Loads the dataset folder `folder`, its CSV files in `format` (commas, unless told).
inline LoadResult load_dataset(const std::filesystem::path& folder, const CsvFormat& format = {}) {
  LoadResult result;
  LoadErrors errors;
  OwnedReport report;
  cells::ReadContext context{nullptr, [&report](std::string_view s) { return cells::keep_nfc(report, s); }};
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    const std::string problem = unreadable_because(folder);
    errors.add({folder.string(), 0, 0, "folder", "a dataset folder with annex1.csv and annex2.csv",
                problem.empty() ? "a file" : problem});
    return {std::nullopt, errors.all(), false, {}};
  }

  // Reads one file's rows; a missing optional file reads as no rows.
  auto load = [&]<class Row>(std::string_view name, bool required, std::vector<Row>& into,
                             std::vector<std::size_t>* lines = nullptr) {
    errors.next_file();
    into = read_rows_file<Row>(folder / name, required, errors, context, lines, format);
  };

  std::vector<std::size_t> annex1_lines, annex2_lines, acknowledgement_lines;
  load.operator()<MandateRow>("annex1.csv", true, report.annex1, &annex1_lines);
  load.operator()<PersonnelRow>("annex2.csv", true, report.annex2, &annex2_lines);
  load.operator()<Claim>("claims.csv", false, report.claims);
  load.operator()<Acknowledgement>("acknowledgements.csv", false, report.acknowledgements, &acknowledgement_lines);
  std::size_t totals_line = 0;
  std::vector<ReportEntry> entries;
  std::vector<std::size_t> entry_lines;
  load.operator()<ReportEntry>("report.csv", false, entries, &entry_lines);
  std::vector<std::size_t> un_lines;
  read_un_figures(folder / "un.csv", false, report, un_lines, errors, format);

  if (errors.empty()) {
    // Each annex's own errors count towards its own limit of errors.
    errors.next_file();
    detail::check_missions(report.annex1, annex1_lines, (folder / "annex1.csv").string(), errors);
    errors.next_file();
    // The "Totaal" row of annex 2 is the printed totals, a statement to check, not a mission. The other
    // rows move up over it in one pass: a file of many Totaal rows costs no more than one.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < report.annex2.size(); ++i) {
      if (!ext::iequals(mission_key(report.annex2[i].mission), "Totaal")) {
        if (kept != i) {  // only once a Totaal row is passed: rows are written only when they move
          report.annex2[kept] = report.annex2[i];
          annex2_lines[kept] = annex2_lines[i];
        }
        ++kept;
        continue;
      }
      if (report.printed_totals)
        errors.add({(folder / "annex2.csv").string(), annex2_lines[i], 1, "mission", "one Totaal row", "another"});
      report.printed_totals = report.annex2[i];
      totals_line = annex2_lines[i];
      report.printed_totals->region = {};  // an empty cell there continues the region above; it means nothing
    }
    report.annex2.resize(kept);
    annex2_lines.resize(kept);
    detail::check_missions(report.annex2, annex2_lines, (folder / "annex2.csv").string(), errors);
  }

  // report.csv: the title and the period, each key once; every error at its own line.
  errors.next_file();
  const std::string report_file = (folder / "report.csv").string();
  std::optional<std::chrono::year_month_day> first, last;
  std::size_t first_line = 0, last_line = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const ReportEntry& e = entries[i];
    const std::size_t line = entry_lines[i];
    const auto earlier = std::find_if(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(i),
                                      [&](const ReportEntry& other) { return other.key == e.key; });
    if (earlier != entries.begin() + static_cast<std::ptrdiff_t>(i)) {
      errors.add({report_file, line, 1, "key",
                  "each key once (" + std::string(e.key) + " is on line " +
                      std::to_string(entry_lines[static_cast<std::size_t>(earlier - entries.begin())]) + " already)",
                  std::string(e.key)});
      continue;
    }
    if (e.key == "title") {
      report.title = e.value;
    } else if (e.key == "period_start" || e.key == "period_end") {
      const bool start = e.key == "period_start";
      const auto day = text::parse_period_bound(e.value, start ? text::PeriodBound::first : text::PeriodBound::last);
      if (!day)
        errors.add({report_file, line, 5 + e.key.size(), std::string(e.key), std::string(day.error().expected_text()),
                    std::string(e.value)});
      else
        (start ? first : last) = *day, (start ? first_line : last_line) = line;
    } else {
      errors.add({report_file, line, 1, "key", "title, period_start or period_end", std::string(e.key)});
    }
  }
  if (first.has_value() != last.has_value())
    errors.add({report_file, first ? first_line : last_line, 1, first ? "period_end" : "period_start",
                "both period_start and period_end", "only one of them"});
  else if (first && *last < *first)
    errors.add({report_file, last_line, 1, "period_end", "a period end not before its start",
                text::format_iso_date(*last)});
  else if (first)
    report.period = ReportingPeriod{*first, *last};
  if (report.title.empty()) report.title = report.keep(folder.filename().string());

  if (!errors.empty()) return {std::nullopt, errors.all(), errors.truncated(), {}};
  const bool report_has_no_un_counts = report.un_counts.empty();
  result.report = std::move(report);
  // A claim's line is the document's it was read from, not claims.csv's: no file to point at.
  result.locations = {(folder / "annex1.csv").string(),  (folder / "annex2.csv").string(), {},
                      (folder / "acknowledgements.csv").string(), std::move(annex1_lines), std::move(annex2_lines),
                      std::move(acknowledgement_lines),  totals_line, {}, {}};
  if (!report_has_no_un_counts) {
    result.locations.un_file = (folder / "un.csv").string();
    result.locations.un_lines = std::move(un_lines);
  }
  return result;
}

/// A file a save wrote, and the rows it holds (annex 2's Totaal row among them; report.csv's keys).
struct SavedFile {
  std::string name;
  std::size_t rows = 0;
};

/// Writes `report` as a dataset folder's files into `files`; commit them to make them visible. Says
/// which files it wrote, with their rows.
inline std::vector<SavedFile> save_dataset(FileSet& files, const Report& report) {
  std::vector<SavedFile> saved;
  const auto write = [&]<class Row>(const char* name, const std::vector<Row>& rows) {
    files.write(name, [&](std::ostream& out) { write_rows(out, rows); });
    saved.push_back({name, rows.size()});
  };
  write("annex1.csv", std::vector<MandateRow>(report.annex1.begin(), report.annex1.end()));
  std::vector<PersonnelRow> annex2(report.annex2.begin(), report.annex2.end());
  if (report.printed_totals) {
    annex2.push_back(*report.printed_totals);
    annex2.back().mission = "Totaal";
    // Its region means nothing: continue the one above, or (alone) name it, as a region cell must.
    annex2.back().region = annex2.size() > 1 ? annex2[annex2.size() - 2].region : Region{"Totaal"};
  }
  write("annex2.csv", annex2);
  write("claims.csv", std::vector<Claim>(report.claims.begin(), report.claims.end()));
  write("acknowledgements.csv", std::vector<Acknowledgement>(report.acknowledgements.begin(), report.acknowledgements.end()));
  std::vector<ReportEntry> entries{{"title", report.title}};
  std::string start, end;
  if (report.period) {
    start = text::format_iso_date(report.period->first_day());
    end = text::format_iso_date(report.period->last_day());
    entries.push_back({"period_start", start});
    entries.push_back({"period_end", end});
  }
  write("report.csv", entries);
  // An un.csv left from before is written over (with none), so that the folder reads back as `report`.
  std::error_code ec;
  if (!report.un_counts.empty() || std::filesystem::exists(files.folder() / "un.csv", ec)) {
    files.write("un.csv", [&](std::ostream& out) { write_un_figures(out, report.un_counts); });
    saved.push_back({"un.csv", report.un_counts.size()});
  }
  return saved;
}

/// Writes `report` as a dataset folder at `folder` (made if needed), all or nothing: it loads back equal,
/// and on any failure (a `WriteError`, naming the file and the system's reason) the folder is as it was.
/// Says which files it wrote, with their rows.
inline std::vector<SavedFile> save_dataset(const std::filesystem::path& folder, const Report& report) {
  FileSet files(folder);
  std::vector<SavedFile> saved = save_dataset(files, report);
  files.commit();
  return saved;
}

}  // namespace jvom::io
