// A negative count does not compile: the members are unsigned and braces reject narrowing.
#include <jvom/personnel_count.hpp>

constexpr jvom::PersonnelCount minus_three{.military = -3};
