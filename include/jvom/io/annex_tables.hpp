#pragma once

#include <optional>
#include <string>

#include "jvom/algorithms/totals.hpp"
#include "jvom/io/table.hpp"
#include "jvom/language.hpp"
#include "jvom/region.hpp"
#include "jvom/report.hpp"
#include "jvom/text/catalog.hpp"
#include "jvom/text/format.hpp"

/// The annexes laid out as the report prints them, regions as group headings.
namespace jvom::io {

namespace detail {

inline std::string cap_cell(const std::optional<Headcount>& cap, bool blank_zero) {
  if (!cap) return "-";
  return blank_zero && *cap == 0 ? std::string{} : text::format_count(*cap);
}
inline std::string count_cell(Headcount n, bool blank_zero) {
  return blank_zero && n == 0 ? std::string{} : text::format_count(n);
}

// True where a table, as printed, starts a region heading: the region or its sub-group changes.
inline bool starts_region(const Region* above, const Region& region) {
  return above == nullptr || !(same_region(*above, region) && above->subgroup == region.subgroup);
}

// A heading row wherever the region (with its sub-group) changes, as the printed tables do.
template <class Row>
void add_region_heading(Table& table, const Row& row, const Region*& above) {
  if (starts_region(above, row.region))
    table.rows.push_back({TableRow::Kind::heading, {text::format_region(row.region)}});
  above = &row.region;
}

}  // namespace detail

/// Annex 2 (Bijlage 2) with its "Totaal" row computed from the rows, never copied from the printed
/// totals. Cells read as printed: blank civil/police cells, "-" where there is no framework. Headings
/// in `language` (in Dutch, the report's own).
[[nodiscard]] inline Table annex2_table(const Report& report, Language language = Language::en) {
  const auto words = [language](Phrase p) { return std::string(p.in(language)); };
  const std::string frameworks = words(phrase("National frameworks")), deployed = words(phrase("Personnel deployed"));
  Table table;
  table.columns = {{words(phrase("Mission")), "", Align::left},
                   {words(phrase("Military")), frameworks, Align::right},
                   {words(phrase("Civil/Police")), frameworks, Align::right},
                   {words(phrase("Military")), deployed, Align::right},
                   {words(phrase("Civil/Police")), deployed, Align::right},
                   {words(phrase("Total")), deployed, Align::right}};
  const Region* above = nullptr;
  for (const PersonnelRow& row : report.annex2) {
    detail::add_region_heading(table, row, above);
    table.rows.push_back(
        {TableRow::Kind::data,
         {std::string(row.mission), detail::cap_cell(row.framework_military, false),
          detail::cap_cell(row.framework_civil, true), detail::count_cell(row.deployed_military, false),
          detail::count_cell(row.deployed_civil, true), detail::count_cell(row.deployed_total, false)}});
  }
  const ColumnTotals totals = column_totals(report.annex2);
  table.rows.push_back(
      {TableRow::Kind::total,
       {words(phrase("Total")), text::format_count(totals.framework.military), text::format_count(totals.framework.non_military()),
        text::format_count(totals.deployed.military), text::format_count(totals.deployed.non_military()),
        text::format_count(totals.deployed_total())}});
  return table;
}

/// Annex 1 (Bijlage 1): legal basis, end of the international mandate, end of the national framework.
[[nodiscard]] inline Table annex1_table(const Report& report, Language language = Language::en) {
  const auto words = [language](Phrase p) { return std::string(p.in(language)); };
  Table table;
  table.columns = {{words(phrase("Deployment")), "", Align::left},
                   {words(phrase("Legal basis")), "", Align::left},
                   {words(phrase("International mandate")), "", Align::left},
                   {words(phrase("National framework")), "", Align::left}};
  const Region* above = nullptr;
  for (const MandateRow& row : report.annex1) {
    detail::add_region_heading(table, row, above);
    table.rows.push_back({TableRow::Kind::data,
                          {std::string(row.mission), text::format_legal_basis(row.legal_basis),
                           text::format_end_date(row.mandate_end), text::format_end_date(row.framework_end)}});
  }
  return table;
}

}  // namespace jvom::io
