#pragma once

#include <boost/describe/class.hpp>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "jvom/ext/characters.hpp"
#include "jvom/io/cells.hpp"
#include "jvom/io/csv.hpp"
#include "jvom/io/load_error.hpp"
#include "jvom/io/row_locations.hpp"
#include "jvom/io/rows.hpp"
#include "jvom/io/rows_file.hpp"
#include "jvom/owned_report.hpp"
#include "jvom/un_count.hpp"

/// The UN's monthly figures of uniformed personnel, as it publishes them: the open-data CSV "Contribution
/// of Uniformed Personnel to UN by Country, Mission, and Personnel Type", every country of the world in one
/// file. jvom keeps the Netherlands' rows (ISOCode3 NLD); every row is read, so a broken row anywhere is an
/// error with its file, line, column and field, as in every other input.
namespace jvom::io {

/// A row of the UN's file, its members named as the file's columns.
struct UnFileRow {
  std::string_view Contributing_Country{};
  std::string_view ISOCode3{};
  std::string_view Mission_Acronym{};
  UnPersonnelType Personnel_Type{};
  Headcount Female_Personnel = 0;
  Headcount Male_Personnel = 0;
  std::chrono::year_month_day Last_Reporting_Date{};
};
BOOST_DESCRIBE_STRUCT(UnFileRow, (),
                      (Contributing_Country, ISOCode3, Mission_Acronym, Personnel_Type, Female_Personnel, Male_Personnel,
                       Last_Reporting_Date))

/// The country whose rows are kept.
inline constexpr std::string_view un_country_code = "NLD";
inline constexpr std::string_view un_country_name = "Netherlands";

/// Reads the UN file at `path` and appends the Netherlands' rows to `report.un_counts`, their lines to
/// `lines`. All or nothing: on any error (in `errors`) `report` and `lines` are left as they were. A
/// missing file is an error only when `required`.
inline void read_un_figures(const std::filesystem::path& path, bool required, OwnedReport& report,
                            std::vector<std::size_t>& lines, LoadErrors& errors, const CsvFormat& format = {}) {
  // The file's text is kept once per distinct cell (a few hundred countries and missions, whatever the
  // rows), and only the kept rows' acronyms go into the report.
  std::set<std::string, std::less<>> seen;
  const cells::ReadContext context{nullptr, [&seen](std::string_view s) -> std::string_view {
                                     return *seen.emplace(ext::trim(s)).first;
                                   }};
  std::vector<std::size_t> row_lines;
  errors.next_file();
  const std::size_t errors_before = errors.all().size();
  const std::vector<UnFileRow> rows = read_rows_file<UnFileRow>(path, required, errors, context, &row_lines, format);
  if (errors.all().size() != errors_before) return;
  const std::string file = path.string();
  std::vector<UnCount> kept;
  std::vector<std::size_t> kept_lines;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const UnFileRow& row = rows[i];
    if (!ext::iequals(row.ISOCode3, un_country_code)) continue;
    if (row.Mission_Acronym.empty()) {
      errors.add({file, row_lines[i], 1, "Mission_Acronym", "a mission's acronym", ""});
      continue;
    }
    kept.push_back({row.Mission_Acronym, row.Personnel_Type, row.Last_Reporting_Date, row.Female_Personnel,
                    row.Male_Personnel});
    kept_lines.push_back(row_lines[i]);
  }
  if (errors.all().size() != errors_before) return;
  for (UnCount& c : kept) c.mission = report.keep(c.mission);
  report.un_counts.insert(report.un_counts.end(), kept.begin(), kept.end());
  lines.insert(lines.end(), kept_lines.begin(), kept_lines.end());
}

/// Adds the UN's figures at `path` to a loaded `report`, and where their rows are to `locations`. The
/// errors, if any: then nothing was added.
inline std::vector<LoadError> add_un_figures(const std::filesystem::path& path, OwnedReport& report,
                                             RowLocations& locations, const CsvFormat& format = {}) {
  LoadErrors errors;
  std::vector<std::size_t> lines;
  read_un_figures(path, true, report, lines, errors, format);
  if (!errors.empty()) return errors.all();
  locations.un_file = path.string();
  locations.un_lines.insert(locations.un_lines.end(), lines.begin(), lines.end());
  return {};
}

/// Writes `counts` as the UN's file writes them, as the Netherlands' rows.
inline void write_un_figures(std::ostream& out, std::span<const UnCount> counts) {
  std::vector<UnFileRow> rows;
  rows.reserve(counts.size());
  for (const UnCount& c : counts)
    rows.push_back({un_country_name, un_country_code, c.mission, c.type, c.female, c.male, c.reported});
  write_rows(out, rows);
}

}  // namespace jvom::io
