#pragma once

// Documents in the layout of Apache Tika's text of the report, for tests and benchmarks: tables one cell a
// line with a tab, a blank line after each row, a blank line after a footnote's text; annexes laid out
// as the 2025 report's.
#include <jvom/jvom.hpp>
#include <jvom/text/format.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace jvom::testing {

using Cells = std::vector<std::string>;

/// True when `text` holds a footnote's text, "[12:  …]".
inline bool defines_footnote(std::string_view text) {
  for (std::size_t at = text.find('['); at != std::string_view::npos; at = text.find('[', at + 1)) {
    std::size_t i = at + 1;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i > at + 1 && i < text.size() && text[i] == ':') return true;
  }
  return false;
}

/// A table as Tika writes it. A cell's "\n" starts another paragraph of it; a cell holding a footnote's
/// text ("[12:  …]") gets the blank line Tika writes after one. The first row follows a blank-led line, as
/// Tika writes a table after a lost heading, when `after_break`.
inline std::string tika_table(const std::vector<Cells>& rows, bool after_break = true) {
  std::string out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (r == 0 && c == 0 && after_break) out += ' ';
      const std::string& cell = rows[r][c];
      out += '\t';
      out += cell;
      out += '\n';
      if (defines_footnote(cell)) out += '\n';
    }
    if (r + 1 < rows.size()) out += '\n';
  }
  return out;
}

inline const Cells annex1_header{"Locatie", "Inzet", "Rechtsbasis", "Duur internationaal mandaat",
                                 "Duur nationaal kader"};
inline const std::vector<Cells> annex2_header{{"Missie", "Nationale kaders", "Ingezet personeel", "\xC2\xA0"},
                                              {"", "Militair", "Civiel/Politie", "Militair", "Civiel/Politie", "Totaal"}};

/// Annex 1's rows as the report prints them: the region in the first row of each region, empty below.
inline std::vector<Cells> annex1_rows(const Report& report) {
  std::vector<Cells> rows{annex1_header};
  const Region* above = nullptr;
  for (const MandateRow& r : report.annex1) {
    const bool same = above != nullptr && *above == r.region;
    rows.push_back({same ? "" : text::format_region(r.region), std::string(r.mission),
                    text::format_legal_basis(r.legal_basis), text::format_end_date(r.mandate_end),
                    text::format_end_date(r.framework_end)});
    above = &r.region;
  }
  return rows;
}

inline std::string cap_text(const std::optional<Headcount>& cap) {
  if (!cap) return "-";
  return *cap == 0 ? std::string{} : std::to_string(*cap);
}

/// Annex 2's rows as the report prints them: a row of one cell for each region or sub-group, the mission
/// rows with a leading empty cell (under the merged "Missie"), then the Totaal row.
inline std::vector<Cells> annex2_rows(const Report& report) {
  std::vector<Cells> rows = annex2_header;
  const Region* above = nullptr;
  for (const PersonnelRow& r : report.annex2) {
    if (above == nullptr || !(*above == r.region)) rows.push_back({text::format_region(r.region)});
    above = &r.region;
    rows.push_back({"\xC2\xA0", std::string(r.mission), cap_text(r.framework_military), cap_text(r.framework_civil),
                    std::to_string(r.deployed_military), r.deployed_civil == 0 ? "" : std::to_string(r.deployed_civil),
                    std::to_string(r.deployed_total)});
  }
  if (report.printed_totals) {
    const PersonnelRow& t = *report.printed_totals;
    rows.push_back({"Totaal", cap_text(t.framework_military), cap_text(t.framework_civil),
                    std::to_string(t.deployed_military), std::to_string(t.deployed_civil),
                    std::to_string(t.deployed_total)});
  }
  return rows;
}

/// A whole document: a numbered narrative (one heading and paragraph a section), then both annexes.
inline std::string tika_document(const std::vector<std::pair<std::string, std::vector<std::string>>>& sections,
                                 const Report& annexes) {
  std::string out;
  for (const auto& [heading, paragraphs] : sections) {
    out += heading + "\n";
    for (const std::string& p : paragraphs) out += p + "\n\n";
  }
  out += tika_table(annex1_rows(annexes));
  out += tika_table(annex2_rows(annexes));
  out += "\n In deze tabel zijn per missie de nationale kaders opgenomen.\n";
  return out;
}

}  // namespace jvom::testing
