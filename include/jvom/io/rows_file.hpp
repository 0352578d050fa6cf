#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "jvom/io/cells.hpp"
#include "jvom/io/csv.hpp"
#include "jvom/io/load_error.hpp"
#include "jvom/io/rows.hpp"

/// A CSV file of described rows, read whole: what every table of a dataset, and the UN's figures, are read with.
namespace jvom::io {

/// The rows of the CSV file at `path`; a missing file is an error only when `required`. Errors go to
/// `errors` with the path, line and column.
template <class Row>
std::vector<Row> read_rows_file(const std::filesystem::path& path, bool required, LoadErrors& errors,
                                const cells::ReadContext& context, std::vector<std::size_t>* lines = nullptr,
                                const CsvFormat& format = {}) {
  std::error_code ec;
  const std::string problem = unreadable_because(path);
  std::ifstream file;
  if (problem.empty()) file.open(path, std::ios::binary);  // pipes too
  if (!file.is_open()) {
    const bool missing = !std::filesystem::exists(std::filesystem::symlink_status(path, ec));
    if (required || !missing)
      errors.add({path.string(), 0, 0, "file", "a readable CSV file (" + detail::column_list<Row>() + ")",
                  problem.empty() ? "a file that cannot be opened" : problem});
    return {};
  }
  CsvReader reader(file, path.string(), errors, CsvReader::default_part_bytes, format);  // a part at a time
  return read_rows<Row>(reader, path.string(), errors, context, lines);
}


}  // namespace jvom::io
