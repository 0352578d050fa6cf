// Adding counts past the Headcount range is a compile error in a constant expression, never a wrap.
#include <jvom/personnel_count.hpp>

constexpr jvom::PersonnelCount almost_full{.military = jvom::max_headcount};
constexpr jvom::PersonnelCount one{.military = 1};
constexpr auto wrapped = almost_full + one;
