#pragma once

#include <algorithm>
#include <array>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "jvom/annex.hpp"
#include "jvom/ext/characters.hpp"
#include "jvom/io/cells.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/load_error.hpp"
#include "jvom/mission_key.hpp"
#include "jvom/owned_report.hpp"

/// The two annex tables, found in a document by their header cells and read row by row into the rows
/// the CSV folder holds, cell by cell with the same readers (`io::cells`).
///
/// Decisions the published layout forces:
/// - A table is an annex by its header cells, not its place: annex 1 has Locatie, Inzet, Rechtsbasis,
///   Duur internationaal mandaat and Duur nationaal kader; annex 2 has Missie, then Nationale kaders and
///   Ingezet personeel over Militair, Civiel/Politie (each once a group) and Totaal. Columns are found by
///   their header text, in any order; a few other wordings are known (`annex1_columns`, `annex2_columns`).
/// - Annex 2's header is two rows: the groups above, the columns below; a column takes the group whose turn
///   it is (the groups in order, the next one as soon as a column's kind repeats). A single header row
///   whose cells name both ("Kader militair") reads as well.
/// - A data row with more cells than the header, the extra ones empty and first, is a row whose first
///   cells span a merged header cell ("Missie" over two columns, as Tika's text has it).
/// - A row of one cell with text is a region heading (annex 2): "EUROPA", and below "Midden-Oosten" the
///   sub-group "Midden-Oosten overige missies". A region heading that repeats the region in force (after a
///   page break) changes nothing; so does a repeated header row.
/// - The row whose mission is "Totaal" is the printed totals, a statement, not a mission.
/// - A footnote referenced in a cell leaves the cell's text and is kept as a note on the row (OSC's civil
///   cap: "Het nationale kader voor OSC is maximaal 7").
/// - Two tables with the same annex's header are one annex continued (a table split at a page).
namespace jvom::io::extract {

/// A footnote on an annex row: which annex, row (1-based, among its rows) and column, and its text.
struct AnnexNote {
  int annex = 0;
  std::size_t row = 0;
  std::string column;
  std::string mission;
  std::string text;
  doc::TextPosition position;
};

/// Where extraction found each annex (block index in the document; npos when not found) and the notes.
struct AnnexLayout {
  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t annex1_first_block = none;
  std::size_t annex2_first_block = none, annex2_last_block = none;
  std::vector<std::size_t> annex1_lines, annex2_lines;  ///< each row's line in the source
  std::size_t totals_line = 0;                          ///< the printed Totaal row's line (0: none)
  std::vector<AnnexNote> notes;
};

namespace detail::annex {

// A header cell's text, as compared: lower case (ASCII), blanks folded to one space, trimmed.
inline std::string folded(std::string_view s) {
  std::string out;
  bool blank = false;
  s = ext::trim(s);
  while (!s.empty()) {
    if (const std::size_t n = ext::leading_blank(s)) {
      blank = true;
      s.remove_prefix(n);
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += ext::to_lower(s.front());
    s.remove_prefix(1);
  }
  return out;
}

struct Column {
  std::string_view member;                    // the row member it fills
  std::string_view printed;                   // its name as the 2025 report prints it, for messages
  std::array<std::string_view, 4> wordings;  // what its header cell may say, folded
};

inline constexpr std::array<Column, 5> annex1_columns{{
    {"region", "Locatie", {"locatie", "regio", "gebied", ""}},
    {"mission", "Inzet", {"inzet", "missie", "missie/operatie", "operatie"}},
    {"legal_basis", "Rechtsbasis", {"rechtsbasis", "juridische basis", "rechtsgrond", ""}},
    {"mandate_end", "Duur internationaal mandaat", {"duur internationaal mandaat", "internationaal mandaat",
                                                    "einde internationaal mandaat", "duur mandaat"}},
    {"framework_end", "Duur nationaal kader", {"duur nationaal kader", "nationaal kader", "einde nationaal kader",
                                               "duur nationale kader"}},
}};

// Annex 2's columns as printed: the group and the column below it.
inline constexpr std::array<std::string_view, 6> annex2_printed{
    "Missie", "Nationale kaders: Militair", "Nationale kaders: Civiel/Politie", "Ingezet personeel: Militair",
    "Ingezet personeel: Civiel/Politie", "Totaal"};
inline constexpr std::array<std::string_view, 6> annex2_members{
    "mission", "framework_military", "framework_civil", "deployed_military", "deployed_civil", "deployed_total"};

inline bool contains(std::string_view s, std::string_view word) { return s.find(word) != std::string_view::npos; }

// Which annex 1 column a header cell names, if any.
inline std::optional<std::size_t> annex1_column(std::string_view cell) {
  const std::string f = folded(cell);
  for (std::size_t c = 0; c < annex1_columns.size(); ++c)
    for (const std::string_view w : annex1_columns[c].wordings)
      if (!w.empty() && f == w) return c;
  return std::nullopt;
}

// Annex 2's header words: a group ("nationale kaders", "ingezet personeel") and a column ("militair").
enum class Group { none, framework, deployed };
enum class Kind { none, mission, military, civil, total };

inline Group group_of(const std::string& f) {
  if (contains(f, "kader")) return Group::framework;
  if (contains(f, "ingezet") || contains(f, "uitgezonden") || contains(f, "personele inzet")) return Group::deployed;
  return Group::none;
}
inline Kind kind_of(const std::string& f) {
  if (f == "missie" || f == "inzet" || f == "missie/operatie" || f == "operatie") return Kind::mission;
  if (contains(f, "totaal")) return Kind::total;
  if (contains(f, "civiel") || contains(f, "politie")) return Kind::civil;
  if (contains(f, "militair")) return Kind::military;
  return Kind::none;
}

inline bool has_digit(const doc::TableRow& row) {
  for (const doc::Cell& c : row.cells)
    for (const char ch : c.text())
      if (ext::is_digit(ch)) return true;
  return false;
}

inline std::vector<std::string> texts(const doc::TableRow& row) {
  std::vector<std::string> out;
  for (const doc::Cell& c : row.cells) out.push_back(c.text());
  return out;
}

inline std::string listed(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items)
    if (!s.empty()) out.append(out.empty() ? "" : ", ").append(s);
  return out.empty() ? "no header cells" : out;
}

// The header of a table, if it is an annex's: the member each column fills ("" for none).
struct Header {
  int annex = 0;                                 // 1 or 2; 0 when the table is neither
  std::size_t rows = 0;                          // header rows at the top
  std::vector<std::string_view> member_of;       // per column
  std::vector<std::string_view> missing;         // printed names of columns not found
  std::vector<std::vector<std::string>> texts;   // the header rows' cell texts, to recognise repeats
};

inline Header annex1_header(const doc::Table& table) {
  Header h;
  for (std::size_t r = 0; r < table.rows.size() && r < 3; ++r) {
    const doc::TableRow& row = table.rows[r];
    std::array<bool, annex1_columns.size()> found{};
    std::vector<std::string_view> member_of(row.cells.size());
    std::size_t hits = 0;
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      if (const auto col = annex1_column(row.cells[c].text()); col && !found[*col]) {
        found[*col] = true;
        member_of[c] = annex1_columns[*col].member;
        ++hits;
      }
    // The legal basis and a duration name annex 1; the others may be missing (an error then).
    const bool is_annex1 = found[2] && (found[3] || found[4]);
    if (!is_annex1 || hits < 2) continue;
    h.annex = 1;
    h.rows = r + 1;
    h.member_of = std::move(member_of);
    for (std::size_t c = 0; c < annex1_columns.size(); ++c)
      if (!found[c]) h.missing.push_back(annex1_columns[c].printed);
    for (std::size_t k = 0; k <= r; ++k) h.texts.push_back(texts(table.rows[k]));
    return h;
  }
  return h;
}

inline Header annex2_header(const doc::Table& table) {
  Header h;
  // The header rows: from the top, while a row has header words and no digits.
  std::size_t rows = 0;
  bool framework_seen = false, deployed_seen = false;
  while (rows < table.rows.size() && rows < 3 && !has_digit(table.rows[rows])) {
    bool words = false;
    for (const doc::Cell& c : table.rows[rows].cells) {
      const std::string f = folded(c.text());
      framework_seen |= group_of(f) == Group::framework;
      deployed_seen |= group_of(f) == Group::deployed;
      words |= group_of(f) != Group::none || kind_of(f) != Kind::none;
    }
    if (!words) break;
    ++rows;
  }
  if (rows == 0 || !framework_seen || !deployed_seen) return h;

  // The last header row holds the columns; the rows above it, their groups in order.
  const doc::TableRow& leaves = table.rows[rows - 1];
  std::vector<Group> groups;
  for (std::size_t r = 0; r + 1 < rows; ++r)
    for (const doc::Cell& c : table.rows[r].cells)
      if (const Group g = group_of(folded(c.text())); g != Group::none) groups.push_back(g);
  h.member_of.assign(leaves.cells.size(), {});
  std::array<bool, 6> found{};
  std::size_t group = 0;
  bool military_in_group = false, civil_in_group = false;
  for (std::size_t c = 0; c < leaves.cells.size(); ++c) {
    const std::string f = folded(leaves.cells[c].text());
    Kind kind = kind_of(f);
    if (f.empty() && rows > 1) {  // a column whose header is above it (Missie, merged down)
      for (std::size_t r = 0; r + 1 < rows && kind == Kind::none; ++r)
        if (c < table.rows[r].cells.size()) kind = kind_of(folded(table.rows[r].cells[c].text()));
      if (kind != Kind::mission) continue;
    }
    std::size_t member = 6;
    if (kind == Kind::mission) member = 0;
    if (kind == Kind::total) member = 5;
    if (kind == Kind::military || kind == Kind::civil) {
      bool& seen = kind == Kind::military ? military_in_group : civil_in_group;
      if (seen) {  // the kind repeats: the next group's turn
        ++group;
        military_in_group = civil_in_group = false;
      }
      (kind == Kind::military ? military_in_group : civil_in_group) = true;
      Group g = group_of(f);  // a cell naming its own group ("Kader militair") says which
      if (g == Group::none) g = group < groups.size() ? groups[group] : Group::none;
      if (g == Group::none) continue;
      member = (g == Group::framework ? 1u : 3u) + (kind == Kind::civil ? 1u : 0u);
    }
    if (member == 6 || found[member]) continue;
    found[member] = true;
    h.member_of[c] = annex2_members[member];
  }
  h.annex = 2;
  h.rows = rows;
  for (std::size_t m = 0; m < found.size(); ++m)
    if (!found[m]) h.missing.push_back(annex2_printed[m]);
  for (std::size_t k = 0; k < rows; ++k) h.texts.push_back(texts(table.rows[k]));
  return h;
}

// The cells of `row` that line up with the header's columns: the row itself, or, when it has more cells
// than the header and the extra ones are empty and first, the row without them.
inline std::optional<std::vector<const doc::Cell*>> aligned(const doc::TableRow& row, std::size_t columns) {
  std::vector<const doc::Cell*> out;
  if (row.cells.size() < columns) return std::nullopt;
  const std::size_t extra = row.cells.size() - columns;
  for (std::size_t k = 0; k < extra; ++k)
    if (!row.cells[k].empty()) return std::nullopt;
  for (std::size_t k = extra; k < row.cells.size(); ++k) out.push_back(&row.cells[k]);
  return out;
}

inline std::string annex_name(int annex) { return annex == 1 ? "annex 1" : "annex 2"; }

}  // namespace detail::annex

/// Finds both annexes in `document` and reads their rows into `report` (annex1, annex2, printed_totals).
/// Every problem goes to `errors`, located in the source (`document.source`, line, column).
inline AnnexLayout extract_annexes(const doc::Document& document, OwnedReport& report, LoadErrors& errors) {
  namespace an = detail::annex;
  AnnexLayout layout;
  cells::ReadContext context{nullptr, [&report](std::string_view s) { return report.keep(s); }};
  Region region_above{}, region_base{};
  bool annex1_region_seen = false;

  const auto error = [&](doc::TextPosition at, std::string field, std::string expected, std::string found) {
    errors.add({document.source, at.line, at.column, std::move(field), std::move(expected), std::move(found)});
  };

  // Reads the cells of one data row into `Row`, member by member, with the CSV readers.
  const auto read_row = [&]<class Row>(const std::vector<const doc::Cell*>& cells, const an::Header& header, int annex,
                                       Row& row, std::size_t row_number) {
    bool ok = true;
    boost::mp11::mp_for_each<boost::describe::describe_members<Row, boost::describe::mod_public>>([&](auto D) {
      using Member = std::remove_cvref_t<decltype(row.*D.pointer)>;
      const doc::Cell* cell = nullptr;
      for (std::size_t c = 0; c < header.member_of.size(); ++c)
        if (header.member_of[c] == D.name) cell = cells[c];
      if (cell == nullptr) {
        if constexpr (std::is_same_v<Member, Region>) row.*D.pointer = region_above;  // from the region rows
        return;
      }
      const std::string value = cell->text();
      for (const doc::Paragraph& p : cell->paragraphs)
        for (const doc::FootnoteRef& ref : p.footnotes)
          if (const doc::Footnote* f = document.footnote(ref.id))
            layout.notes.push_back({annex, row_number, std::string(D.name), {}, f->text, cell->position});
      context.region_above = annex1_region_seen ? &region_above : nullptr;
      auto result = cells::read(value, cells::Tag<Member>{}, row, context);
      if (auto* e = std::get_if<cells::CellError>(&result)) {
        const doc::Paragraph* first = cell->paragraphs.empty() ? nullptr : &cell->paragraphs.front();
        error(first ? first->position_of(std::min(e->offset, first->text.size())) : cell->position,
              an::annex_name(annex) + ": " + std::string(D.name), e->expected, std::string(e->found));
        ok = false;
        return;
      }
      row.*D.pointer = std::get<Member>(result);
      if constexpr (std::is_same_v<Member, Region>) {
        region_above = row.*D.pointer;
        annex1_region_seen = true;
      }
    });
    return ok;
  };

  std::optional<an::Header> annex1_header, annex2_header;
  for (std::size_t b = 0; b < document.blocks.size(); ++b) {
    const doc::Table* table = std::get_if<doc::Table>(&document.blocks[b]);
    if (table == nullptr) continue;
    an::Header header = an::annex1_header(*table);
    if (header.annex == 0) header = an::annex2_header(*table);
    if (header.annex == 0) continue;
    const int annex = header.annex;
    // A table with the header of an annex already found continues it.
    std::optional<an::Header>& known = annex == 1 ? annex1_header : annex2_header;
    if (!known) {
      if (!header.missing.empty()) {
        std::string missing;
        for (const std::string_view m : header.missing) missing.append(missing.empty() ? "'" : ", '").append(m) += "'";
        error(table->position, an::annex_name(annex) + ": header",
              "a column " + missing + " in the header row", an::listed(header.texts.back()));
        return layout;
      }
      known = header;
      region_above = region_base = {};
      annex1_region_seen = false;
    }
    (annex == 1 ? layout.annex1_first_block : layout.annex2_first_block) =
        std::min(annex == 1 ? layout.annex1_first_block : layout.annex2_first_block, b);
    if (annex == 2) layout.annex2_last_block = b;

    const std::size_t columns = known->member_of.size();
    for (std::size_t r = header.rows; r < table->rows.size(); ++r) {
      const doc::TableRow& row = table->rows[r];
      const std::vector<std::string> cell_texts = an::texts(row);
      if (std::find(known->texts.begin(), known->texts.end(), cell_texts) != known->texts.end()) continue;
      std::size_t filled = 0;
      for (const std::string& t : cell_texts) filled += !t.empty();
      if (filled == 0) continue;
      if (filled == 1 && !an::has_digit(row)) {
        // A region heading: a sub-group of the region above it, or a region of its own.
        const std::string& name = *std::find_if(cell_texts.begin(), cell_texts.end(),
                                                [](const std::string& t) { return !t.empty(); });
        if (name == text::format_region(region_above)) continue;  // repeated
        const auto parsed = text::parse_region(report.keep(name), region_base.name.empty() ? nullptr : &region_base);
        if (!parsed) continue;  // not reachable: the text is not empty
        region_above = *parsed;
        if (region_above.subgroup.empty()) region_base = region_above;
        annex1_region_seen = true;
        continue;
      }
      const auto cells = an::aligned(row, columns);
      if (!cells) {
        error(row.position, an::annex_name(annex) + ": row",
              std::to_string(columns) + " cells, as the header row has", std::to_string(row.cells.size()) + " cells");
        continue;
      }
      if (annex == 1) {
        MandateRow out;
        if (read_row(*cells, *known, 1, out, report.annex1.size() + 1)) {
          report.annex1.push_back(out);
          layout.annex1_lines.push_back(row.position.line);
        }
        continue;
      }
      PersonnelRow out;
      const std::size_t before = layout.notes.size();
      if (!read_row(*cells, *known, 2, out, report.annex2.size() + 1)) continue;
      if (ext::iequals(mission_key(out.mission), "Totaal")) {
        if (report.printed_totals)
          error(row.position, "annex 2: mission", "one Totaal row", "another");
        out.region = {};
        report.printed_totals = out;
        layout.totals_line = row.position.line;
        for (std::size_t n = before; n < layout.notes.size(); ++n) layout.notes[n].row = 0;
        continue;
      }
      for (std::size_t n = before; n < layout.notes.size(); ++n) layout.notes[n].mission = std::string(out.mission);
      report.annex2.push_back(out);
      layout.annex2_lines.push_back(row.position.line);
    }
  }
  for (AnnexNote& n : layout.notes)
    if (n.annex == 1 && n.row > 0 && n.row <= report.annex1.size())
      n.mission = std::string(report.annex1[n.row - 1].mission);

  const std::size_t last_line = std::max<std::size_t>(document.lines, 1);
  if (!annex1_header)
    error({1, 1}, "annex 1",
          "a table whose header row holds Locatie, Inzet, Rechtsbasis, Duur internationaal mandaat and Duur "
          "nationaal kader (Bijlage 1)",
          "no such table in " + std::to_string(last_line) + " lines");
  if (!annex2_header)
    error({last_line, 1}, "annex 2",
          "a table whose header holds Missie, Nationale kaders and Ingezet personeel over Militair, "
          "Civiel/Politie and Totaal (Bijlage 2)",
          "the document ending without one");
  else if (report.annex2.empty())
    error({last_line, 1}, "annex 2", "rows of missions below its header", "none");
  if (annex1_header && report.annex1.empty()) error({last_line, 1}, "annex 1", "rows of missions below its header", "none");
  return layout;
}

}  // namespace jvom::io::extract
