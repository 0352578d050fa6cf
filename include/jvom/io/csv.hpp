#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jvom/io/load_error.hpp"

/// Reading CSV as RFC 4180 has it: a header row first, cells separated by commas, quoted cells with ""
/// for a quote and line ends inside; LF or CRLF line ends; a UTF-8 byte order mark is accepted. Strict
/// where being lenient would guess: a quote inside an unquoted cell, text after a closing quote, a lone
/// CR, invalid UTF-8 and NUL bytes are errors, each with its line and column.
namespace jvom::io {

/// A cell: its text (quotes removed, "" made ") and where it starts.
struct CsvCell {
  std::string_view text;
  std::size_t line = 0;
  std::size_t column = 0;
};

/// A row of cells, and the line it starts on.
struct CsvRecord {
  std::vector<CsvCell> cells;
  std::size_t line = 0;
};

/// A CSV file split into records. Cells view the file's own buffer, which the table owns (quoted cells
/// are unescaped in place), so the table must outlive what views its cells.
class CsvTable {
 public:
  /// The longest cell accepted: a cell far longer than any name in a report is a broken file.
  static constexpr std::size_t max_cell_bytes = 64 * 1024;

  /// Splits `content`; errors go to `errors` under `file`. Blank lines are skipped.
  CsvTable(std::string content, std::string_view file, LoadErrors& errors) : buffer_(std::move(content)) {
    split(file, errors);
  }
  CsvTable(const CsvTable&) = delete;
  CsvTable& operator=(const CsvTable&) = delete;

  [[nodiscard]] const std::vector<CsvRecord>& records() const noexcept { return records_; }
  [[nodiscard]] bool empty() const noexcept { return records_.empty(); }

 private:
  // Length of the UTF-8 sequence starting at `i`, or 0 when it is not valid UTF-8.
  static std::size_t utf8_length(std::string_view s, std::size_t i) noexcept {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0)
      n = 2, cp = c & 0x1Fu;
    else if ((c & 0xF0) == 0xE0)
      n = 3, cp = c & 0x0Fu;
    else if ((c & 0xF8) == 0xF0)
      n = 4, cp = c & 0x07u;
    else
      return 0;
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
      if ((b(i + k) & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (b(i + k) & 0x3Fu);
    }
    // overlong forms, surrogates, and code points past Unicode are not UTF-8
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    return n;
  }

  static std::string shown(std::string_view s) { return std::string(s.substr(0, std::min<std::size_t>(s.size(), 20))); }

  void split(std::string_view file, LoadErrors& errors) {
    std::string_view s = buffer_;
    std::size_t i = 0;
    if (s.starts_with("\xEF\xBB\xBF")) i = 3;  // byte order mark
    std::size_t line = 1, column = 1;
    const auto fail = [&](std::size_t at_line, std::size_t at_column, std::string expected, std::string found) {
      errors.add({std::string(file), at_line, at_column, "csv", std::move(expected), std::move(found)});
    };

    CsvRecord record{{}, line};
    bool record_has_content = false;
    while (true) {
      // One cell, starting at i.
      const std::size_t cell_line = line, cell_column = column;
      std::size_t write = i;  // unescaped text is written back over the buffer, never ahead of reading
      const std::size_t start = i;
      bool quoted = false, broken = false;
      if (i < s.size() && s[i] == '"') {
        quoted = true;
        ++i, ++column;
        write = i;
        const std::size_t text_start = i;
        bool closed = false;
        while (i < s.size()) {
          const char c = s[i];
          if (c == '"') {
            if (i + 1 < s.size() && s[i + 1] == '"') {
              buffer_[write++] = '"';
              i += 2, column += 2;
              continue;
            }
            ++i, ++column;
            closed = true;
            break;
          }
          if (c == '\0') {
            fail(line, column, "text (UTF-8)", "a NUL byte");
            broken = true;
            ++i, ++column;
            continue;
          }
          const std::size_t n = c == '\n' ? 1 : utf8_length(s, i);
          if (n == 0) {
            fail(line, column, "text encoded as UTF-8", "byte 0x" + hex(static_cast<unsigned char>(c)));
            return;  // past invalid bytes nothing can be trusted
          }
          for (std::size_t k = 0; k < n; ++k) buffer_[write++] = s[i + k];
          if (c == '\n')
            ++line, column = 1;
          else
            ++column;
          i += n;
        }
        if (!closed) {
          fail(cell_line, cell_column, "a closing quote for the cell that opens here", "the end of the file");
          return;
        }
        cells_text(record, text_start, write, cell_line, cell_column);
        if (i < s.size() && s[i] != ',' && s[i] != '\n' && s[i] != '\r') {
          fail(line, column, "a comma or a line end after the closing quote", shown(s.substr(i)));
          broken = true;
          while (i < s.size() && s[i] != ',' && s[i] != '\n') ++i, ++column;  // skip to the next cell
        }
      } else {
        while (i < s.size() && s[i] != ',' && s[i] != '\n' && s[i] != '\r') {
          const char c = s[i];
          if (c == '"') {
            fail(line, column, "a quote only at the start of a cell (quote the whole cell, write \"\" for \")",
                 shown(s.substr(start, i - start + 1)));
            broken = true;
          }
          if (c == '\0') {
            fail(line, column, "text (UTF-8)", "a NUL byte");
            return;
          }
          const std::size_t n = utf8_length(s, i);
          if (n == 0) {
            fail(line, column, "text encoded as UTF-8", "byte 0x" + hex(static_cast<unsigned char>(c)));
            return;
          }
          i += n, ++column;
        }
        write = i;
        cells_text(record, start, write, cell_line, cell_column);
      }
      if (write - (quoted ? start + 1 : start) > max_cell_bytes) {
        fail(cell_line, cell_column, "a cell of at most 65536 bytes",
             "a cell of " + std::to_string(write - start) + " bytes");
        broken = true;
      }
      (void)broken;
      record_has_content = record_has_content || quoted || !record.cells.back().text.empty();

      // What ends the cell: a comma (another cell), a line end or the end of the file (the record ends).
      if (i < s.size() && s[i] == ',') {
        ++i, ++column;
        continue;
      }
      if (i < s.size() && s[i] == '\r') {
        if (i + 1 < s.size() && s[i + 1] == '\n') {
          ++i;
        } else {
          fail(line, column, "a line end of LF or CRLF", "a CR on its own");
          return;
        }
      }
      const bool at_end = i >= s.size();
      if (record_has_content || record.cells.size() > 1) records_.push_back(std::move(record));
      if (at_end) break;
      ++i, ++line, column = 1;  // past the LF
      if (i >= s.size()) break;
      record = CsvRecord{{}, line};
      record_has_content = false;
    }
  }

  void cells_text(CsvRecord& record, std::size_t from, std::size_t to, std::size_t line, std::size_t column) {
    record.cells.push_back({std::string_view(buffer_).substr(from, to - from), line, column});
  }

  static std::string hex(unsigned char c) {
    constexpr char digits[] = "0123456789ABCDEF";
    return {digits[c >> 4], digits[c & 15]};
  }

  std::string buffer_;
  std::vector<CsvRecord> records_;
};

}  // namespace jvom::io
