#pragma once

#include <array>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "jvom/describe.hpp"
#include "jvom/io/cells.hpp"
#include "jvom/io/csv.hpp"
#include "jvom/io/load_error.hpp"
#include "jvom/text/similarity.hpp"

/// Rows of any described type to and from CSV: the header names the members, in any order; every member
/// is a column; a column that names no member is an error, unless its name starts with '#': that column
/// is the user's own (notes, sources), read past and not kept, so not written back by an export.
/// One reader and one writer serve every table.
namespace jvom::io {

namespace detail {

template <class Row>
using members_of = boost::describe::describe_members<Row, boost::describe::mod_public>;

template <class Row>
inline constexpr std::size_t member_count = boost::mp11::mp_size<members_of<Row>>::value;

}  // namespace detail

/// Columns a file of `Row`s may leave out: each reads as the member's default. Claims' provenance
/// (`quote`, `line`, `rule`) is written by extraction from a document; a hand-written claims.csv need
/// not have it.
template <class Row>
inline constexpr bool column_may_be_absent(std::string_view) noexcept {
  return false;
}
template <>
inline constexpr bool column_may_be_absent<Claim>(std::string_view column) noexcept {
  return column == "quote" || column == "line" || column == "rule";
}

namespace detail {

template <class Row>
std::string column_list() {
  std::string out;
  boost::mp11::mp_for_each<members_of<Row>>([&](auto D) {
    if (!out.empty()) out += ',';
    out += D.name;
  });
  return out;
}

// The member name `name` most likely misspells (at most two edits away, case and '_' for ' ' aside), or empty.
template <class Row>
std::string_view nearest_column(std::string_view name) {
  std::string spelled(name);
  for (char& c : spelled) c = c == ' ' || c == '-' ? '_' : c;
  std::string_view best;
  std::size_t best_edits = 3;
  boost::mp11::mp_for_each<members_of<Row>>([&](auto D) {
    const std::size_t edits = text::edit_distance(spelled, D.name, 2);
    if (edits < best_edits) best = D.name, best_edits = edits;
  });
  return best;
}

// Column of a cell, in characters, `offset` bytes into the cell's text.
inline std::size_t column_at(const CsvCell& cell, std::size_t offset) {
  std::size_t column = cell.column;
  for (std::size_t i = 0; i < offset && i < cell.text.size(); ++i)
    if ((static_cast<unsigned char>(cell.text[i]) & 0xC0) != 0x80) ++column;
  return column;
}

}  // namespace detail

/// Reads the rows of the CSV `reader` is at (header first) as `Row`s, and the line of each into `lines`
/// when given. Every error goes to `errors`, with file, line, column and field; rows with an error are
/// left out, and the caller loads nothing when there are any. From a CSV error on, records are only
/// read for further CSV errors: their cells mean nothing.
template <DescribedClass Row>
std::vector<Row> read_rows(CsvReader& reader, std::string_view file, LoadErrors& errors,
                           const cells::ReadContext& base_context, std::vector<std::size_t>* lines = nullptr) {
  constexpr std::size_t n = detail::member_count<Row>;
  std::vector<Row> rows;
  const auto error = [&](std::size_t line, std::size_t column, std::string field, std::string expected,
                         std::string found) {
    errors.add({std::string(file), line, column, std::move(field), std::move(expected), std::move(found)});
  };
  CsvRecord header;
  if (!reader.next(header)) {
    if (!reader.failed()) error(1, 1, "header", "a header row: " + detail::column_list<Row>(), "");
    return rows;
  }

  // One cell holding the names with semicolons between: Excel's "CSV" where the decimal comma is Dutch.
  if (header.cells.size() == 1 && header.cells[0].text.find(';') != std::string_view::npos) {
    error(header.line, header.cells[0].column, "header",
          "columns separated by commas (read it with the delimiter ';': jvom-check --delimiter ';')",
          "semicolons, as Excel saves CSV in a Dutch locale");
    while (reader.next(header)) {
    }
    return rows;
  }

  // The header: which column holds which member.
  std::array<std::optional<std::size_t>, n> column_of{};
  bool header_ok = true;
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    const std::string_view name = ext::trim(header.cells[c].text);
    std::size_t member = 0, found = n;
    boost::mp11::mp_for_each<detail::members_of<Row>>([&](auto D) {
      if (name == D.name) found = member;
      ++member;
    });
    if (name.starts_with('#')) continue;  // the user's own column
    if (found == n) {
      const std::string_view nearest = detail::nearest_column<Row>(name);
      error(header.line, header.cells[c].column, "header",
            "a column named one of " + detail::column_list<Row>() +
                (nearest.empty() ? std::string{" (or a name starting with # for a column of your own)"}
                                 : " (did you mean " + std::string(nearest) + "?)"),
            std::string(name));
      header_ok = false;
    } else if (column_of[found]) {
      error(header.line, header.cells[c].column, "header", "each column once", std::string(name) + " again");
      header_ok = false;
    } else {
      column_of[found] = c;
    }
  }
  std::vector<std::string> names;
  for (const CsvCell& cell : header.cells) names.emplace_back(ext::trim(cell.text));
  reader.name_columns(std::move(names));
  std::size_t member = 0;
  boost::mp11::mp_for_each<detail::members_of<Row>>([&](auto D) {
    if (!column_of[member++] && !column_may_be_absent<Row>(D.name)) {
      error(header.line, 1, "header", std::string("a column named ") + D.name, "no such column");
      header_ok = false;
    }
  });

  // The rows, each member read in declaration order (a claim's value after its field).
  cells::ReadContext context = base_context;
  Region region_above{};  // the last region read, also from rows with errors elsewhere: no cascade of errors
  const std::size_t expected_rows = reader.records_left();
  rows.reserve(expected_rows);
  if (lines) lines->reserve(expected_rows);
  for (CsvRecord record; reader.next(record);) {
    if (!header_ok || reader.failed()) continue;  // on to the CSV errors further down, if any
    if (record.cells.size() != header.cells.size()) {
      const std::size_t column = record.cells.size() > header.cells.size()
                                     ? record.cells[header.cells.size()].column
                                     : record.cells.back().column + record.cells.back().text.size();
      error(record.line, column, "row", std::to_string(header.cells.size()) + " cells, as the header has",
            std::to_string(record.cells.size()) + " cells");
      continue;
    }
    Row row{};
    bool row_ok = true;
    std::size_t index = 0;
    boost::mp11::mp_for_each<detail::members_of<Row>>([&](auto D) {
      const std::optional<std::size_t> column = column_of[index++];
      if (!column) return;  // a column that may be absent: the member keeps its default
      const CsvCell& cell = record.cells[*column];
      using Member = std::remove_cvref_t<decltype(row.*D.pointer)>;
      auto result = cells::read(cell.text, cells::Tag<Member>{}, row, context);
      if (auto* e = std::get_if<cells::CellError>(&result)) {
        error(cell.line, detail::column_at(cell, e->offset), D.name, e->expected, std::string(e->found));
        row_ok = false;
      } else {
        row.*D.pointer = std::get<Member>(result);
        if constexpr (std::is_same_v<Member, Region>) {
          region_above = row.*D.pointer;  // an empty region cell below continues it
          context.region_above = &region_above;
        }
      }
    });
    if (!row_ok) continue;
    rows.push_back(row);
    if (lines) lines->push_back(record.line);
  }
  return rows;
}

namespace detail {
inline void write_csv_cell(std::ostream& os, std::string_view text) {
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) {
    os << text;
    return;
  }
  os << '"';
  for (const char c : text) os << (c == '"' ? "\"\"" : std::string_view(&c, 1));
  os << '"';
}
}  // namespace detail

/// Writes `rows` as CSV with a header of the member names. A region is written where it changes and
/// left empty below (as the printed tables do), which reads back as the region above.
template <DescribedClass Row>
void write_rows(std::ostream& os, const std::vector<Row>& rows) {
  os << detail::column_list<Row>() << "\r\n";
  const Region* above = nullptr;
  for (const Row& row : rows) {
    bool first = true;
    boost::mp11::mp_for_each<detail::members_of<Row>>([&](auto D) {
      if (!first) os << ',';
      first = false;
      using Member = std::remove_cvref_t<decltype(row.*D.pointer)>;
      if constexpr (std::is_same_v<Member, Region>) {
        const Region& region = row.*D.pointer;
        if (above == nullptr || !(*above == region)) detail::write_csv_cell(os, cells::write(region));
        above = &region;
      } else {
        detail::write_csv_cell(os, cells::write(row.*D.pointer));
      }
    });
    os << "\r\n";
  }
}

}  // namespace jvom::io
