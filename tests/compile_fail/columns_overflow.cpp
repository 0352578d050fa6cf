// Totals over annex 2's columns that do not fit a Headcount are a compile error in a constant expression, as
// over the rows, never a wrap (the valid twin: tests/columns_test.cpp's static_asserts).
#include <array>
#include <jvom/algorithms/personnel_columns.hpp>

constexpr std::array<jvom::PersonnelRow, 2> rows{{
    {.mission = "a", .deployed_civil = jvom::max_headcount},
    {.mission = "b", .deployed_civil = 1},
}};
constexpr auto totals = jvom::column_totals(jvom::PersonnelColumns(rows));
