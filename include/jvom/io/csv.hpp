#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "jvom/config.hpp"
#include "jvom/ext/utf8.hpp"
#include "jvom/io/load_error.hpp"

/// Reading CSV as RFC 4180 has it: a header row first, cells separated by commas (or the delimiter a
/// `CsvFormat` names: Excel in a Dutch locale writes semicolons), quoted cells with "" for a quote and
/// line ends inside; LF or CRLF line ends; a UTF-8 byte order mark is accepted. Strict
/// where being lenient would guess: a quote inside an unquoted cell, text after a closing quote, a lone
/// CR, invalid UTF-8 and NUL bytes are errors, each with its line and column.
namespace jvom::io {

/// How a CSV file separates its cells.
struct CsvFormat {
  char delimiter = ',';  ///< printable ASCII other than the quote: ',' as RFC 4180 has it, or ';' or '|'
};

namespace detail {

// Printable ASCII other than the delimiter and the quote: the bytes nearly every cell is made of, taken
// a byte at a time without a closer look.
inline bool plain(char c, char delimiter) noexcept { return c >= ' ' && c < '\x7F' && c != delimiter && c != '"'; }

// The first byte at or after `i` that is not plain, or the end: eight bytes a step while eight are
// left. Each test sets the top bit of the bytes it finds, and no sum carries into the next byte: the
// low seven bits plus at most 0x7F stay below 0x100.
inline std::size_t skip_plain(std::string_view s, std::size_t i, char delimiter) noexcept {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, tops = ones * 0x80, lows = ones * 0x7F;
    const auto is_zero = [](std::uint64_t x) { return ~(x + lows) & tops; };  // x: seven bits a byte
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      const std::uint64_t low = word & lows;
      const std::uint64_t stops = (word & tops)                    // UTF-8 (0x80 and up)
                                  | ((low + ones) & tops)          // 0x7F
                                  | (~(low + ones * 0x60) & tops)  // control characters, below 0x20
                                  | is_zero(low ^ (ones * static_cast<unsigned char>(delimiter))) | is_zero(low ^ (ones * '"'));
      if (stops != 0) return i + static_cast<std::size_t>(std::countr_zero(stops)) / 8;
    }
  }
  while (i < s.size() && plain(s[i], delimiter)) ++i;
  return i;
}

}  // namespace detail

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

/// Reads CSV one record at a time, so that a large file costs one part of its text and one record, not
/// the whole file and a cell table. The text comes whole (a string) or in parts from a stream: a part is
/// read when parsing reaches the end of what is there, so records and errors are the same either way.
/// A record's cells view the reader's buffer (quoted cells are unescaped in place) until the next call
/// to `next`. Errors go to `errors` under the file's name; reading goes on past an error it can recover
/// from (to report the next), and stops at one it cannot (invalid UTF-8, an unclosed quote, a lone CR).
class CsvReader {
 public:
  /// The longest cell accepted: a cell far longer than any name in a report is a broken file.
  static constexpr std::size_t max_cell_bytes = 64 * 1024;
  /// The most cells a record holds: a dataset's tables have at most seven columns, and each cell kept
  /// costs 32 bytes, so that a line of commas would take 32 times its size.
  static constexpr std::size_t max_cells = 1024;
  /// How much of a stream is read at a time: enough that reading costs little per byte, little enough
  /// to stay in cache.
  static constexpr std::size_t default_part_bytes = 1024 * 1024;

  /// Reads `content`, all of it at hand.
  CsvReader(std::string content, std::string_view file, LoadErrors& errors, const CsvFormat& format = {})
      : buffer_(std::move(content)), file_(file), errors_(errors), delimiter_(format.delimiter) {
    skip_byte_order_mark();
  }
  /// Reads `source` from where it is, `part_bytes` at a time. The stream must outlive the reader.
  CsvReader(std::istream& source, std::string_view file, LoadErrors& errors,
            std::size_t part_bytes = default_part_bytes, const CsvFormat& format = {})
      : file_(file), errors_(errors), delimiter_(format.delimiter), source_(&source),
        part_bytes_(std::max<std::size_t>(part_bytes, 1)) {
    const std::istream::pos_type at = source.tellg();
    if (at != std::istream::pos_type(-1) && source.seekg(0, std::ios::end)) {
      const std::istream::pos_type end = source.tellg();
      source.seekg(at);
      if (end != std::istream::pos_type(-1) && end >= at) unread_ = static_cast<std::size_t>(end - at);
    }
    source.clear();
    has(part_bytes_ - 1);  // the first part, for the byte order mark and records_left's estimate
    skip_byte_order_mark();
  }
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  /// Reads the next record into `record`, reusing its cells' storage. Blank lines are skipped. False at
  /// the end of the file or at an error that ends reading.
  bool next(CsvRecord& record) {
    while (!done_) {
      if (read_record(record)) return true;
    }
    return false;
  }

  /// How many records are left, for reserving room: the lines left in the text at hand, and for a stream
  /// whose size is known, its unread bytes at the same number of lines per byte, and an eighth more (an
  /// estimate: records vary in length).
  [[nodiscard]] std::size_t records_left() const noexcept {
    const std::string_view rest = std::string_view(buffer_).substr(std::min(at_, buffer_.size()));
    const auto lines = static_cast<std::size_t>(std::count(rest.begin(), rest.end(), '\n')) + 1;
    if (unread_ == 0 || rest.empty()) return lines;
    const double per_byte = static_cast<double>(lines) / static_cast<double>(rest.size());
    return lines + static_cast<std::size_t>(static_cast<double>(unread_) * per_byte * 1.125);
  }

  /// Names the columns, from the header, so that an error in a cell names its column rather than "csv".
  void name_columns(std::vector<std::string> names) { column_names_ = std::move(names); }

  /// True once an error was found: the records read mean nothing then.
  [[nodiscard]] bool failed() const noexcept { return failed_; }

 private:
  void skip_byte_order_mark() {
    if (has(2) && std::string_view(buffer_).starts_with("\xEF\xBB\xBF")) at_ = line_start_ = 3;
  }

  // True when the text has a byte at `i`, reading parts of the stream until it does or the stream ends.
  // Parts are appended: positions stay, and the cells of the record being read follow the buffer when
  // it moves.
  bool has(std::size_t i) { return i < buffer_.size() || read_until(i); }
  bool read_until(std::size_t i) {
    while (i >= buffer_.size()) {
      if (source_ == nullptr || source_done_) return false;
      const char* const old_base = buffer_.data();
      const std::size_t size = buffer_.size();
      buffer_.resize(size + part_bytes_);
      source_->read(buffer_.data() + size, static_cast<std::streamsize>(part_bytes_));
      const auto got = static_cast<std::size_t>(source_->gcount());
      buffer_.resize(size + got);
      unread_ -= std::min(unread_, got);
      if (got < part_bytes_) {
        source_done_ = true;
        if (source_->bad()) fail_and_stop(line_, 1, "the rest of the file", "an error reading it");
      }
      if (record_ != nullptr && buffer_.data() != old_base)
        for (CsvCell& cell : record_->cells)
          cell.text = std::string_view(buffer_.data() + (cell.text.data() - old_base), cell.text.size());
    }
    return true;
  }

  // Length of the UTF-8 sequence starting at `i`, or 0 when it is not valid UTF-8.
  std::size_t utf8_length(std::size_t i) {
    has(i + 3);  // a sequence is at most four bytes: have them, where the input does
    return ext::utf8_length(std::string_view(buffer_).substr(i, 4));
  }

  // The text from `from` to `to`, at most 20 bytes of it: what an error shows of what was found.
  std::string shown(std::size_t from, std::size_t to) {
    to = std::min(to, from + 20);
    has(to - 1);
    return buffer_.substr(from, std::min(to, buffer_.size()) - from);
  }

  void fail(std::size_t at_line, std::size_t at_column, std::string expected, std::string found) {
    failed_ = true;
    std::string field = cell_ < column_names_.size() ? column_names_[cell_] : std::string("csv");
    errors_.add({std::string(file_), at_line, at_column, std::move(field), std::move(expected), std::move(found)});
  }

  // A character of `n` bytes at `i` that no cell may hold, reported (reading goes on: it is one cell's error).
  void check_visible(std::size_t i, std::size_t n) {
    const char32_t cp = ext::utf8_code_point(std::string_view(buffer_).substr(i, n), n);
    const std::string_view what = ext::invisible_character(cp);
    if (what.empty()) [[likely]]
      return;
    std::string found(what);
    if (found == "a control character") found += " (byte 0x" + hex(static_cast<unsigned char>(buffer_[i])) + ")";
    fail(line_, column(i), "text a reader can see (no invisible or control characters)", found);
  }
  // An error past which nothing can be trusted: reading ends.
  void fail_and_stop(std::size_t at_line, std::size_t at_column, std::string expected, std::string found) {
    fail(at_line, at_column, std::move(expected), std::move(found));
    done_ = true;
  }

  // The column of byte `i` of the current line, in characters (columns are counted only where asked for).
  [[nodiscard]] std::size_t column(std::size_t i) const noexcept { return i - line_start_ - wide_ + 1; }
  void start_line(std::size_t i) noexcept {
    ++line_;
    line_start_ = i;
    wide_ = 0;
  }

  // Reads one line's record (more lines where a quoted cell holds line ends); false when it was blank
  // or reading ended.
  bool read_record(CsvRecord& record) {
    record_ = &record;
    record.cells.clear();
    record_too_wide_ = false;
    if (source_ != nullptr && at_ >= part_bytes_) {  // what was read before is done with: drop it
      buffer_.erase(0, at_);
      line_start_ -= at_;
      at_ = 0;
    }
    std::size_t i = at_;
    if (!has(i)) {
      done_ = true;
      return false;
    }
    record.line = line_;
    bool record_has_content = false;
    while (true) {
      // One cell, starting at i.
      cell_ = record.cells.size();
      const std::size_t cell_line = line_, cell_column = column(i);
      std::size_t write = i;  // unescaped text is written back over the buffer, never ahead of reading
      const std::size_t start = i;
      bool quoted = false;
      if (has(i) && buffer_[i] == '"') {
        quoted = true;
        ++i;
        write = i;
        const std::size_t text_start = i;
        bool closed = false;
        while (has(i)) {
          const char c = buffer_[i];
          if (detail::plain(c, delimiter_)) {
            buffer_[write++] = c;
            ++i;
            continue;
          }
          if (c == '"') {
            if (has(i + 1) && buffer_[i + 1] == '"') {
              buffer_[write++] = '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (c == '\0') {
            fail(line_, column(i), "text (UTF-8)", "a NUL byte");
            ++i;
            continue;
          }
          const std::size_t n = c == '\n' ? 1 : utf8_length(i);
          if (n == 0) {
            fail_and_stop(line_, column(i), "text encoded as UTF-8", "byte 0x" + hex(static_cast<unsigned char>(c)));
            return false;
          }
          if (c != '\n') check_visible(i, n);
          for (std::size_t k = 0; k < n; ++k) buffer_[write++] = buffer_[i + k];
          i += n;
          if (c == '\n')
            start_line(i);
          else
            wide_ += n - 1;
        }
        if (!closed) {
          fail_and_stop(cell_line, cell_column, "a closing quote for the cell that opens here", "the end of the file");
          return false;
        }
        cells_text(record, text_start, write, cell_line, cell_column);
        if (has(i) && buffer_[i] != delimiter_ && buffer_[i] != '\n' && buffer_[i] != '\r') {
          fail(line_, column(i), std::string(delimiter_ == ',' ? "a comma" : "the delimiter") + " or a line end after the closing quote",
               shown(i, i + 20));
          while (has(i) && buffer_[i] != delimiter_ && buffer_[i] != '\n') ++i;  // skip to the next cell
        }
      } else {
        while (has(i = detail::skip_plain(buffer_, i, delimiter_))) {
          const char c = buffer_[i];
          if (c == delimiter_ || c == '\n' || c == '\r') break;
          if (c == '"')
            fail(line_, column(i), "a quote only at the start of a cell (quote the whole cell, write \"\" for \")",
                 shown(start, i + 1));
          if (c == '\0') {
            fail_and_stop(line_, column(i), "text (UTF-8)", "a NUL byte");
            return false;
          }
          const std::size_t n = utf8_length(i);
          if (n == 0) {
            fail_and_stop(line_, column(i), "text encoded as UTF-8", "byte 0x" + hex(static_cast<unsigned char>(c)));
            return false;
          }
          check_visible(i, n);
          i += n;
          wide_ += n - 1;
        }
        write = i;
        cells_text(record, start, write, cell_line, cell_column);
      }
      if (write - (quoted ? start + 1 : start) > max_cell_bytes)
        fail(cell_line, cell_column, "a cell of at most 65536 bytes",
             "a cell of " + std::to_string(write - start) + " bytes");
      record_has_content = record_has_content || quoted || !record.cells.back().text.empty();

      // What ends the cell: a comma (another cell), a line end or the end of the file (the record ends).
      if (has(i) && buffer_[i] == delimiter_) {
        ++i;
        continue;
      }
      if (has(i) && buffer_[i] == '\r') {
        if (has(i + 1) && buffer_[i + 1] == '\n') {
          ++i;
        } else {
          fail_and_stop(line_, column(i), "a line end of LF or CRLF", "a CR on its own");
          return false;
        }
      }
      if (has(i)) start_line(++i);  // past the LF
      at_ = i;
      return record_has_content || record.cells.size() > 1;
    }
  }

  // Keeps a cell; past max_cells, keeps none of the rest, which are still read for what else is wrong
  // with them.
  void cells_text(CsvRecord& record, std::size_t from, std::size_t to, std::size_t at_line, std::size_t at_column) {
    if (record.cells.size() < max_cells) [[likely]]
      record.cells.push_back({std::string_view(buffer_).substr(from, to - from), at_line, at_column});
    else
      too_many_cells(at_line, at_column);
  }
  // Reports the first cell too many of a record (out of line, so that keeping a cell stays a few
  // instructions inlined into the loop that reads them).
  JVOM_COLD void too_many_cells(std::size_t at_line, std::size_t at_column) {
    if (record_too_wide_) return;
    record_too_wide_ = true;
    fail(at_line, at_column, "at most " + std::to_string(max_cells) + " cells in a record", "more cells");
  }

  static std::string hex(unsigned char c) {
    constexpr char digits[] = "0123456789ABCDEF";
    return {digits[c >> 4], digits[c & 15]};
  }

  std::string buffer_;
  std::vector<std::string> column_names_;  // from the header, once read
  std::size_t cell_ = 0;                   // the cell being read, in its record
  std::string file_;  // owned: callers pass temporaries such as path.string()
  LoadErrors& errors_;
  char delimiter_ = ',';
  std::istream* source_ = nullptr;  // where more text comes from, if any
  std::size_t part_bytes_ = default_part_bytes;
  std::size_t unread_ = 0;       // bytes of the stream not read yet, where its size is known
  CsvRecord* record_ = nullptr;  // the record being read, whose cells follow the buffer
  bool source_done_ = false;
  std::size_t at_ = 0;  // where the next record starts
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;  // where the current line starts
  std::size_t wide_ = 0;        // bytes of the current line past the first of each UTF-8 character
  bool failed_ = false, done_ = false;
  bool record_too_wide_ = false;  // the record being read has more than max_cells cells
};

}  // namespace jvom::io
