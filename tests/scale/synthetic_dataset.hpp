#pragma once

// A synthetic dataset of JVOM_SYNTHETIC_MISSIONS missions kept in a header, as constexpr data: what a
// large dataset kept in a header costs to validate at compile time. Names "M0000", "M0001", ...; every
// mission in both annexes, consistent, except a few seeded findings that the dataset acknowledges.
#include <array>
#include <cstddef>
#include <jvom/jvom.hpp>
#include <string_view>
#include <utility>

#ifndef JVOM_SYNTHETIC_MISSIONS
#define JVOM_SYNTHETIC_MISSIONS 2000
#endif

namespace synthetic {

inline constexpr std::size_t missions = JVOM_SYNTHETIC_MISSIONS;
inline constexpr std::size_t name_length = 5;

// All names in one static buffer; the rows' string_views point into it.
inline constexpr auto names = [] {
  std::array<char, missions * name_length> text{};
  for (std::size_t i = 0; i < missions; ++i) {
    text[i * name_length] = 'M';
    for (std::size_t d = 0, n = i; d < 4; ++d, n /= 10) text[i * name_length + 4 - d] = static_cast<char>('0' + n % 10);
  }
  return text;
}();
constexpr std::string_view name(std::size_t i) { return {names.data() + i * name_length, name_length}; }

inline constexpr std::array<std::string_view, 4> regions{"Europa", "Midden-Oosten", "Afrika", "Diversen"};

// The rows are made a block at a time, each block a constant evaluation of its own: made in one, a
// dataset of 10,000 rows takes more steps than Clang allows one evaluation. (A header written by hand
// or by `jvom-check --export-header` holds literal rows, and pays only for reading its cells.)
inline constexpr std::size_t block = 1000;
inline constexpr std::size_t blocks = (missions + block - 1) / block;

template <std::size_t Block>
inline constexpr auto annex1_block = [] {
  std::array<jvom::MandateRow, block> rows{};
  for (std::size_t k = 0, i = Block * block; k < block && i < missions; ++k, ++i) {
    using namespace std::chrono;
    rows[k] = {{regions[i % 4]},
               name(i),
               jvom::LegalBasis::un_resolutions({static_cast<std::uint32_t>(1000 + i)}),
               i % 3 == 0 ? jvom::EndDate::indefinite() : jvom::EndDate::on(2026y / June / 30),
               jvom::EndDate::on(2026y / June / 30)};
  }
  return rows;
}();

template <std::size_t Block>
inline constexpr auto annex2_block = [] {
  std::array<jvom::PersonnelRow, block> rows{};
  for (std::size_t k = 0, i = Block * block; k < block && i < missions; ++k, ++i) {
    const jvom::Headcount cap = static_cast<jvom::Headcount>(1 + i % 40);
    const jvom::Headcount deployed = cap * static_cast<jvom::Headcount>(1 + i % 4);
    rows[k] = {{regions[i % 4]}, name(i), cap, jvom::Headcount{0}, deployed, 0, deployed};
  }
  return rows;
}();

// The blocks one after the other, the first `missions` rows.
template <class Row, const auto&... Blocks>
constexpr std::array<Row, missions> joined() {
  std::array<Row, missions> rows{};
  std::size_t at = 0;
  const auto append = [&](const auto& b) {
    for (std::size_t k = 0; k < b.size() && at < missions; ++k) rows[at++] = b[k];
  };
  (append(Blocks), ...);
  return rows;
}
template <std::size_t... B>
constexpr auto annex1_of(std::index_sequence<B...>) {
  auto rows = joined<jvom::MandateRow, annex1_block<B>...>();
  // Seeded: one mandate that ran out while people were deployed.
  rows[7].mandate_end = jvom::EndDate::on(std::chrono::year{2024} / std::chrono::December / 31);
  return rows;
}
template <std::size_t... B>
constexpr auto annex2_of(std::index_sequence<B...>) {
  return joined<jvom::PersonnelRow, annex2_block<B>...>();
}

inline constexpr auto annex1 = annex1_of(std::make_index_sequence<blocks>{});
inline constexpr auto annex2 = annex2_of(std::make_index_sequence<blocks>{});

inline constexpr auto printed_totals = [] {
  jvom::PersonnelRow totals{.mission = "Totaal", .framework_military = 0, .framework_civil = 0};
  for (const jvom::PersonnelRow& row : annex2) {
    *totals.framework_military += *row.framework_military;
    totals.deployed_military += row.deployed_military;
  }
  totals.deployed_total = totals.deployed_military;
  return totals;
}();

#ifndef JVOM_SYNTHETIC_UNACKNOWLEDGED
inline constexpr std::array<jvom::Acknowledgement, 2> acknowledgements{{
    {"dates.mandate_expired", "M0007", "seeded"},
    {"dates.framework_outlives_mandate", "M0007", "seeded with the expired mandate"},
}};
#else  // the seeded findings left unacknowledged: the compile-fail twin
inline constexpr std::array<jvom::Acknowledgement, 0> acknowledgements{};
#endif

inline constexpr jvom::Report report{
    .title = "synthetic",
    .period = jvom::ReportingPeriod::months(std::chrono::year{2024} / std::chrono::May,
                                            std::chrono::year{2025} / std::chrono::April),
    .annex1 = annex1,
    .annex2 = annex2,
    .printed_totals = printed_totals,
    .claims = {},
    .acknowledgements = acknowledgements,
};

}  // namespace synthetic
