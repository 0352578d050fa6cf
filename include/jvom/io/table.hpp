#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// A small table model with two renderings, aligned text and Markdown: one place for layout, whatever
/// the table (annex 1, annex 2, findings).
namespace jvom::io {

/// How a column aligns its cells.
enum class Align { left, right };

struct Column {
  std::string heading;  ///< second header line: "Militair"
  std::string group;    ///< first header line, spanning the columns that share it: "Nationale kaders"
  Align align = Align::left;
};

/// A row: a group heading (a region), data, or a total.
struct TableRow {
  enum class Kind { heading, data, total } kind = Kind::data;
  std::vector<std::string> cells;  ///< one per column; a heading has one cell, its text
};

struct Table {
  std::vector<Column> columns;
  std::vector<TableRow> rows;
};

namespace detail {

// Display width of UTF-8 text: one column per code point (the report's text has no wide characters).
inline std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

inline void pad(std::string& line, std::string_view s, std::size_t width, Align align) {
  const std::size_t fill = width > display_width(s) ? width - display_width(s) : 0;
  if (align == Align::right) line.append(fill, ' ');
  line += s;
  if (align == Align::left) line.append(fill, ' ');
}

// Appends `s` to a Markdown line, escaping what would break the table or start emphasis.
inline void append_markdown(std::string& line, std::string_view s) {
  for (const char c : s) {
    if (c == '|' || c == '*' || c == '_' || c == '\\' || c == '`') line += '\\';
    line += c;
  }
}

}  // namespace detail

/// The table as aligned text: group headings flush left, data rows indented, columns padded, no trailing
/// blanks. Written a line at a time: a table of a million rows is not held twice as text.
inline void write_text(std::ostream& out, const Table& table) {
  const std::size_t n = table.columns.size();
  constexpr std::size_t indent = 2;
  constexpr std::string_view gap = "  ";  // between columns
  std::vector<std::size_t> width(n, 0);
  for (std::size_t c = 0; c < n; ++c) width[c] = detail::display_width(table.columns[c].heading);
  for (const TableRow& row : table.rows) {
    if (row.kind == TableRow::Kind::heading) continue;
    for (std::size_t c = 0; c < n && c < row.cells.size(); ++c)
      width[c] = std::max(width[c], detail::display_width(row.cells[c]) + (c == 0 ? indent : 0));
  }
  // The columns from c that share its group heading: where they end, and how wide they are together.
  const auto group_from = [&](std::size_t c) {
    std::size_t end = c + 1;
    while (end < n && table.columns[end].group == table.columns[c].group) ++end;
    std::size_t span = width[c];
    for (std::size_t k = c + 1; k < end; ++k) span += gap.size() + width[k];
    return std::pair{end, span};
  };
  // Group headings span their columns: widen the last column of a group if the heading needs it.
  for (std::size_t c = 0; c < n;) {
    const auto [end, span] = group_from(c);
    const std::size_t need = detail::display_width(table.columns[c].group);
    if (need > span) width[end - 1] += need - span;
    c = end;
  }
  std::string line;
  const auto end_line = [&] {
    line.erase(line.find_last_not_of(' ') + 1);  // padding ends in blanks; a line does not
    line += '\n';
    out << line;
    line.clear();
  };
  // The cells of a line, the first indented by `lead` within its column.
  const auto write_cells = [&](auto&& cell_of, std::size_t lead) {
    for (std::size_t c = 0; c < n; ++c) {
      if (c > 0) line += gap;
      const std::size_t indented = c == 0 ? lead : 0;
      line.append(indented, ' ');
      detail::pad(line, cell_of(c), width[c] - indented, table.columns[c].align);
    }
    end_line();
  };
  if (std::any_of(table.columns.begin(), table.columns.end(), [](const Column& c) { return !c.group.empty(); })) {
    for (std::size_t c = 0; c < n;) {
      const auto [end, span] = group_from(c);
      if (c > 0) line += gap;
      detail::pad(line, table.columns[c].group, span, Align::left);
      c = end;
    }
    end_line();
  }
  write_cells([&](std::size_t c) -> std::string_view { return table.columns[c].heading; }, 0);
  for (const TableRow& row : table.rows) {
    if (row.kind == TableRow::Kind::heading) {
      if (!row.cells.empty()) line += row.cells[0];
      end_line();
      continue;
    }
    write_cells(
        [&](std::size_t c) { return c < row.cells.size() ? std::string_view(row.cells[c]) : std::string_view{}; },
        row.kind == TableRow::Kind::data ? indent : 0);
  }
}

/// The table as GitHub-flavoured Markdown: group headings and totals in bold. Written a line at a time, as
/// the aligned text is.
inline void write_markdown(std::ostream& os, const Table& table) {
  std::string line = "|";
  for (const Column& c : table.columns) {
    line += ' ';
    detail::append_markdown(line, c.group.empty() ? c.heading : c.group + ": " + c.heading);
    line += " |";
  }
  line += "\n|";
  for (const Column& c : table.columns) line += c.align == Align::right ? "--:|" : "---|";
  line += '\n';
  os << line;
  for (const TableRow& row : table.rows) {
    line = '|';
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const std::string_view cell = c < row.cells.size() ? std::string_view(row.cells[c]) : std::string_view{};
      const std::string_view bold = row.kind != TableRow::Kind::data && !cell.empty() ? "**" : "";
      line += ' ';
      line += bold;
      detail::append_markdown(line, cell);
      line += bold;
      line += " |";
    }
    line += '\n';
    os << line;
  }
}

}  // namespace jvom::io
