#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jvom/ext/characters.hpp"
#include "jvom/ext/nfc.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/load_error.hpp"
#include "jvom/io/text_file.hpp"

/// Apache Tika's plain-text extraction of a Word document, read into the document model.
///
/// What Tika writes, and how each is read:
/// - `[bookmark: NAME]` before a heading: taken out, kept as the heading's bookmarks.
/// - A numbered heading, `2.3.1. [bookmark: …]UNIFIL (Libanon)`: the number (Word's list numbering,
///   computed) and the title; the level is the number's depth. A numbered line is a heading when it
///   carries a bookmark, or when it is short (at most 12 words) and does not end like a sentence: a
///   numbered list item is a paragraph.
/// - A heading without a number ("Golfregio"): a line that starts with a `_Toc` bookmark (Word's table
///   of contents marks every heading so) and is short (at most 8 words), not ending like a sentence.
///   Level 0: not known.
/// - `[footnoteRef:N]`: taken out of the text, kept as a reference at its place; `[N:  text]` after the
///   paragraph: the footnote's text (which may run over lines). Tika writes a blank line after a
///   paragraph or cell holding a footnote's text: that line belongs to the footnote and ends nothing.
/// - Tables, one cell a line with a leading tab and a blank line after each row. A line without a tab
///   right after a cell is another paragraph of that cell (a cell whose text runs over paragraphs stays
///   one cell). Merged cells come out as empty cells, like cells left empty: the text cannot tell them
///   apart, so `Cell::merged` stays false. A row's last cell may end with an empty paragraph: the extra
///   blank line ends nothing.
/// - A line starting with a space: Tika dropped something there (a heading in a text box, a section
///   break; the 2025 report loses "2.3 Midden-Oosten" and the annexes' headings so). It becomes a `Break`
///   before what the line holds, and ends any table.
/// - Any other bracketed text (`[image: …]`, a marker this reader does not know) stays in the text as it is.
namespace jvom::io {

/// A document read, or why it could not be.
struct DocumentResult {
  std::optional<doc::Document> document;
  std::vector<LoadError> errors;
};

namespace detail::tika {

// Columns (characters) in `s`.
inline std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The end of a bracketed run starting at `open` ('['), nesting counted; npos when the line ends first.
inline std::size_t closing_bracket(std::string_view s, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '[') ++depth;
    if (s[i] == ']' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// "[N:" at `at`: a footnote's text begins; its id is N.
inline std::optional<std::string_view> footnote_start(std::string_view s, std::size_t at) {
  std::size_t i = at + 1;
  while (i < s.size() && ext::is_digit(s[i])) ++i;
  if (i == at + 1 || i >= s.size() || s[i] != ':') return std::nullopt;
  return s.substr(at + 1, i - at - 1);
}

// A footnote whose text has not reached its closing bracket yet: the following lines continue it.
struct OpenFootnote {
  std::size_t index = 0;  // in Document::footnotes
  int depth = 0;          // brackets open inside it
};

// One line's text with its markers taken out.
struct Line {
  doc::Paragraph paragraph;
  std::vector<std::string> bookmarks;
  bool starts_with_bookmark = false;
  bool defines_footnote = false;
};

// Reads the markers of `s`, which starts at `column` of `line`. Footnote texts go to `footnotes`; one
// that does not close on this line is left in `open`.
inline Line read_line(std::string_view s, std::size_t line, std::size_t column, std::vector<doc::Footnote>& footnotes,
                      std::optional<OpenFootnote>& open) {
  Line out;
  out.paragraph.position = {line, column};
  std::string& text = out.paragraph.text;
  std::size_t i = 0, col = column;
  const auto skip = [&](std::size_t to) {  // the marker [i, to) leaves the text
    col += characters(s.substr(i, to - i));
    i = to;
    out.paragraph.shifts.push_back({text.size(), col});
  };
  while (i < s.size()) {
    if (s[i] != '[') {
      const std::size_t next = std::min(s.find('[', i), s.size());
      text.append(s.substr(i, next - i));
      col += characters(s.substr(i, next - i));
      i = next;
      continue;
    }
    const std::string_view rest = s.substr(i);
    if (rest.starts_with("[bookmark: ") || rest.starts_with("[footnoteRef:")) {
      const std::size_t close = s.find(']', i);
      if (close != std::string_view::npos) {
        const bool bookmark = rest.starts_with("[bookmark: ");
        const std::string_view name = s.substr(i + (bookmark ? 11 : 13), close - i - (bookmark ? 11 : 13));
        if (bookmark) {
          if (i == 0) out.starts_with_bookmark = true;
          out.bookmarks.emplace_back(name);
        } else {
          out.paragraph.footnotes.push_back({std::string(ext::trim(name)), text.size()});
        }
        skip(close + 1);
        continue;
      }
    } else if (const auto id = footnote_start(s, i)) {
      out.defines_footnote = true;
      const std::size_t close = closing_bracket(s, i);
      const std::size_t body = i + 1 + id->size() + 1;
      const std::size_t end = close == std::string_view::npos ? s.size() : close;
      footnotes.push_back({std::string(*id), std::string(ext::trim(s.substr(body, end - body))),
                           {line, col}});
      if (close == std::string_view::npos) {
        int depth = 0;
        for (std::size_t k = i; k < s.size(); ++k) depth += s[k] == '[' ? 1 : s[k] == ']' ? -1 : 0;
        open = OpenFootnote{footnotes.size() - 1, depth};
      }
      skip(end == s.size() ? end : end + 1);
      continue;
    }
    text += '[';  // not a marker this reader knows: kept as text
    ++col;
    ++i;
  }
  while (const std::size_t n = ext::trailing_blank(text)) text.resize(text.size() - n);
  return out;
}

// Sentence-like endings that keep a short line from being a heading.
inline bool ends_like_sentence(std::string_view t) {
  t = ext::trim(t);
  if (t.empty()) return true;
  const char last = t.back();
  return last == '.' || last == ':' || last == ';' || last == ',' || last == '?' || last == '!';
}

inline std::size_t words(std::string_view t) {
  std::size_t n = 0;
  while (!ext::trim(t).empty()) {
    (void)ext::take_word(t);
    ++n;
  }
  return n;
}

// "2.3.1. Title" or "2. Title": the number and the title, if `t` starts so.
inline std::optional<std::pair<std::string, std::string>> numbered(std::string_view t) {
  std::size_t i = 0, parts = 0;
  while (true) {
    const std::size_t from = i;
    while (i < t.size() && ext::is_digit(t[i])) ++i;
    if (i == from || i - from > 3) return std::nullopt;
    ++parts;
    if (i < t.size() && t[i] == '.' && i + 1 < t.size() && ext::is_digit(t[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  const std::string number(t.substr(0, i));
  if (i < t.size() && t[i] == '.') ++i;
  if (i >= t.size() || ext::leading_blank(t.substr(i)) == 0 || parts > 6) return std::nullopt;
  const std::string_view title = ext::trim(t.substr(i));
  if (title.empty()) return std::nullopt;
  return std::pair{number, std::string(title)};
}

// The heading a narrative line is, if it is one.
inline std::optional<doc::Heading> heading(const Line& line) {
  const std::string_view t = ext::trim(line.paragraph.text);
  if (const auto n = numbered(t)) {
    if (line.bookmarks.empty() && (words(n->second) > 12 || ends_like_sentence(n->second))) return std::nullopt;
    const int level = 1 + static_cast<int>(std::count(n->first.begin(), n->first.end(), '.'));
    return doc::Heading{n->first, level, n->second, line.bookmarks, line.paragraph.position};
  }
  const bool toc = std::any_of(line.bookmarks.begin(), line.bookmarks.end(),
                               [](const std::string& b) { return b.starts_with("_Toc"); });
  if (toc && line.starts_with_bookmark && !t.empty() && words(t) <= 8 && !ends_like_sentence(t))
    return doc::Heading{{}, 0, std::string(t), line.bookmarks, line.paragraph.position};
  return std::nullopt;
}

}  // namespace detail::tika

/// Reads Tika's text of a report, `text`, from `file` (named in errors). Fails only on text that is not
/// UTF-8 (see `check_text_file`); the document's content is extraction's to judge.
inline DocumentResult read_tika_text(std::string_view text, std::string file) {
  namespace tk = detail::tika;
  DocumentResult result;
  if (auto error = check_text_file(text, file)) {
    result.errors.push_back(std::move(*error));
    return result;
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  // One spelling for one text: the whole document in NFC (a combining mark and its letter count as one
  // column then, as a reader sees them).
  std::string normalised;
  if (!ext::plainly_nfc(text)) {
    normalised = ext::to_nfc(text);
    text = normalised;
  }
  doc::Document document;
  document.source = std::move(file);

  doc::Table* table = nullptr;          // the table being read
  bool row_open = false;           // a row of it has cells and no blank line after them yet
  bool footnote_blank = false;     // the next blank line is a footnote's own
  std::optional<tk::OpenFootnote> open;
  const auto end_table = [&] {
    table = nullptr;
    row_open = false;
  };

  std::size_t line_number = 0;
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t nl = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, nl - at);
    if (nl == text.size() && line.empty()) break;
    at = nl + 1;
    ++line_number;
    if (line.ends_with('\r')) line.remove_suffix(1);

    if (open) {  // a footnote's text goes on over lines until its bracket closes
      doc::Footnote& f = document.footnotes[open->index];
      std::size_t k = 0;
      for (; k < line.size(); ++k) {
        open->depth += line[k] == '[' ? 1 : line[k] == ']' ? -1 : 0;
        if (open->depth == 0) break;
      }
      f.text.append("\n").append(ext::trim(line.substr(0, k)));
      if (k == line.size()) continue;
      open.reset();
      footnote_blank = true;
      line = line.substr(k + 1);
      if (ext::trim(line).empty()) continue;
    }

    const bool blank = ext::trim(line).empty() && line.find('\t') == std::string_view::npos;
    if (blank) {
      if (footnote_blank)
        footnote_blank = false;
      else if (table != nullptr)
        row_open = false;
      continue;
    }
    footnote_blank = false;

    std::size_t indent = 0;
    while (indent < line.size() && line[indent] == ' ') ++indent;
    const bool cell = indent < line.size() && line[indent] == '\t';
    if (indent > 0) {
      end_table();
      if (!document.blocks.empty()) document.blocks.emplace_back(doc::Break{{line_number, 1}});  // nothing before it to lose
    }

    if (cell) {
      if (table == nullptr) {
        document.blocks.emplace_back(doc::Table{{}, {line_number, indent + 1}});
        table = &std::get<doc::Table>(document.blocks.back());
      }
      if (!row_open) {
        table->rows.push_back({{}, {line_number, indent + 1}});
        row_open = true;
      }
      tk::Line read = tk::read_line(line.substr(indent + 1), line_number, indent + 2, document.footnotes, open);
      footnote_blank = read.defines_footnote && !open;
      table->rows.back().cells.push_back({{std::move(read.paragraph)}, 1, false, {line_number, indent + 1}});
      continue;
    }

    tk::Line read = tk::read_line(line.substr(indent), line_number, indent + 1, document.footnotes, open);
    footnote_blank = read.defines_footnote && !open;
    if (table != nullptr && row_open && indent == 0) {  // another paragraph of the cell above
      table->rows.back().cells.back().paragraphs.push_back(std::move(read.paragraph));
      continue;
    }
    end_table();
    if (auto h = tk::heading(read))
      document.blocks.emplace_back(std::move(*h));
    else if (!ext::trim(read.paragraph.text).empty())
      document.blocks.emplace_back(std::move(read.paragraph));
  }
  document.lines = line_number;
  result.document = std::move(document);
  return result;
}

}  // namespace jvom::io
