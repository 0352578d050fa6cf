// Totals by region and rotation ratios of the 2025 report: no file to load, the report is compiled in.
//
//   $ aggregate
//   Deployed May 2024 - April 2025, by region:
//     EUROPA          1698  (3 missions)
//     Midden-Oosten   1410  (7 missions)
//     Afrika            18  (3 missions)
//     Diversen         267  (5 missions)
//     Totaal          3393
//
//   Rotation (deployed per framework post):
//      2.85  1481 / 520  NAVO oostflank (separate VGR)
//      ...
//      4.00    16 / 4    CMF (incl. operatie ‘Prosperity Guardian’)
#include <cstdio>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/jvom.hpp>

int main() {
  namespace data = jvom::datasets::jvom2025;

  // Group the annex 2 rows by region and add up each group's columns.
  std::printf("Deployed May 2024 - April 2025, by region:\n");
  for (const auto& region : jvom::totals_by_region(data::annex2))
    std::printf("  %-14s %5u  (%zu missions)\n", std::string(region.key.name).c_str(), region.value.deployed_total(),
                region.count);

  const jvom::ColumnTotals all = jvom::column_totals(data::annex2);
  std::printf("  %-14s %5u\n\n", "Totaal", all.deployed_total());

  // How many people filled each post of a national framework over the year.
  std::printf("Rotation (deployed per framework post):\n");
  for (const jvom::Mission& mission : data::missions)
    if (const auto ratio = jvom::rotation_ratio(mission))
      std::printf("  %5.2f  %4u / %-4u %s\n", ratio->value(), ratio->numerator, ratio->denominator,
                  std::string(mission.name).c_str());
}
